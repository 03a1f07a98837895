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
