import RegisterCommands
import RiskRegister

extension DataOptions {
    /// The register `loaded` follows among the data directory's registers that load, found from
    /// their headers (`PredecessorLookup.register(before:inFiles:)`), or nil; files that do not
    /// load are left to `validate` to report.
    func predecessor(of loaded: LoadedRegister) -> LoadedRegister? {
        guard let listing = try? DirectoryListing.of(directory) else { return nil }
        return PredecessorLookup.register(before: loaded, inFiles: listing.files, maximumBytes: maximumBytes)
    }
}
