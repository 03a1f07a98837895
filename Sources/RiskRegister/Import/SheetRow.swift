/// One row of a spreadsheet read for import: the row number the spreadsheet shows (the header is
/// row 1) and its cells as text, the first column first; a missing cell is an empty string.
public struct SheetRow: Equatable, Sendable {
    /// The row number as the spreadsheet shows it.
    public var number: Int
    /// The cells, column A first.
    public var cells: [String]

    /// Creates a row.
    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// The cell of a 0-based column, or "" past the end of the row.
    public func cell(_ column: Int) -> String {
        cells.indices.contains(column) ? cells[column] : ""
    }

    /// True when every cell is empty or white space.
    public var isBlank: Bool {
        cells.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}
