import OrderedCollections

/// A named range of scores with a colour ("High", 10–16, amber).
public struct Band: Equatable, Sendable {
    /// The band's name.
    public var name: String
    /// Lowest score in the band.
    public var min: Int
    /// Highest score in the band.
    public var max: Int
    /// The band's colour for a risk.
    public var colour: BandColour
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates a band.
    public init(name: String, min: Int, max: Int, colour: BandColour, unknownKeys: UnknownKeys = [:]) {
        self.name = name
        self.min = min
        self.max = max
        self.colour = colour
        self.unknownKeys = unknownKeys
    }

    /// The band's colour for an entry of this kind: opportunities read the other way.
    public func colour(for kind: EntryKind) -> BandColour {
        kind == .risk ? colour : colour.reversed
    }
}
