import Foundation
import RiskRegister

/// One worksheet of an XLSX workbook read for import: the workbook is opened with `ZipParts`
/// and its XML parts read with Foundation's `XMLParser`. Cells give their text: shared strings,
/// inline strings, formula results, numbers (a whole number without a fraction, a cell with a
/// date format as `yyyy-MM-dd`), booleans as TRUE / FALSE. Row numbers are the sheet's own. Only
/// the cells that hold text are kept (`SheetRow`), and the rows that are not blank, up to the
/// row past the limit a register has (`RegisterImport.maximumRows` below the header).
public enum XLSXSheetReader {
    /// The largest part of the workbook that is read, uncompressed (a guard against zip bombs):
    /// room for a sheet of `RegisterImport.maximumRows` rows of 2,600 bytes of XML each (60 cells
    /// with shared strings).
    static let maximumPartBytes: UInt64 = 256 * 1024 * 1024

    /// The rows of the sheet named `sheet`, or of the first sheet, of the workbook `input`; a
    /// failure names the file as `file`. The archive is read from the open file itself, each part
    /// from its own bytes only (`ZipParts`), never from a copy in memory. (ZIPFoundation, used
    /// before, trapped on a central directory pointing past the end of the data, looped for ever
    /// on a deflate stream that does not end, and let zlib read past a short chunk.)
    public static func rows(of input: SpreadsheetFile, file: String, sheet: String?) throws -> [SheetRow] {
        let archive: ZipParts
        do {
            archive = try ZipParts(input)
        } catch {
            throw failure(file, "not an XLSX workbook (\(error.message))")
        }
        let path = try sheetPath(in: archive, file: file, named: sheet)
        let strings = try sharedStrings(in: archive, file: file)
        let dates = try dateStyles(in: archive, file: file)
        return try cells(of: part(path, in: archive, file: file) ?? Data(), file: file, strings: strings, dates: dates)
    }

