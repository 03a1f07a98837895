import RiskRegister

/// RFC 4180 CSV read a chunk of bytes at a time: fields separated by commas, records ended by
/// CRLF, LF or CR, a field in double quotes holding commas, line breaks and doubled quotes. A quote
/// inside a field that does not start with one is text, as spreadsheet programs read it. Text
/// after a closing quote, a quoted field the file never closes and a field that is not UTF-8 are
/// failures naming the row (the record: a quoted line break starts no row, as in a spreadsheet)
/// and the column. Each field's `'` that riskreg's export put before a formula is taken off
/// (`CSVFormula.restored`); a record's empty fields are not kept (`SheetRow`).
struct CSVParser {
    /// Why the bytes are not CSV, and where.
    struct Failure: Error {
        /// The row (record) number, from 1.
        let row: Int
        /// The 0-based column.
        let column: Int
        /// What is wrong.
        let message: String
    }

    private enum State {
        /// Nothing of the field read yet.
        case fieldStart
        /// In a field that does not start with a quote.
        case unquoted
        /// In a quoted field.
        case quoted
        /// After a quote in a quoted field: the end of the field, or the first of a doubled quote.
        case quoteInQuoted
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var cells: [SheetRow.Cell] = []
    private var column = 0
    private var row = 1
    /// True once a byte of the current record is read.
    private var inRecord = false
    /// True after a CR that ended a record: an LF right after it belongs to the same line break.
    private var afterCarriageReturn = false

    /// Reads the next bytes, giving `record` each record they complete.
    mutating func read(_ bytes: some Sequence<UInt8>, record: (SheetRow) throws -> Void) throws {
        for byte in bytes {
            if afterCarriageReturn {
                afterCarriageReturn = false
                if byte == Self.lineFeed { continue }
            }
            inRecord = true
            switch (state, byte) {
            case (.fieldStart, Self.quote):
                state = .quoted
            case (.quoted, Self.quote):
                state = .quoteInQuoted
            case (.quoted, _):
                field.append(byte)
            case (.quoteInQuoted, Self.quote):
                field.append(byte)
                state = .quoted
            case (_, Self.comma):
                try endField()
            case (_, Self.carriageReturn), (_, Self.lineFeed):
                try endField()
                try endRecord(record)
                afterCarriageReturn = byte == Self.carriageReturn
            case (.quoteInQuoted, _):
                throw Failure(row: row, column: column, message: "text after a closing quote (a \" inside a quoted cell is written \"\")")
            case (.fieldStart, _), (.unquoted, _):
                field.append(byte)
                state = .unquoted
            }
        }
    }

    /// Ends the input, giving `record` the last record when the bytes did not end with a line break.
    mutating func finish(record: (SheetRow) throws -> Void) throws {
        if state == .quoted {
            throw Failure(row: row, column: column, message: "a quoted cell is never closed (a \" is missing)")
        }
        if inRecord {
            try endField()
            try endRecord(record)
        }
    }

    private mutating func endField() throws {
        guard let text = String(validating: field, as: UTF8.self) else {
            throw Failure(row: row, column: column, message: "not UTF-8 text (save the sheet as \"CSV UTF-8\")")
        }
        let restored = CSVFormula.restored(text)
        if !restored.isEmpty { cells.append(SheetRow.Cell(column: column, text: restored)) }
        field.removeAll(keepingCapacity: true)
        column += 1
        state = .fieldStart
    }

    private mutating func endRecord(_ record: (SheetRow) throws -> Void) throws {
        try record(SheetRow(number: row, filled: cells))
        cells.removeAll()
        column = 0
        row += 1
        inRecord = false
    }
}
