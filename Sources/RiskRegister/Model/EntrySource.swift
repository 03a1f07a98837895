import OrderedCollections

/// Where in its source document an entry was printed.
public struct EntrySource: Equatable, Sendable {
    /// The document's file name.
    public var document: String
    /// First line, 1-based.
    public var firstLine: Int
    /// Last line, 1-based, inclusive.
    public var lastLine: Int
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates a source reference.
    public init(document: String, firstLine: Int, lastLine: Int, unknownKeys: UnknownKeys = [:]) {
        self.document = document
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.unknownKeys = unknownKeys
    }
}
