extension Screen {
    /// Writes spans one after the other from column `x`, clipped at `limit`; returns the columns written.
    @discardableResult
    mutating func put(_ spans: [Span], x: Int, y: Int, limit: Int? = nil) -> Int {
        var column = x
        for span in spans {
            column += put(span.text, x: column, y: y, style: Style(span.role), limit: limit)
        }
        return column - x
    }
}

extension Screen {
    /// Draws every occurrence of `needle` (ignoring case) in `text`, which is already on the
    /// screen from column `x` of row `y`, in the match role, clipped at `limit`; the highlight of
    /// the focused selection is kept.
    mutating func markMatches(of needle: String, in text: String, x: Int, y: Int, limit: Int) {
        for range in TextMatches.columns(of: needle, in: text) {
            let start = x + range.lowerBound
            let end = min(limit, x + range.upperBound)
            guard start < end else { continue }
            restyle(Rect(x: start, y: y, width: end - start, height: 1), role: .match)
        }
    }
}
