import Foundation
import Glibc
import Testing

/// What `riskreg import` does with spreadsheets that are broken, huge or not files at all
/// (docs/exports.md, "Import"): CSV quoting errors by row and column, the row limit said as soon
/// as it is passed, XLSX sheets past libxml2's 10,000,000-byte window, a cell far to the right
/// without a row's worth of empty cells, and FIFOs, devices and directories refused at once.
/// Nothing is written in any of these cases.
@Suite(.timeLimit(.minutes(20))) struct ImportInputTests {
    /// Runs riskreg import on `file` into `data` under `timeout` (seconds), with the shell's
    /// `ulimit -d` set to `dataLimitKiB` when given; the status is 124 when the time ran out (137
    /// when riskreg did not end on SIGTERM and was killed 5 seconds later).
    private func importing(_ file: String, data: URL, timeout: Int = 120, dataLimitKiB: Int? = nil) throws -> Binary.Result {
        let limit = dataLimitKiB.map { "ulimit -d \($0) && " } ?? ""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(limit)exec timeout -k 5 \(timeout) \"$0\" import \"$1\" --period '2022/23 Q1' --organisation X --data \"$2\"",
                             try Binary.executable().path, file, data.path]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        let output = Pipe()
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errors = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        return Binary.Result(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                             stderr: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }

    /// The register files of a directory.
    private func registers(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
    }

    /// Writes an XLSX workbook by hand (Python's zipfile): one sheet "Risks" whose `sheetData` is
    /// what the Python expression `rows` (a string) evaluates to, with inline strings.
    private func workbook(_ path: URL, rows: String) throws {
        _ = try PythonModule.run("""
            import sys, zipfile
            def part(body):
                return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + body
            main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
            rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
            def cell(ref, text):
                return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
            rows = (\(rows))
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", part('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'))
                z.writestr("xl/workbook.xml", part(f'<workbook {main} {rel}><sheets><sheet name="Risks" sheetId="1" r:id="rId1"/></sheets></workbook>'))
                z.writestr("xl/_rels/workbook.xml.rels", part('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'))
                z.writestr("xl/worksheets/sheet1.xml", part(f'<worksheet {main}><sheetData>' + ''.join(rows) + '</sheetData></worksheet>'))
            """, [path.path])
    }

    @Test(arguments: [
        ("Risk Ref,Risk Title,Likelihood,Impact\r\nR1,\"Flood\" risk,3,4\r\nR2,Fire,2,2\r\nR3,Cyber,4,4\r\n",
         "row 2, column B: text after a closing quote (a \" inside a quoted cell is written \"\")"),
        ("Risk Ref,Risk Title,Likelihood,Impact\nR1,\"two\nlines\",3,4\nR2,Fire,\"2\"x,2\nR3,Cyber,4,4\n",
         "row 3, column C: text after a closing quote (a \" inside a quoted cell is written \"\")"),
        ("Risk Ref,Risk Title,Likelihood,Impact\r\nR1,Flood,3,4\r\nR2,\"Fire,2,2\r\nR3,Cyber,4,4\r\n",
         "row 3, column B: a quoted cell is never closed (a \" is missing)"),
    ])
    func aCSVQuotingErrorIsReportedByRowAndColumnAndNothingWritten(sheet: String, problem: String) throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let file = data.appendingPathComponent("quoted.csv")
        try Data(sheet.utf8).write(to: file)
        let result = try importing(file.path, data: data)
        #expect(result.status == 2)
        #expect(result.stderr == "riskreg: error: quoted.csv: \(problem); nothing was written\n")
        #expect(try registers(in: data).isEmpty)
    }

    @Test func aQuoteInsideAnUnquotedCellIsText() throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let file = data.appendingPathComponent("inches.csv")
        try Data("Risk Ref,Risk Title\r\nR1,5\" main burst\r\nR2,\"Quoted, with \"\"quotes\"\"\"\r\n".utf8).write(to: file)
        let result = try importing(file.path, data: data)
        #expect(result.status == 0, "\(result.stderr)")
        let list = try Binary.run(["list", "--register", "inches", "--data", data.path])
        #expect(list.stdout.contains("R1  risk") && list.stdout.contains("5\" main burst"), "\(list.stdout)")
        #expect(list.stdout.contains("Quoted, with \"quotes\""), "\(list.stdout)")
    }

    @Test func aCSVPastTheRowLimitStopsThereAndSaysTheLimit() throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let file = data.appendingPathComponent("big.csv")
        // After the 100,001st row, a quote that never closes: a reader that went on would report it.
        var text = "Risk Ref,Risk Title\r\n"
        for number in 1...100_001 { text += "R\(number),Risk \(number)\r\n" }
        text += "R0,\"never closed\r\n"
        try Data(text.utf8).write(to: file)
        let result = try importing(file.path, data: data)
        #expect(result.status == 2)
        #expect(result.stderr == "riskreg: error: big.csv: more than 100000 rows; a register holds at most 100000 entries; nothing was written\n")
        #expect(try registers(in: data).isEmpty)
    }

    @Test func anXLSXSheetPastTheRowLimitSaysTheLimit() throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let file = data.appendingPathComponent("big.xlsx")
        try workbook(file, rows: """
            ['<row r="1">' + cell("A1", "Risk Ref") + cell("B1", "Risk Title") + '</row>']
                + [f'<row r="{n}">' + cell(f"A{n}", f"R{n}") + cell(f"B{n}", f"Risk {n}") + '</row>' for n in range(2, 100_003)]
            """)
        let result = try importing(file.path, data: data)
        #expect(result.status == 2)
        #expect(result.stderr == "riskreg: error: big.xlsx: more than 100000 rows; a register holds at most 100000 entries; nothing was written\n")
        #expect(try registers(in: data).isEmpty)
    }

    @Test func anXLSXSheetOverTenMillionBytesImports() throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let file = data.appendingPathComponent("long.xlsx")
        // 2,000 rows with a 6,000-character description: a 12 MB sheet.
        try workbook(file, rows: """
            ['<row r="1">' + cell("A1", "Risk Ref") + cell("B1", "Risk Title") + cell("C1", "Description") + '</row>']
                + [f'<row r="{n}">' + cell(f"A{n}", f"R{n}") + cell(f"B{n}", f"Risk {n}") + cell(f"C{n}", "word " * 1200) + '</row>'
                   for n in range(2, 2002)]
            """)
        let result = try importing(file.path, data: data)
        #expect(result.status == 0, "\(result.stderr)")
        let register = try Binary.register(data.appendingPathComponent("long.json"))
        #expect(register.entries.count == 2_000)
        #expect(register.entries.last?.id == "R2001")
    }

    @Test func aCellInColumnZZZCostsNoMemoryForTheColumnsBeforeIt() throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let file = data.appendingPathComponent("wide.xlsx")
        // 3,000 rows with a cell in column ZZZ (the 18,278th): a row padded to that width would be
        // 18,278 strings, 880 MB for the sheet; the import must fit in 256 MiB of data.
        try workbook(file, rows: """
            ['<row r="1">' + cell("A1", "Risk Ref") + cell("B1", "Risk Title") + '</row>']
                + [f'<row r="{n}">' + cell(f"A{n}", f"R{n}") + cell(f"B{n}", f"Risk {n}") + cell(f"ZZZ{n}", "far") + '</row>'
                   for n in range(2, 3002)]
            """)
        let result = try importing(file.path, data: data, dataLimitKiB: 262_144)
        #expect(result.status == 0, "\(result.stderr)")
        let register = try Binary.register(data.appendingPathComponent("wide.json"))
        #expect(register.entries.count == 3_000)
    }

    @Test(arguments: ["csv", "xlsx"])
    func aFIFOADeviceOrADirectoryIsRefusedAtOnce(kind: String) throws {
        let data = try Binary.temporaryData(copying: false)
        defer { try? FileManager.default.removeItem(at: data) }
        let fifo = data.appendingPathComponent("pipe.\(kind)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let device = data.appendingPathComponent("null.\(kind)").path
        #expect(symlink("/dev/null", device) == 0)
        let directory = data.appendingPathComponent("folder.\(kind)").path
        #expect(mkdir(directory, 0o755) == 0)
        for (path, what) in [(fifo, "a FIFO (named pipe)"), (device, "a device"), (directory, "a directory")] {
            let result = try importing(path, data: data, timeout: 30)
            #expect(result.status == 2, "\(path): \(result.status) \(result.stderr)")
            #expect(result.stderr == "riskreg: error: cannot read \"\(path)\": it is \(what), not a spreadsheet file\n")
        }
        #expect(try registers(in: data).isEmpty)
    }
}
