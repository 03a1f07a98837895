/// The folded search text of every entry of a register (`SearchText`), searched byte-wise: finds
/// the entries with a field that contains the query, without walking strings. Typing one more
/// letter narrows the previous hits with `matches(_:within:)`. The texts lie one after another in
/// one buffer (one allocation per register, not one per entry), each entry's text ending where
/// `ends` says.
public struct EntrySearchIndex: Equatable, Sendable {
    /// Every entry's fields folded (`SearchText.fold(fields:)`, joined by `SearchText.separator`),
    /// one entry after another.
    public let bytes: [UInt8]
    /// Where each entry's text ends in `bytes`: entry `i` is `ends[i - 1]..<ends[i]` (the first
    /// starts at 0). Never decreasing; the last is `bytes.count`.
    public let ends: [Int]

    /// An index of no entries.
    public init() {
        bytes = []
        ends = []
    }

    /// The index of a register's entries.
    public init(_ register: Register) {
        self.init(entries: register.entries)
    }

    /// The index of entries, in their order.
    public init(entries: [Entry]) {
        let fields = entries.map(\.searchFields)
        var bytes: [UInt8] = []
        let expected = fields.reduce(0) { $0 + SearchText.unfoldedLength(of: $1) }
        bytes.reserveCapacity(expected)
        var ends: [Int] = []
        ends.reserveCapacity(fields.count)
        for entry in fields {
            SearchText.append(fields: entry, to: &bytes)
            ends.append(bytes.count)
        }
        self.init(trimming: bytes, ends: ends)
    }

    /// An index of texts already folded, one per entry (as the browser keeps for the open register).
    public init<Texts: Sequence>(foldedTexts: Texts) where Texts.Element: Collection<UInt8> {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for text in foldedTexts {
            bytes.append(contentsOf: text)
            ends.append(bytes.count)
        }
        self.init(trimming: bytes, ends: ends)
    }

    /// `bytes` without spare capacity when it grew past what was reserved (doubling can leave
    /// almost half of a register's text unused).
    private init(trimming bytes: [UInt8], ends: [Int]) {
        if bytes.capacity - bytes.count > bytes.count / 8 + 64 {
            self.bytes = Array(unsafeUninitializedCapacity: bytes.count) { buffer, count in
                count = buffer.initialize(fromContentsOf: bytes)
            }
        } else {
            self.bytes = bytes
        }
        self.ends = ends
    }

    /// The number of entries.
    public var count: Int { ends.count }

    /// Where an entry's folded text lies in `bytes`.
    public func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// An entry's folded text.
    public func text(at index: Int) -> ArraySlice<UInt8> {
        bytes[range(of: index)]
    }

    /// The indices of the entries that contain the query, in order; an empty query matches all.
    public func matches(_ query: String) -> [Int] {
        matches(query, within: ends.indices)
    }

    /// The indices among `previous` whose entries contain the query: when the query is the one that
    /// gave `previous` with text added that does not start with a combining mark (typing one more
    /// letter), the same as `matches(query)` while scanning only the earlier hits. (An accent added
    /// on its own can turn a letter that did not match into one that does: search afresh then.)
    public func matches(_ query: String, within previous: some Sequence<Int>) -> [Int] {
        let prepared = SearchQuery(query)
        return bytes.withUnsafeBufferPointer { all in
            previous.filter { index in
                ends.indices.contains(index) && prepared.isFound(in: UnsafeBufferPointer(rebasing: all[range(of: index)]))
            }
        }
    }

    /// The indices of the entries that contain a prepared query, in order.
    func matches(_ prepared: SearchQuery) -> [Int] {
        bytes.withUnsafeBufferPointer { all in
            ends.indices.filter { prepared.isFound(in: UnsafeBufferPointer(rebasing: all[range(of: $0)])) }
        }
    }

    /// True when one entry contains the query (`SearchText`), without building an index.
    public static func matches(_ entry: Entry, _ query: String) -> Bool {
        guard !query.isEmpty else { return true }
        let prepared = SearchQuery(query)
        return SearchText.fold(fields: entry.searchFields).withUnsafeBufferPointer { prepared.isFound(in: $0) }
    }
}
