import RiskRegister

/// A CSV file read for import (`CSVParser`): UTF-8, with or without a byte order mark; record N is
/// row N, as a spreadsheet shows it. The file is read a chunk at a time and only rows that are not
/// blank are kept; reading stops at the row past the limit a register has
/// (`RegisterImport.maximumRows` below the header), so a huge file costs no more than that.
enum CSVSheetReader {
    /// The rows that are not blank, or a failure naming the file (and the row and column).
    static func rows(of file: SpreadsheetFile, name: String) throws -> [SheetRow] {
        var parser = CSVParser()
        var rows: [SheetRow] = []
        let keep = { (row: SheetRow) throws in
            guard !row.isBlank else { return }
            guard rows.count <= RegisterImport.maximumRows else {
                throw CommandFailure("\(name): \(RegisterImport.tooManyRows); nothing was written", code: CommandFailure.badInput)
            }
            rows.append(row)
        }
        do {
            var chunk = try file.read(upTo: SpreadsheetFile.chunkSize)
            try parser.read(chunk.starts(with: [0xEF, 0xBB, 0xBF]) ? chunk.dropFirst(3) : chunk[...], record: keep)
            while !chunk.isEmpty {
                chunk = try file.read(upTo: SpreadsheetFile.chunkSize)
                try parser.read(chunk, record: keep)
            }
            try parser.finish(record: keep)
        } catch let failure as CSVParser.Failure {
            throw CommandFailure("\(name): row \(failure.row), column \(ImportProblem.letters(failure.column)): \(failure.message); nothing was written",
                                 code: CommandFailure.badInput)
        }
        return rows
    }
}
