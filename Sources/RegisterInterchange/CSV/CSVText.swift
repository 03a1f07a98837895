import CSV
import Foundation

/// Rows as RFC 4180 CSV (UTF-8, fields separated by commas, records ended by CRLF, a field quoted
/// when it holds a comma, a quote or a line break, quotes doubled), written by CSV.swift's
/// `CSVWriter`; optionally after a byte order mark, which Excel needs to read UTF-8. A cell a
/// spreadsheet would run as a formula is written with a `'` in front (`CSVFormula`).
public enum CSVText {
    /// The bytes of `rows`, each record ended by CRLF, formula cells neutralised.
    public static func bytes(_ rows: [[String]], byteOrderMark: Bool = false) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        let data: Data?
        do {
            let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
            for row in rows {
                try writer.write(row: row.map(CSVFormula.neutralised))
            }
            data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data
        } catch {
            throw InterchangeError.writeFailed("cannot write CSV: \(error)")
        }
        guard let data else {
            throw InterchangeError.writeFailed("cannot write CSV: the writer produced nothing")
        }
        let bom: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        return bom + [UInt8](data) + (rows.isEmpty ? [] : Array("\r\n".utf8))
    }
}
