/// Rows as RFC 4180 CSV (UTF-8, fields separated by commas, records ended by CRLF, a field quoted
/// when it holds a comma, a quote, a carriage return or a line feed, quotes doubled); optionally
/// after a byte order mark, which Excel needs to read UTF-8. A cell a spreadsheet would run as a
/// formula is written with a `'` in front (`CSVFormula`). Written byte by byte into one buffer:
/// CSV.swift's writer, used before, searched each field through Foundation and wrote it a scalar
/// at a time through an `OutputStream`, which made exporting 10,000 entries 7 times slower than
/// a Python script.
public enum CSVText {
    /// The bytes of `rows`, each record ended by CRLF, formula cells neutralised.
    public static func bytes(_ rows: [[String]], byteOrderMark: Bool = false) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        bytes.reserveCapacity(rows.reduce(bytes.count) { total, row in row.reduce(total + 2) { $0 + $1.utf8.count + 3 } })
        var first = true
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 {
                    bytes.append(UInt8(ascii: ","))
                } else if !first {
                    bytes.append(contentsOf: [0x0D, 0x0A])
                }
                first = false
                append(CSVFormula.neutralised(field), to: &bytes)
            }
        }
        if !rows.isEmpty { bytes.append(contentsOf: [0x0D, 0x0A]) }
        return bytes
    }

    /// Appends one field, quoted (its quotes doubled) when it holds a comma, a quote, CR or LF.
    private static func append(_ field: String, to bytes: inout [UInt8]) {
        let utf8 = field.utf8
        let quoted = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard quoted else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
