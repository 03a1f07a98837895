import OrderedCollections

/// A corporate risk & opportunity register for one period: its scale and its entries.
public struct Register: Equatable, Sendable {
    /// The format identifier written in every file.
    public static let formatName = "riskreg-register"
    /// The format version this riskreg reads and writes.
    public static let formatVersion = 1

    /// The organisation ("Lancashire County Council").
    public var organisation: String
    /// The register's title.
    public var title: String
    /// The period, such as "2021/22 Q4".
    public var period: String
    /// The file stem of the register this one follows (`lcc-2021-22-q3`), when it names one; without
    /// it the predecessor is the same organisation's register of the same title with the latest
    /// earlier period (`RegisterSuccession`).
    public var previous: String?
    /// When this register was started as a new quarter (ISO 8601 date-time in UTC): an entry is
    /// reviewed for this register once it has a review at or after this time. Nil for a register
    /// transcribed from a document, where any recorded review counts.
    public var started: String?
    /// The source document.
    public var source: RegisterSource
    /// The scoring key and bands.
    public var scale: Scale
    /// How much risk the register accepts, when it states it (none of the shipped registers do).
    public var appetite: RiskAppetite?
    /// Corporate, or a directorate's register; nil says nothing (corporate).
    public var level: RegisterLevel?
    /// The score at or above which a directorate register's risk should be escalated to the
    /// corporate register; nil for the default (`defaultEscalationThreshold`).
    public var escalationThreshold: Int?
    /// Places a merge (`riskreg merge-driver`) found changed differently on both sides, with both
    /// values, until resolved; the register holds one side's value meanwhile. A register with any
    /// is valid to read and `validate` reports each as an error.
    public var mergeConflicts: [MergeConflict] = []
    /// The entries, in document order.
    public var entries: [Entry]
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates a register.
    public init(organisation: String, title: String, period: String, previous: String? = nil, started: String? = nil,
                source: RegisterSource, scale: Scale = .standard, appetite: RiskAppetite? = nil, entries: [Entry] = [], unknownKeys: UnknownKeys = [:]) {
        self.organisation = organisation
        self.title = title
        self.period = period
        self.previous = previous
        self.started = started
        self.source = source
        self.scale = scale
        self.appetite = appetite
        self.entries = entries
        self.unknownKeys = unknownKeys
    }

    /// The escalation threshold when a register states none.
    public static let defaultEscalationThreshold = 16

    /// The register's level: corporate unless it says otherwise.
    public var effectiveLevel: RegisterLevel { level ?? .corporate }

    /// The first entry with this identity, if any.
    public func entry(uid: String) -> Entry? { entries.first { $0.uid == uid } }

    /// The first entry with this id, if any.
    public func entry(id: String) -> Entry? { entries.first { $0.id == id } }
}
