/// Left-aligned columns separated by two spaces; the last column is not padded.
public enum TextTable {
    /// The table's lines, each ending in a line break.
    public static func render(_ rows: [[String]]) -> String {
        lines(rows).map { $0 + "\n" }.joined()
    }

    /// The table's lines, without line breaks: the cells of each row padded to their column's
    /// widest cell (counted in characters), the row's last cell as it is.
    public static func lines(_ rows: [[String]]) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() where index < columns - 1 {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }
            .joined(separator: "  ")
        }
    }
}
