import Glibc

/// A query folded for scanning folded text (`SearchText`), and the scan: memchr (vectorised in
/// glibc) for the query's rarest-looking byte (its anchor), memcmp for the whole query around it,
/// and a look at the code point after a match when it is not ASCII (a combining mark there means
/// the match is only part of a letter). glibc's memmem is a GNU extension that Swift's Glibc module
/// does not import.
struct SearchQuery {
    /// The query's folded bytes.
    let bytes: [UInt8]
    /// The offset in `bytes` of the byte memchr looks for: the last non-ASCII byte when there is
    /// one (the accent of "é" is rarer than its "e"), else the letter rarest in English text.
    private let anchor: Int

    init(_ query: String) {
        let folded = SearchText.fold(query)
        bytes = folded
        anchor = folded.indices.max { Self.rarity(folded[$0]) < Self.rarity(folded[$1]) } ?? 0
    }

    /// Higher for bytes that are less common in English prose; non-ASCII highest.
    private static func rarity(_ byte: UInt8) -> Int {
        if byte >= 0x80 { return 100 }
        return byFrequency.firstIndex(of: byte).map { $0 + 1 } ?? 50
    }

    /// Space and the letters from most to least common in English.
    private static let byFrequency = Array(" etaoinsrhldcumfpgwybvkxjqz".utf8)

    /// True when folded `text` contains the query.
    func isFound(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { needle in
            var start = 0
            while let found = find(needle, in: text, from: start) {
                if Self.endsALetter(at: found + needle.count, in: text) { return true }
                start = found + 1
            }
            return false
        }
    }

    /// The first offset at or after `start` where `needle` occurs.
    private func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let pattern = needle.baseAddress, haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count + anchor  // the last place the anchor can be
        var position = start + anchor
        while position <= last, let hit = memchr(base + position, Int32(needle[anchor]), last - position + 1) {
            let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) - anchor
            if memcmp(base + offset, pattern, needle.count) == 0 { return offset }
            position = offset + anchor + 1
        }
        return nil
    }

    /// True unless the code point at `offset` (where a match ends) is a combining mark.
    private static func endsALetter(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset < text.count, text[offset] >= 0x80, text[offset] != SearchText.separator else { return true }
        var end = offset + 1
        while end < text.count, end < offset + 4, text[end] & 0xC0 == 0x80 { end += 1 }
        let next = String(decoding: UnsafeBufferPointer(rebasing: text[offset..<end]), as: UTF8.self).unicodeScalars.first
        return next.map { $0.properties.canonicalCombiningClass == .notReordered } ?? true
    }
}
