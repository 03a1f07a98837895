/// The folded search text of every entry of a register (`SearchText`), searched byte-wise: finds
/// the entries with a field that contains the query, without walking strings. Typing one more
/// letter narrows the previous hits with `matches(_:within:)`.
public struct EntrySearchIndex: Equatable, Sendable {
    /// Per entry, its fields folded (`SearchText.fold(fields:)`), joined by `SearchText.separator`.
    public let texts: [[UInt8]]

    /// The index of a register's entries.
    public init(_ register: Register) {
        texts = register.entries.map { SearchText.fold(fields: $0.searchFields) }
    }

    /// An index of texts already folded (as stored in a cache).
    public init(foldedTexts: [[UInt8]]) {
        texts = foldedTexts
    }

    /// The number of entries.
    public var count: Int { texts.count }

    /// The indices of the entries that contain the query, in order; an empty query matches all.
    public func matches(_ query: String) -> [Int] {
        matches(query, within: texts.indices)
    }

    /// The indices among `previous` whose entries contain the query: when the query is the one that
    /// gave `previous` with text added that does not start with a combining mark (typing one more
    /// letter), the same as `matches(query)` while scanning only the earlier hits. (An accent added
    /// on its own can turn a letter that did not match into one that does: search afresh then.)
    public func matches(_ query: String, within previous: some Sequence<Int>) -> [Int] {
        let prepared = SearchQuery(query)
        return previous.filter { index in
            texts.indices.contains(index) && texts[index].withUnsafeBufferPointer { prepared.isFound(in: $0) }
        }
    }

    /// True when one entry contains the query (`SearchText`), without building an index.
    public static func matches(_ entry: Entry, _ query: String) -> Bool {
        guard !query.isEmpty else { return true }
        let prepared = SearchQuery(query)
        return SearchText.fold(fields: entry.searchFields).withUnsafeBufferPointer { prepared.isFound(in: $0) }
    }
}
