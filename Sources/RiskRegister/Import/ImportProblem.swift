/// Something wrong with a spreadsheet being imported, where the spreadsheet shows it:
/// `FILE: row R, column C (Header): message`, the column as its letters (A, B, … AA).
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
    /// The spreadsheet's file name.
    public var file: String
    /// The row number as the spreadsheet shows it (the header is row 1).
    public var row: Int
    /// The 0-based column, when the problem is in one cell.
    public var column: Int?
    /// The column's header, when the problem is in one cell.
    public var header: String?
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(file: String, row: Int, column: Int? = nil, header: String? = nil, message: String) {
        self.file = file
        self.row = row
        self.column = column
        self.header = header
        self.message = message
    }

    public var description: String {
        var place = "\(file): row \(row)"
        if let column {
            place += ", column \(Self.letters(column))"
            if let header { place += " (\(header))" }
        }
        return "\(place): \(message)"
    }

    /// A 0-based column as a spreadsheet names it: 0 is A, 25 is Z, 26 is AA.
    public static func letters(_ column: Int) -> String {
        var number = max(column, 0) + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }
}
