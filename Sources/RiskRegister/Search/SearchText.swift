/// Search text folding. Search ignores case and treats canonically equivalent text as equal ("é"
/// typed as one code point finds "e\u{301}" stored as two). `contains` is the reference meaning
/// (Swift's character-wise `contains` over lower-cased text); `fold` turns text into bytes that a
/// plain byte search can scan with the same result: lower-cased, then put in Normalization Form C
/// (the normal form Swift's own string comparison uses).
public enum SearchText {
    /// The byte that separates fields in folded text. It never occurs in UTF-8, so a match never
    /// spans two fields.
    public static let separator: UInt8 = 0xFF

    /// True when `text` contains `query`, ignoring case; an empty query matches everything.
    public static func contains(_ text: String, _ query: String) -> Bool {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return true }
        return text.lowercased().contains(needle)
    }

    /// The folded UTF-8 bytes of a text: lower-cased, in NFC. ASCII text takes a fast path.
    public static func fold(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        append(text, to: &result)
        return result
    }

    /// Appends the folded bytes of a text.
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        let isASCII = text.withUTF8 { buffer in
            buffer.allSatisfy { $0 < 0x80 }
        }
        if isASCII {
            text.withUTF8 { buffer in
                for byte in buffer {
                    bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
        } else {
            bytes.append(contentsOf: text.lowercased()._nfcCodeUnits)
        }
    }

    /// The folded text of fields, joined by `separator`.
    public static func fold(fields: [String]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(fields.reduce(0) { $0 + $1.utf8.count + 1 })
        for (offset, field) in fields.enumerated() {
            if offset > 0 { result.append(separator) }
            append(field, to: &result)
        }
        return result
    }
}
