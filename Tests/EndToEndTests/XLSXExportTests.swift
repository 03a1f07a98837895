import Foundation
import RiskRegister
import Testing

/// `export --format xlsx` on the release binary, read back by Python's openpyxl (installed with pip
/// when missing): the sheets, the register's rows, the summary risk profile, the heat map's counts
/// and fills, and what moved since the previous quarter.
@Suite(.timeLimit(.minutes(20))) struct XLSXExportTests {
    /// Prints what openpyxl reads in the workbook as JSON: the sheet names; per sheet its values
    /// (row by row), its frozen cell and its filter range; the bold header cells; the fill
    /// (ARGB) of every filled cell of "Heat map", keyed "B2".
    static let workbookReader = """
    import json, sys, openpyxl
    book = openpyxl.load_workbook(sys.argv[1])
    sheets = {}
    for sheet in book.worksheets:
        sheets[sheet.title] = {
            'rows': [list(row) for row in sheet.iter_rows(values_only=True)],
            'frozen': sheet.freeze_panes or '',
            'filter': sheet.auto_filter.ref or '',
            'boldHeader': all(cell.font.b for cell in sheet[1] if cell.value is not None),
        }
    fills = {}
    for row in book['Heat map'].iter_rows():
        for cell in row:
            if cell.fill is not None and cell.fill.fill_type == 'solid':
                fills[cell.coordinate] = cell.fill.fgColor.rgb
    print(json.dumps({'names': book.sheetnames, 'sheets': sheets, 'fills': fills}))
    """

    /// The workbook of a register as openpyxl reads it.
    struct Workbook {
        let names: [String]
        let sheets: [String: [String: Any]]
        let fills: [String: String]

        func rows(_ sheet: String) throws -> [[Any]] {
            try #require(sheets[sheet]?["rows"] as? [[Any]], "no rows in sheet \(sheet)")
        }
    }

    private func exportAndRead(_ stem: String, data: URL) throws -> Workbook {
        try PythonModule.require("openpyxl", package: "openpyxl")
        let file = data.appendingPathComponent("\(stem).xlsx")
        let result = try Binary.run(["export", "--register", stem, "--format", "xlsx", "-o", file.path, "--data", data.path])
        try #require(result.status == 0, "export failed: \(result.stderr)")
        let read = try #require(try PythonCheck.run(Self.workbookReader, on: file) as? [String: Any])
        return Workbook(names: read["names"] as? [String] ?? [], sheets: read["sheets"] as? [String: [String: Any]] ?? [:],
                        fills: read["fills"] as? [String: String] ?? [:])
    }

    private func loadRegister(_ stem: String, in data: URL) throws -> Register {
        let bytes = try [UInt8](Data(contentsOf: data.appendingPathComponent("\(stem).json")))
        return try RegisterFile.decode(bytes).get()
    }

    @Test func q4WorkbookHasTheRegisterSummaryHeatMapAndChanges() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let book = try exportAndRead("lcc-2021-22-q4", data: data)
        let register = try loadRegister("lcc-2021-22-q4", in: data)
        #expect(book.names == ["Register", "Summary", "Heat map", "Changes"])

        // Register: the CSV export's columns, one row per entry, header bold, frozen, filtered.
        let csv = try Binary.run(["export", "--register", "lcc-2021-22-q4", "--format", "csv", "--data", data.path])
        let csvHeader = csv.stdout.split(separator: "\r\n").first.map { $0.split(separator: ",").map(String.init) }
        let rows = try book.rows("Register")
        let header = rows.first?.map { $0 as? String ?? "" } ?? []
        #expect(header == csvHeader, "the CSV export's columns")
        let idColumn = try #require(header.firstIndex(of: "id"))
        let titleColumn = try #require(header.firstIndex(of: "title"))
        #expect(rows.count == register.entries.count + 1)
        for entry in register.entries {
            #expect(rows.contains { $0[idColumn] as? String == entry.id && $0[titleColumn] as? String == entry.title },
                    "\(entry.id) \(entry.title) in Register")
        }
        let scoreColumn = try #require(header.firstIndex(of: "current.score"))
        #expect(rows.dropFirst().first?[scoreColumn] as? Int == 16, "scores are numbers")
        let registerSheet = try #require(book.sheets["Register"])
        #expect(registerSheet["frozen"] as? String == "A2")
        #expect((registerSheet["filter"] as? String ?? "").hasPrefix("A1:"))
        #expect(registerSheet["boldHeader"] as? Bool == true)

        // Summary: Appendix B's rows as printed.
        let summary = try book.rows("Summary")
        #expect(summary.first?.first as? String == "ID")
        let printed = summary.dropFirst().map { row in
            [row[0] as? String ?? "", row[1] as? String ?? "", "\(row[2])", "\(row[3])", row[4] as? String ?? ""]
        }
        #expect(printed == PackCommandTests.appendixB.map { [$0.id, $0.description, "\($0.current)", "\($0.target)", $0.date] })

        // Heat map: a caption row, impact rows 5→1 in columns B–F (likelihood 1→5), per kind.
        let grid = try book.rows("Heat map")
        let open = register.entries.filter { !$0.isClosed }
        for (kind, caption) in [(EntryKind.risk, "Risks"), (.opportunity, "Opportunities")] {
            let top = try #require(grid.firstIndex { ($0.first as? String ?? "").hasPrefix(caption + ":") }, "no \(caption) grid")
            let map = HeatMap(entries: open.filter { $0.kind == kind }, rating: .current)
            for (offset, impact) in Scale.factorRange.reversed().enumerated() {
                let row = grid[top + 1 + offset]
                #expect(row.first as? String == "\(impact) " + (register.scale.impactLabel(impact, for: kind) ?? ""))
                let counts = Scale.factorRange.map { row[$0] as? Int ?? 0 }
                let expected = Scale.factorRange.map { map.ids(likelihood: $0, impact: impact).count }
                #expect(counts == expected, "\(caption), impact \(impact)")
            }
            // Likelihood 5 × impact 5 (25) is in the red band for risks; opportunities read the other way.
            let corner = "F\(top + 2)"
            let band = try #require(register.scale.band(for: 25)).colour(for: kind)
            #expect(band == (kind == .risk ? .red : .green))
            #expect(book.fills[corner] == "FF" + String(band.printRGB, radix: 16, uppercase: true), "\(caption) \(corner): \(book.fills[corner] ?? "no fill")")
        }
        #expect(book.fills["F2"] == "FFEC7063", "the red band's fill")
        #expect(grid.reduce(0) { total, row in total + row.dropFirst().prefix(5).compactMap { $0 as? Int }.reduce(0, +) } == open.count)

        // Changes since 2021/22 Q3: Corp 3 (SEND Partnership Improvement Plan) was removed.
        let changes = try book.rows("Changes")
        #expect(changes.first?.first as? String == "ID")
        #expect(changes.contains { $0[0] as? String == "Corp 3" && $0[1] as? String == "removed"
                                   && $0[2] as? String == "SEND Partnership Improvement Plan" }, "\(changes)")
        #expect(changes.contains { $0[0] as? String == "Corp 4" && ($0[1] as? String ?? "").contains("up") })
    }

    @Test func aRegisterWithoutAPredecessorHasNoChangesSheet() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let book = try exportAndRead("lcc-2016-17-q3", data: data)
        #expect(book.names == ["Register", "Summary", "Heat map"])
    }

    @Test func xlsxGoesWholeToAPipeAndNeverHalfToAFile() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let piped = try Binary.run(["export", "--register", "lcc-2021-22-q4", "--format", "xlsx", "--data", data.path])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("PK"), "a zip archive on the pipe")
        let missing = data.appendingPathComponent("no-such-dir/pack.xlsx")
        let failed = try Binary.run(["export", "--format", "xlsx", "-o", missing.path, "--data", data.path])
        #expect(failed.status != 0 && failed.stderr.contains("cannot write"), "\(failed.stderr)")
        let target = data.appendingPathComponent("pack.xlsx")
        let unknown = try Binary.run(["export", "--register", "2030/31 Q1", "--format", "xlsx", "-o", target.path, "--data", data.path])
        #expect(unknown.status == 2)
        #expect(!FileManager.default.fileExists(atPath: target.path))
        let written = try Binary.run(["export", "--register", "lcc-2021-22-q4", "--format", "xlsx", "-o", target.path, "--data", data.path])
        #expect(written.status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
