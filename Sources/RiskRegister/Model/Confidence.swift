import OrderedCollections

/// Risk confidence for each quarter of the year, Q1 to Q4; a quarter may be empty.
public struct Confidence: Equatable, Sendable {
    /// Four quarters, index 0 is Q1.
    public var quarters: [RAG?]
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// The JSON keys of the quarters, in order.
    public static let keys = ["q1", "q2", "q3", "q4"]

    /// Creates a confidence record; missing quarters are empty.
    public init(quarters: [RAG?] = [nil, nil, nil, nil], unknownKeys: UnknownKeys = [:]) {
        self.quarters = Array((quarters + [nil, nil, nil, nil]).prefix(4))
        self.unknownKeys = unknownKeys
    }

    /// True when no quarter has a rating.
    public var isEmpty: Bool { quarters.allSatisfy { $0 == nil } }
}
