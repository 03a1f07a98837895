import CXlsxWriter
import RiskRegister

/// One sheet of an `XLSXWorkbook`. Rows and columns count from 0, as libxlsxwriter's do; a
/// failure names the sheet and the cell as Excel shows it (row 1, column A).
struct XLSXSheet {
    private let sheet: UnsafeMutablePointer<lxw_worksheet>
    /// The sheet's name.
    let name: String

    init(sheet: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.sheet = sheet
        self.name = name
    }

    /// Writes text (kept as text, never read as a formula or a number).
    func write(_ text: String, row: Int, column: Int, format: XLSXWorkbook.Format? = nil) throws {
        try check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text, format), row: row, column: column)
    }

    /// Writes a number.
    func write(_ number: Int, row: Int, column: Int, format: XLSXWorkbook.Format? = nil) throws {
        try check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), Double(number), format), row: row, column: column)
    }

    /// Formats an empty cell (a heat-map cell with no entries keeps its colour).
    func blank(row: Int, column: Int, format: XLSXWorkbook.Format?) throws {
        try check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format), row: row, column: column)
    }

    /// Sets the width (in characters) of the columns `first...last`.
    func setWidth(_ width: Double, columns: ClosedRange<Int>) throws {
        try check(worksheet_set_column(sheet, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, nil),
                  row: 0, column: columns.lowerBound)
    }

    /// Keeps the first `rows` rows in view when scrolling.
    func freeze(rows: Int) {
        worksheet_freeze_panes(sheet, lxw_row_t(rows), 0)
    }

    /// Adds filter buttons to the header row 0 over `columns` columns and `rows` rows below it.
    func autofilter(columns: Int, rows: Int) throws {
        try check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), lxw_col_t(max(columns - 1, 0))), row: 0, column: 0)
    }

    private func check(_ status: lxw_error, row: Int, column: Int) throws {
        guard status != LXW_NO_ERROR else { return }
        throw InterchangeError.writeFailed("cannot write the workbook: sheet \(SafeText.quoted(name)), row \(row + 1), column "
                             + "\(Self.columnName(column)): \(String(cString: lxw_strerror(status)))")
    }

    /// A column as Excel names it: 0 is A, 25 Z, 26 AA.
    static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
