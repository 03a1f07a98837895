/// A query prepared for scanning folded text: its folded bytes, and what a byte match needs to be
/// confirmed by the reference `SearchText.contains` (a match next to non-ASCII text, or a query
/// whose ends could join the characters around it, such as one starting with a combining mark).
struct SearchQuery {
    /// The query's folded bytes.
    let bytes: [UInt8]
    /// The query lower-cased (as `SearchText.contains` compares it).
    let lowered: String
    /// True when the query cannot join a character before it: a match after an ASCII character
    /// starts on a character boundary.
    private let startsCleanly: Bool
    /// True when the query cannot join a character after it: a match before an ASCII character
    /// ends on a character boundary.
    private let endsCleanly: Bool

    init(_ query: String) {
        lowered = query.lowercased()
        bytes = SearchText.fold(query)
        let scalars = lowered.unicodeScalars
        if let first = scalars.first, let last = scalars.last {
            startsCleanly = ("a" + String(first)).count == 2
            endsCleanly = (String(last) + "a").count == 2 && last != "\r"
        } else {
            startsCleanly = true
            endsCleanly = true
        }
    }

    /// True when a byte match at `range` of `text` is a match in the reference meaning without
    /// further checks: it starts and ends on character boundaries.
    func isClean(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let before = range.lowerBound == 0 ? SearchText.separator : text[range.lowerBound - 1]
        let after = range.upperBound == text.count ? SearchText.separator : text[range.upperBound]
        let startOK = before == SearchText.separator || (before < 0x80 && before != 0x0D && startsCleanly)
        let endOK = after == SearchText.separator || (after < 0x80 && endsCleanly)
        return startOK && endOK
    }
}
