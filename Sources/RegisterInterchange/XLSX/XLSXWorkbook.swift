import CXlsxWriter
import RiskRegister

/// A workbook written by libxlsxwriter (Debian's libxlsxwriter-dev) to one file: it holds the
/// sheets and cell formats, and writes the file when closed. Failures name the file.
final class XLSXWorkbook {
    /// A cell format, owned by its workbook.
    typealias Format = UnsafeMutablePointer<lxw_format>

    /// How a format looks; `XLSXWorkbook.format(_:)` makes one format per distinct style.
    struct Style: Hashable {
        var bold = false
        var wrap = false
        var fill: UInt32?
        var centred = false
        /// An Excel number format ("0 \"≠\"" shows 1 as "1 ≠" and keeps the number).
        var numberFormat: String?
    }

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let path: String
    private var formats: [Style: Format] = [:]
    private var isClosed = false

    /// Starts a workbook that `close()` writes to `path`.
    init(path: String) throws {
        guard let workbook = workbook_new(path) else {
            throw InterchangeError.writeFailed("cannot write \(SafeText.quoted(path)): libxlsxwriter could not start a workbook")
        }
        self.workbook = workbook
        self.path = path
    }

    deinit {
        if !isClosed { workbook_close(workbook) }
    }

    /// Adds a sheet named `name` (at most 31 characters, none of `[]:*?/\`).
    func addSheet(_ name: String) throws -> XLSXSheet {
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw InterchangeError.writeFailed("cannot write \(SafeText.quoted(path)): libxlsxwriter refused the sheet \(SafeText.quoted(name))")
        }
        return XLSXSheet(sheet: sheet, name: name)
    }

    /// The format of `style` (nil for the default look); each style is made once.
    func format(_ style: Style) -> Format? {
        if style == Style() { return nil }
        if let made = formats[style] { return made }
        guard let format = workbook_add_format(workbook) else { return nil }
        if style.bold { format_set_bold(format) }
        if style.wrap { format_set_text_wrap(format) }
        format_set_align(format, rr_align_vertical_top())
        if let fill = style.fill {
            format_set_pattern(format, rr_pattern_solid())
            format_set_bg_color(format, fill)
            format_set_border(format, rr_border_thin())
        }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if style.centred {
            format_set_align(format, rr_align_center())
            format_set_align(format, rr_align_vertical_center())
        }
        formats[style] = format
        return format
    }

    /// Writes the file and frees the workbook.
    func close() throws {
        isClosed = true
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw InterchangeError.writeFailed("cannot write \(SafeText.quoted(path)): \(String(cString: lxw_strerror(status)))")
        }
    }
}
