/// The result of loading every register file of a data directory: those that loaded, newest
/// period last, and those that did not, each with its messages.
public struct DirectoryScan: Sendable {
    /// Registers that loaded, ordered by period (oldest first), then file name.
    public var registers: [LoadedRegister]
    /// Files that did not load.
    public var failures: [LoadFailure]

    /// Creates a scan result.
    public init(registers: [LoadedRegister], failures: [LoadFailure]) {
        self.registers = registers
        self.failures = failures
    }

    /// The register with the latest period.
    public var newest: LoadedRegister? { registers.last }

    /// The register named by stem, file name or period; the newest when `name` is nil.
    public func register(named name: String?) -> LoadedRegister? {
        guard let name else { return newest }
        return registers.first { $0.matches(name) }
    }
}
