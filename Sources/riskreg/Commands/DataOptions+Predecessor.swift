import RegisterCommands
import RiskRegister

extension DataOptions {
    /// The register `loaded` follows among the data directory's registers that load
    /// (`PredecessorLookup`), or nil; files that do not load are left to `validate` to report.
    func predecessor(of loaded: LoadedRegister) -> LoadedRegister? {
        PredecessorLookup.register(before: loaded, among: (try? load())?.registers ?? [])
    }
}
