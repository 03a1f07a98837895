import Foundation
import Testing

/// The risk appetite on the command line: `list --outside-appetite`, the summary's flag and the
/// committee packs, on a temporary copy of Data/ whose 2021/22 Q4 states an appetite.
@Suite(.timeLimit(.minutes(20))) struct AppetiteCommandTests {
    /// A copy of Data/ with `appetite` added to 2021/22 Q4 (key order is not kept; riskreg reads any).
    private func dataDirectory(appetite: [String: Any]?) throws -> URL {
        let data = try Binary.temporaryData()
        guard let appetite else { return data }
        let url = data.appendingPathComponent("lcc-2021-22-q4.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        object["appetite"] = appetite
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        return data
    }

    @Test func listShowsOnlyTheRisksOutsideAppetiteAndFlagsThemOtherwise() throws {
        let data = try dataDirectory(appetite: ["default": 12, "types": ["Economic": "cautious"]])
        defer { try? FileManager.default.removeItem(at: data) }
        let outside = try Binary.run(["list", "--register", "lcc-2021-22-q4", "--outside-appetite", "--data", data.path])
        #expect(outside.status == 0, "\(outside.stderr)")
        let ids = outside.stdout.split(separator: "\n").dropFirst(2).map { String($0.prefix(8)).trimmingCharacters(in: .whitespaces) }
        #expect(ids == ["Corp 1", "Corp 4", "Corp 5", "Corp 6", "Corp 7"], "\(outside.stdout)")
        let all = try Binary.run(["list", "--register", "lcc-2021-22-q4", "--data", data.path])
        let lines = all.stdout.split(separator: "\n").map(String.init)
        #expect(lines[1].contains("APPETITE"))
        #expect(lines.filter { $0.contains(" outside ") }.count == 5, "\(all.stdout)")

        let summary = try Binary.run(["summary", "--register", "lcc-2021-22-q4", "--format", "json", "--data", data.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.filter { $0["outsideAppetite"] as? Bool == true }.map { $0["id"] as? String }
                == ["Corp1", "Corp4", "Corp5", "Corp6", "Corp7"])
        let text = try Binary.run(["summary", "--register", "lcc-2021-22-q4", "--data", data.path])
        #expect(text.stdout.contains("Appetite 12; Economic cautious (9): 5 risks outside"), "\(text.stdout)")
    }

    @Test func aRegisterWithoutAppetiteIsAnErrorForTheFilterAndPrintsNoColumn() throws {
        let data = try dataDirectory(appetite: nil)
        defer { try? FileManager.default.removeItem(at: data) }
        let outside = try Binary.run(["list", "--register", "lcc-2021-22-q4", "--outside-appetite", "--data", data.path])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("lcc-2021-22-q4.json states no risk appetite"), "\(outside.stderr)")
        #expect(outside.stdout.isEmpty)
        let all = try Binary.run(["list", "--register", "lcc-2021-22-q4", "--data", data.path])
        #expect(!all.stdout.contains("APPETITE"))
    }

    /// The HTML, Markdown and XLSX packs state the appetite, mark the risks outside it, and mark
    /// Corp 4's printed 20 (likelihood 3 × impact 2) as the browser and `heatmap` do; read by
    /// python's html.parser and openpyxl.
    @Test func thePacksStateTheAppetiteAndMarkTheHeatMapAsTheBrowserDoes() throws {
        let data = try dataDirectory(appetite: ["default": 12, "types": ["Economic": "cautious"]])
        defer { try? FileManager.default.removeItem(at: data) }
        let statement = "Risk appetite: 12; Economic cautious (9)."

        let html = data.appendingPathComponent("pack.html")
        let exported = try Binary.run(["export", "--register", "lcc-2021-22-q4", "--format", "html", "-o", html.path, "--data", data.path])
        try #require(exported.status == 0, "\(exported.stderr)")
        let page = try #require(try PythonCheck.run(PythonCheck.htmlReader, on: html) as? [String: Any])
        #expect((page["errors"] as? [String]) == [])
        let text = try #require(page["text"] as? String)
        #expect(text.contains(statement), "the appetite stated")
        #expect(text.contains("Corp 4 ≠20 ▴"), "Corp 4 marked printed 20 and outside the appetite")
        #expect(text.contains("1 ≠"), "its cell's count marked")
        #expect(text.components(separatedBy: "outside ▴").count - 1 == 5, "five risks outside in the profile")

        let markdown = try Binary.run(["export", "--register", "lcc-2021-22-q4", "--format", "md", "--data", data.path])
        #expect(markdown.stdout.contains("Risk appetite\\: 12; Economic cautious \\(9\\)"), "the appetite stated (Markdown escaped)")
        #expect(markdown.stdout.contains("| Direction of travel | Appetite |"))
        #expect(markdown.stdout.components(separatedBy: "outside ▴").count - 1 == 5)

        let xlsx = data.appendingPathComponent("pack.xlsx")
        let workbook = try Binary.run(["export", "--register", "lcc-2021-22-q4", "--format", "xlsx", "-o", xlsx.path, "--data", data.path])
        try #require(workbook.status == 0, "\(workbook.stderr)")
        let read = try #require(try PythonCheck.run(XLSXExportTests.workbookReader, on: xlsx) as? [String: Any])
        let sheets = try #require(read["sheets"] as? [String: [String: Any]])
        let summary = try #require(sheets["Summary"]?["rows"] as? [[Any]])
        #expect(summary.first?.last as? String == "APPETITE")
        #expect(summary.dropFirst().filter { $0.last as? String == "outside" }.count == 5)
        let heatMap = try #require(sheets["Heat map"]?["rows"] as? [[Any]])
        let cells = heatMap.flatMap { $0.compactMap { $0 as? String } }
        #expect(heatMap.first?.first as? String == statement + " A risk whose current score is above its limit is outside the appetite (▴).")
        let formats = try Spawn.run(["python3", "-c", """
            import openpyxl, sys
            sheet = openpyxl.load_workbook(sys.argv[1])['Heat map']
            print('\\n'.join(f'{c.coordinate} {c.value} {c.number_format}' for row in sheet.iter_rows() for c in row if '≠' in c.number_format))
            """, xlsx.path])
        // Row 7 is impact 2 (rows 1-2 state the appetite, row 3 is the caption), column D likelihood 3.
        #expect(formats.output.split(separator: "\n") == ["D7 1 0 \"≠\""], "the count stays a number, shown as 1 ≠: \(formats.output)")
        #expect(cells.contains { $0.contains("Corp 4 ≠20 ▴") })
    }
}
