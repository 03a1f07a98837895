/// One row of a spreadsheet read for import: the row number the spreadsheet shows (the header is
/// row 1) and the cells that hold text, by column. Only those are stored, so a row's memory is
/// its text, never its width: a cell in column ZZZ costs one cell, not 18,278 empty strings.
public struct SheetRow: Equatable, Sendable {
    /// A cell that holds text.
    public struct Cell: Equatable, Sendable {
        /// The 0-based column (A is 0).
        public var column: Int
        /// The cell's text, never empty.
        public var text: String

        /// Creates a cell.
        public init(column: Int, text: String) {
            self.column = column
            self.text = text
        }
    }

    /// The row number as the spreadsheet shows it.
    public var number: Int
    /// The cells that hold text, in column order, one per column.
    public private(set) var filled: [Cell]

    /// A row of the cells that hold text, one per column, in any order (empty texts are left out).
    public init(number: Int, filled: [Cell]) {
        self.number = number
        let kept = filled.contains { $0.text.isEmpty } ? filled.filter { !$0.text.isEmpty } : filled
        let inOrder = zip(kept, kept.dropFirst()).allSatisfy { $0.column < $1.column }
        self.filled = inOrder ? kept : kept.sorted { $0.column < $1.column }
    }

    /// A row of `cells`, column A first; the empty ones are not stored.
    public init(number: Int, cells: [String]) {
        self.number = number
        filled = cells.enumerated().compactMap { $0.element.isEmpty ? nil : Cell(column: $0.offset, text: $0.element) }
    }

    /// Every cell from column A to the last that holds text, "" for the empty ones.
    public var cells: [String] {
        guard let last = filled.last else { return [] }
        var cells = [String](repeating: "", count: last.column + 1)
        for cell in filled { cells[cell.column] = cell.text }
        return cells
    }

    /// The text of a 0-based column's cell, or "" when it holds none.
    public func cell(_ column: Int) -> String {
        var low = 0
        var high = filled.count
        while low < high {
            let middle = (low + high) / 2
            if filled[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < filled.count && filled[low].column == column ? filled[low].text : ""
    }

    /// True when every cell is empty or white space.
    public var isBlank: Bool {
        filled.allSatisfy { $0.text.allSatisfy(\.isWhitespace) }
    }
}
