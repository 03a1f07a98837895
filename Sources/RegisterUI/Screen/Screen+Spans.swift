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
    /// Draws the given match ranges (columns from `x`) of row `y` in the match role, clipped at
    /// `limit`; the text and the highlight of the focused selection are kept.
    mutating func markMatches(_ ranges: [Range<Int>], x: Int, y: Int, limit: Int) {
        for range in ranges {
            let start = x + range.lowerBound
            let end = min(limit, x + range.upperBound)
            guard start < end else { continue }
            restyle(Rect(x: start, y: y, width: end - start, height: 1), role: .match)
        }
    }
}
