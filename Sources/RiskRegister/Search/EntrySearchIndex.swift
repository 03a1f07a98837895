import Glibc

/// The folded search text of every entry of a register, searched with a byte search (memchr, memcmp):
/// finds the entries `SearchText.contains` finds over `Entry.searchFields`, without walking
/// strings. Typing one more letter narrows the previous hits with `matches(_:within:)`.
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

    /// The indices among `previous` whose entries contain the query: when the query extends the
    /// one that gave `previous`, the same as `matches(query)` while scanning only earlier hits.
    public func matches(_ query: String, within previous: some Sequence<Int>) -> [Int] {
        let prepared = SearchQuery(query)
        return previous.filter { index in
            texts.indices.contains(index) && Self.contains(texts[index], prepared)
        }
    }

    /// True when one entry's folded text contains the prepared query.
    static func contains(_ text: [UInt8], _ query: SearchQuery) -> Bool {
        guard !query.bytes.isEmpty else { return true }
        return text.withUnsafeBufferPointer { haystack in
            query.bytes.withUnsafeBufferPointer { needle in
                var start = 0
                while start < haystack.count,
                      let found = find(needle, in: haystack, from: start) {
                    let range = found..<(found + needle.count)
                    if query.isClean(range, in: haystack) { return true }
                    // Near non-ASCII text: decide by the reference meaning over the whole field.
                    let field = fieldBounds(around: found, in: haystack)
                    let fieldText = String(decoding: UnsafeBufferPointer(rebasing: haystack[field]), as: UTF8.self)
                    if fieldText.contains(query.lowered) { return true }
                    start = field.upperBound
                }
                return false
            }
        }
    }

    /// The first offset at or after `start` where `needle` occurs: memchr (vectorised in glibc)
    /// for its first byte, memcmp for the rest. (glibc's memmem is a GNU extension Swift's Glibc
    /// module does not import.)
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                             from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let pattern = needle.baseAddress, let first = needle.first else { return nil }
        let last = haystack.count - needle.count
        var position = start
        while position <= last,
              let hit = memchr(base + position, Int32(first), last - position + 1) {
            let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            if memcmp(base + offset, pattern, needle.count) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }

    /// The field (between separators) holding an offset.
    private static func fieldBounds(around offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = offset
        while lower > 0, text[lower - 1] != SearchText.separator { lower -= 1 }
        var upper = offset
        while upper < text.count, text[upper] != SearchText.separator { upper += 1 }
        return lower..<upper
    }
}
