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
    /// The source document.
    public var source: RegisterSource
    /// The scoring key and bands.
    public var scale: Scale
    /// The entries, in document order.
    public var entries: [Entry]
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates a register.
    public init(organisation: String, title: String, period: String, source: RegisterSource, scale: Scale = .standard,
                entries: [Entry] = [], unknownKeys: UnknownKeys = [:]) {
        self.organisation = organisation
        self.title = title
        self.period = period
        self.source = source
        self.scale = scale
        self.entries = entries
        self.unknownKeys = unknownKeys
    }

    /// The first entry with this id, if any.
    public func entry(id: String) -> Entry? { entries.first { $0.id == id } }
}
