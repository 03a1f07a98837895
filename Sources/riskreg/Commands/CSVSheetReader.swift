import CSV
import RiskRegister

/// A CSV file read for import by CSV.swift's `CSVReader`: UTF-8, with or without a byte order
/// mark; record N is row N, as a spreadsheet shows it (a quoted line break stays in its cell).
enum CSVSheetReader {
    /// The rows of a CSV file's bytes, or a failure naming the file.
    static func rows(of bytes: [UInt8], file: String) throws -> [SheetRow] {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard let text = String(validating: body, as: UTF8.self) else {
            throw CommandFailure("\(file): not UTF-8 text (save the sheet as \"CSV UTF-8\")", code: CommandFailure.badInput)
        }
        if let row = unclosedQuoteRow(text) {
            throw CommandFailure("\(file): row \(row): a quoted cell is never closed (a \" is missing)", code: CommandFailure.badInput)
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false)
        } catch {
            throw CommandFailure("\(file): cannot read as CSV: \(error)", code: CommandFailure.badInput)
        }
        var rows: [SheetRow] = []
        while let cells = reader.next() {
            rows.append(SheetRow(number: rows.count + 1, cells: cells))
        }
        if let error = reader.error {
            throw CommandFailure("\(file): cannot read as CSV after row \(rows.count): \(error)", code: CommandFailure.badInput)
        }
        return rows
    }

    /// The row (record) where a quoted field opens that the text never closes, or nil (CSV.swift's
    /// reader takes the rest of the file into such a field without a word).
    private static func unclosedQuoteRow(_ text: String) -> Int? {
        var row = 1
        var quoted = false
        var quoteSeen = false
        var atFieldStart = true
        for character in text {
            if quoted {
                if quoteSeen {
                    quoteSeen = false
                    if character == "\"" { continue }
                    quoted = false
                } else {
                    quoteSeen = character == "\""
                    continue
                }
            }
            switch character {
            case "\"" where atFieldStart:
                quoted = true
            case "\n", "\r\n", "\r":
                row += 1
                atFieldStart = true
                continue
            case ",":
                atFieldStart = true
                continue
            default:
                break
            }
            atFieldStart = false
        }
        return quoted && !quoteSeen ? row : nil
    }
}