    /// The rows of the workbook `bytes` already in memory (a test's or the fuzzer's): written to a
    /// temporary file, removed at once and read from its descriptor as a file named to import is.
    public static func rows(of bytes: Data, file: String, sheet: String?) throws -> [SheetRow] {
        var template = Array((FileManager.default.temporaryDirectory.path + "/riskreg-xlsx-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw failure(file, "cannot make a temporary file: \(String(cString: strerror(errno)))") }
        let path = String(cString: template)
        defer {
            unlink(path)
            close(descriptor)
        }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw failure(file, "cannot write a temporary file: \(String(cString: strerror(errno)))") }
        return try rows(of: SpreadsheetFile(path: path, maximumBytes: max(bytes.count, 1)), file: file, sheet: sheet)
    }

    /// The path in the archive of the chosen worksheet: `xl/workbook.xml` lists the sheets in order
    /// with relationship ids, `xl/_rels/workbook.xml.rels` gives each id's part.
    private static func sheetPath(in archive: ZipParts, file: String, named wanted: String?) throws -> String {
        guard let workbook = try part("xl/workbook.xml", in: archive, file: file) else {
            throw failure(file, "not an XLSX workbook (no xl/workbook.xml)")
        }
        var sheets: [(name: String, relationship: String)] = []
        try parse(workbook, part: "xl/workbook.xml", file: file) { element, attributes in
            if element == "sheet", let name = attributes["name"], let id = attributes["r:id"] ?? attributes["id"] {
                sheets.append((name, id))
            }
        }
        let chosen: (name: String, relationship: String)
        if let wanted {
            guard let match = sheets.first(where: { $0.name == wanted }) ?? sheets.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                let names = sheets.map { SafeText.quoted($0.name, limit: 40) }.joined(separator: ", ")
                throw failure(file, "no sheet named \(SafeText.quoted(wanted, limit: 40)); its sheets are \(names)")
            }
            chosen = match
        } else {
            guard let first = sheets.first else { throw failure(file, "the workbook has no sheets") }
            chosen = first
        }
        var targets: [String: String] = [:]
        if let relations = try part("xl/_rels/workbook.xml.rels", in: archive, file: file) {
            try parse(relations, part: "xl/_rels/workbook.xml.rels", file: file) { element, attributes in
                if element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
                    targets[id] = target
                }
            }
        }
        guard let target = targets[chosen.relationship] else {
            throw failure(file, "sheet \(SafeText.quoted(chosen.name, limit: 40)) names no part of the workbook")
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The shared strings table (`xl/sharedStrings.xml`): each `si`'s text runs joined, phonetic
    /// runs (`rPh`) left out.
    private static func sharedStrings(in archive: ZipParts, file: String) throws -> [String] {
        guard let data = try part("xl/sharedStrings.xml", in: archive, file: file) else { return [] }
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        try parse(data, part: "xl/sharedStrings.xml", file: file, start: { element, _ in
            switch element {
            case "si": current = ""
            case "rPh": phonetic += 1
            case "t": inText = phonetic == 0
            default: break
            }
        }, end: { element in
            switch element {
            case "si": strings.append(unescaped(current))
            case "rPh": phonetic -= 1
            case "t": inText = false
            default: break
            }
        }, text: { text in
            if inText { current += text }
        })
        return strings
    }

    /// The indexes of the cell formats (`cellXfs` of `xl/styles.xml`) whose number format is a date:
    /// a built-in date format (14–22, 45–47) or a custom one with day, month or year fields.
    private static func dateStyles(in archive: ZipParts, file: String) throws -> Set<Int> {
        guard let data = try part("xl/styles.xml", in: archive, file: file) else { return [] }
        var customDates = Set<Int>()
        var formats: [Int] = []
        var inCellFormats = false
        try parse(data, part: "xl/styles.xml", file: file, start: { element, attributes in
            switch element {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], isDateCode(code) {
                    customDates.insert(id)
                }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }, end: { element in
            if element == "cellXfs" { inCellFormats = false }
        })
        let builtInDates = Set(14...22).union(45...47)
        return Set(formats.indices.filter { builtInDates.contains(formats[$0]) || customDates.contains(formats[$0]) })
    }

    /// True for a number format code with a day, month or year field outside quotes and brackets.
    private static func isDateCode(_ code: String) -> Bool {
        var quoted = false
        var bracketed = false
        for character in code.lowercased() {
            switch character {
            case "\"": quoted.toggle()
            case "[": bracketed = true
            case "]": bracketed = false
            case "d", "m", "y":
                if !quoted && !bracketed { return true }
            default: break
            }
        }
        return false
    }

    /// The rows of a worksheet part that are not blank, in row order.
    private static func cells(of data: Data, file: String, strings: [String], dates: Set<Int>) throws -> [SheetRow] {
        var rows: [Int: [Int: String]] = [:]
        var nonBlankRows = Set<Int>()
        var tooManyRows = false
        var rowNumber = 0
        var column = -1
        var type = "n"
        var style = 0
        var value = ""
        var inline = ""
        var capture: String?
        var phonetic = 0
        var problem: String?
        try parse(data, part: "worksheet", file: file, start: { element, attributes in
            switch element {
            case "row":
                rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                column = -1
            case "c":
                column = attributes["r"].flatMap(columnIndex) ?? column + 1
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""
                inline = ""
            case "v": capture = "v"
            case "rPh": phonetic += 1
            case "t" where phonetic == 0: capture = "t"
            default: break
            }
        }, end: { element in
            switch element {
            case "v", "t": capture = nil
            case "rPh": phonetic -= 1
            case "c":
                let text: String
                switch type {
                case "s":
                    guard let index = Int(value), strings.indices.contains(index) else {
                        problem = problem ?? "row \(rowNumber), column \(ImportProblem.letters(column)): shared string \(value) does not exist"
                        return
                    }
                    text = strings[index]
                case "inlineStr": text = unescaped(inline)
                case "str", "e": text = unescaped(value)
                case "b": text = value == "1" ? "TRUE" : "FALSE"
                default: text = number(value, isDate: dates.contains(style))
                }
                guard !text.isEmpty, !tooManyRows else { return }
                if !text.allSatisfy(\.isWhitespace), nonBlankRows.insert(rowNumber).inserted, nonBlankRows.count > RegisterImport.maximumRows + 1 {
                    tooManyRows = true
                    rows = [:]
                    return
                }
                rows[rowNumber, default: [:]][column] = text
            default: break
            }
        }, text: { text in
            if capture == "v" { value += text } else if capture == "t" { inline += text }
        })
        if let problem { throw failure(file, problem) }
        if tooManyRows {
            throw failure(file, "\(RegisterImport.tooManyRows); nothing was written")
        }
        return nonBlankRows.sorted().map { number in
            SheetRow(number: number, filled: (rows[number] ?? [:]).map { SheetRow.Cell(column: $0.key, text: $0.value) })
        }
    }

    /// A number cell's text: a whole number without a fraction, a date as `yyyy-MM-dd` (days since
    /// 30 December 1899, the 1900 date system), anything else as stored.
    private static func number(_ text: String, isDate: Bool) -> String {
        guard let value = Double(text), value.isFinite else { return text }
        if isDate, value >= 1, value < 2_958_466 {
            let date = Date(timeIntervalSince1970: (value.rounded(.down) - 25_569) * 86_400)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return text
    }

    /// The 0-based column of a cell reference ("B3" is 1), or nil.
    private static func columnIndex(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        return letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    /// OOXML's escapes of characters XML cannot hold: `_x000D_` is a carriage return, `_x005F_` an underscore.
    private static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                result += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }

    /// The bytes of a part of the archive, or nil when it has none by that path.
    private static func part(_ path: String, in archive: ZipParts, file: String) throws -> Data? {
        guard archive.contains(path) else { return nil }
        let tooLarge = failure(file, "\(path) is larger than \(maximumPartBytes / 1_048_576) MiB uncompressed, the most riskreg reads of one part "
                                     + "(room for \(RegisterImport.maximumRows) rows); nothing was written")
        guard let stated = archive.statedSize(of: path), UInt64(stated) <= maximumPartBytes else { throw tooLarge }
        var data = Data()
        let checksums: (computed: UInt32, stated: UInt32)?
        do {
            checksums = try archive.extract(path) { chunk in
                guard UInt64(data.count + chunk.count) <= maximumPartBytes else { throw tooLarge }
                data.append(chunk)
            }
        } catch let failure as InterchangeError {
            throw failure
        } catch let damaged as ZipParts.Failure {
            throw failure(file, damaged.message)
        } catch {
            throw failure(file, "cannot read \(path) from the workbook: \(error)")
        }
        // The fuzzer's build reads past a wrong checksum, as fuzzed PNG readers skip their CRCs, so
        // that its mutations of a part's XML reach the XML reader instead of stopping here.
        #if !FUZZING
        guard let checksums, checksums.computed == checksums.stated else {
            throw failure(file, "\(path) is damaged (its checksum does not match)")
        }
        #else
        _ = checksums
        #endif
        return data
    }

    private static func parse(_ data: Data, part: String, file: String, start: @escaping (String, [String: String]) -> Void,
                              end: @escaping (String) -> Void = { _ in }, text: @escaping (String) -> Void = { _ in }) throws {
        do {
            try XMLEvents.parse(data, start: start, end: end, text: text)
        } catch {
            throw failure(file, "\(part) is not well-formed XML: \(error.localizedDescription)")
        }
    }

    private static func failure(_ file: String, _ message: String) -> InterchangeError {
        InterchangeError.badInput("\(file): \(message)")
    }
}
