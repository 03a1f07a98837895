/// One end of a link between registers, found: the register (by file stem) and the entry there.
public struct LinkedEntry: Equatable, Sendable {
    /// What the link says, read from the entry it is listed on ("escalated to", "escalated from").
    public let phrase: String
    /// The kind of link.
    public let kind: EntryLink.Kind
    /// True when the link is stored on the other entry (an incoming link: "escalated from").
    public let isIncoming: Bool
    /// The register's file stem.
    public let stem: String
    /// The register's period.
    public let period: String
    /// The entry at the other end.
    public let entry: Entry

    /// Creates a found link.
    public init(kind: EntryLink.Kind, isIncoming: Bool, stem: String, period: String, entry: Entry) {
        self.kind = kind
        self.isIncoming = isIncoming
        self.phrase = isIncoming ? kind.inversePhrase : kind.phrase
        self.stem = stem
        self.period = period
        self.entry = entry
    }
}
