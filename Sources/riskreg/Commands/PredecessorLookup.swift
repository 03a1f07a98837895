import RiskRegister

/// The register a picked register follows in its data directory (`RegisterSuccession`), for the
/// commands that show what moved since the previous quarter.
enum PredecessorLookup {
    /// The predecessor of `loaded` among the registers of the data directory that load, or nil
    /// when there is none (files that do not load are left to `validate` to report).
    static func register(before loaded: LoadedRegister, in data: DataOptions) -> LoadedRegister? {
        guard let scan = try? data.load() else { return nil }
        let references = scan.registers.map { RegisterReference(stem: $0.stem, register: $0.register) }
        let reference = RegisterReference(stem: loaded.stem, register: loaded.register)
        guard let stem = RegisterSuccession.predecessor(of: reference, among: references) else { return nil }
        return scan.registers.first { $0.stem == stem }
    }
}
