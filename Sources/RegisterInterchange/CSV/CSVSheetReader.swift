import RiskRegister

/// A CSV file read for import (`CSVParser`): UTF-8, with or without a byte order mark; record N is
/// row N, as a spreadsheet shows it. The file is read a chunk at a time and only rows that are not
/// blank are kept; reading stops at the row past the limit a register has
/// (`RegisterImport.maximumRows` below the header), so a huge file costs no more than that.
public enum CSVSheetReader {
    /// The rows that are not blank, or a failure naming the file (and the row and column).
    public static func rows(of file: SpreadsheetFile, name: String) throws -> [SheetRow] {
        try rows(name: name) { try file.read(upTo: SpreadsheetFile.chunkSize) }
    }

    /// The rows of the CSV `bytes` already in memory (a test's or the fuzzer's), read as a file's
    /// are, a chunk at a time.
    public static func rows(of bytes: [UInt8], name: String) throws -> [SheetRow] {
        var rest = bytes[...]
        return try rows(name: name) {
            let chunk = Array(rest.prefix(SpreadsheetFile.chunkSize))
            rest = rest.dropFirst(chunk.count)
            return chunk
        }
    }

    /// The rows of the CSV whose bytes `next` gives a chunk at a time, none at the end.
    private static func rows(name: String, next: () throws -> [UInt8]) throws -> [SheetRow] {
        var parser = CSVParser()
        var rows: [SheetRow] = []
        let keep = { (row: SheetRow) throws in
            guard !row.isBlank else { return }
            guard rows.count <= RegisterImport.maximumRows else {
                throw InterchangeError.badInput("\(name): \(RegisterImport.tooManyRows); nothing was written")
            }
            rows.append(row)
        }
        do {
            var chunk = try next()
            try parser.read(chunk.starts(with: [0xEF, 0xBB, 0xBF]) ? chunk.dropFirst(3) : chunk[...], record: keep)
            while !chunk.isEmpty {
                chunk = try next()
                try parser.read(chunk, record: keep)
            }
            try parser.finish(record: keep)
        } catch let failure as CSVParser.Failure {
            throw InterchangeError.badInput("\(name): row \(failure.row), column \(ImportProblem.letters(failure.column)): \(failure.message); nothing was written")
        }
        return rows
    }
}
