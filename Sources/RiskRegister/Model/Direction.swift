import OrderedCollections

/// The direction of travel: a trend plus the words the document printed.
public struct Direction: Equatable, Sendable {
    /// The trend the printed words or arrow give.
    public var trend: Trend
    /// The printed words, if any.
    public var text: String?
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates a direction.
    public init(trend: Trend = .unknown, text: String? = nil, unknownKeys: UnknownKeys = [:]) {
        self.trend = trend
        self.text = text
        self.unknownKeys = unknownKeys
    }
}
