import RiskRegister

/// The register a picked register follows in its data directory (`RegisterSuccession`), for the
/// commands that show what moved since the previous quarter.
public enum PredecessorLookup {
    /// The predecessor of `loaded` among `registers` (those of the data directory that load), or
    /// nil when there is none.
    public static func register(before loaded: LoadedRegister, among registers: [LoadedRegister]) -> LoadedRegister? {
        let references = registers.map { RegisterReference(stem: $0.stem, register: $0.register) }
        let reference = RegisterReference(stem: loaded.stem, register: loaded.register)
        guard let stem = RegisterSuccession.predecessor(of: reference, among: references) else { return nil }
        return registers.first { $0.stem == stem }
    }
}
