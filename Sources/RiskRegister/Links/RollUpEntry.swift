/// One entry of a roll-up: the register it comes from and the entry.
public struct RollUpEntry: Equatable, Sendable {
    /// The register's file stem.
    public let stem: String
    /// The register's level.
    public let level: RegisterLevel
    /// The entry.
    public let entry: Entry

    /// Creates a roll-up entry.
    public init(stem: String, level: RegisterLevel, entry: Entry) {
        self.stem = stem
        self.level = level
        self.entry = entry
    }
}
