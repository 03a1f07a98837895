import Foundation

/// What search means, everywhere (the browser's `/`, `riskreg search`, the index): text contains a
/// query when, both folded (lower-cased, then fully decomposed: Normalization Form D), the query's
/// code points occur in the text's, not followed by a combining mark. So case is ignored, "é" typed
/// as one code point finds "e\u{301}" stored as two and the other way round, and "cafe" does not
/// find "café" (its "e" carries the accent). Folded to UTF-8 bytes, every match is a run of bytes,
/// which is what lets `EntrySearchIndex` search with memchr and memcmp.
public enum SearchText {
    /// The byte that separates fields in folded text. It never occurs in UTF-8, so a match never
    /// spans two fields.
    public static let separator: UInt8 = 0xFF

    /// True when `text` contains `query` in the sense above; an empty query matches everything.
    public static func contains(_ text: String, _ query: String) -> Bool {
        let prepared = SearchQuery(query)
        return fold(text).withUnsafeBufferPointer { prepared.isFound(in: $0) }
    }

    /// The text folded: lower-cased, in NFD.
    public static func folded(_ text: String) -> String {
        var text = text
        let isASCII = text.withUTF8 { buffer in buffer.allSatisfy { $0 < 0x80 } }
        return isASCII ? text.lowercased() : text.lowercased().decomposedStringWithCanonicalMapping
    }

    /// The folded UTF-8 bytes of a text. ASCII text takes a fast path.
    public static func fold(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        append(text, to: &result)
        return result
    }

    /// Appends the folded bytes of a text: ASCII a byte at a time, and each run of other code
    /// points through `folded`. The same bytes as folding the whole text: lower-casing maps each
    /// code point on its own, and NFD reorders only runs of combining marks, which are never
    /// ASCII, so an ASCII code point ends every run that decomposition or reordering can touch.
    /// (Folding whole fields through Foundation took half of the time of indexing.)
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { buffer in
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte < 0x80 {
                    bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    index += 1
                    continue
                }
                let start = index
                while index < buffer.count, buffer[index] >= 0x80 { index += 1 }
                let run = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
                bytes.append(contentsOf: folded(run).utf8)
            }
        }
    }

    /// The folded text of fields, joined by `separator`.
    public static func fold(fields: [String]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(unfoldedLength(of: fields))
        append(fields: fields, to: &result)
        return result
    }

    /// Appends the folded text of fields, joined by `separator`.
    public static func append(fields: [String], to bytes: inout [UInt8]) {
        for (offset, field) in fields.enumerated() {
            if offset > 0 { bytes.append(separator) }
            append(field, to: &bytes)
        }
    }

    /// The length of fields joined by `separator` before folding: the folded length when they are
    /// ASCII (folding can lengthen other text).
    static func unfoldedLength(of fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.utf8.count + 1 }
    }
}
