/// An entry as it stood in one register: for a timeline.
public struct TimelinePoint: Equatable, Sendable {
    /// The register's file stem.
    public let stem: String
    /// The register's period as written.
    public let period: String
    /// The entry there (its id there may differ, through a link).
    public let entry: Entry

    /// Creates a point.
    public init(stem: String, period: String, entry: Entry) {
        self.stem = stem
        self.period = period
        self.entry = entry
    }
}
