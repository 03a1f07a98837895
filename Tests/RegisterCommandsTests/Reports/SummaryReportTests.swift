import RegisterCommands
import RiskRegister
import Testing

/// `riskreg summary` in each format.
@Suite(.timeLimit(.minutes(15)))
struct SummaryReportTests {
    private func q4Summary() throws -> SummaryReport {
        let q4 = try ShippedData.register("lcc-2021-22-q4")
        return SummaryReport(q4, predecessor: PredecessorLookup.register(before: q4, among: try ShippedData.all()))
    }

    @Test func thePrintedProfileWithWhatMovedSinceThePreviousQuarter() throws {
        let lines = try q4Summary().lines
        #expect(lines.count == 10)
        #expect(lines[0] == "Summary risk profile: Corporate Risk & Opportunity Register 2021/22 Q4 (lcc-2021-22-q4), as printed; moved since lcc-2021-22-q3")
        #expect(lines[1] == "ID     DESCRIPTION                                            CURRENT  TARGET  TARGET DATE          Q1  Q2  Q3  Q4  DIRECTION")
        #expect(lines[4] == "Corp4  Integration & Innovation                               20       6       March 2022           -   -   -   -   +ve (↑ up)")
    }

    @Test func withoutAPredecessorTheRowsAreComputedAndNothingMoved() throws {
        let q3 = try ShippedData.register("lcc-2016-17-q3")
        let report = SummaryReport(q3, predecessor: nil)
        #expect(report.lines[0] == "Summary risk profile: Corporate Risk & Opportunity Register 2016/17 Q3 (lcc-2016-17-q3), computed from the entries")
        #expect(report.json["previous"] == .null)
        #expect(report.json["printed"] == .bool(false))
    }

    @Test func csvMarkdownAndJSONCarryTheSameRows() throws {
        let report = try q4Summary()
        let csv = String(decoding: report.csv(), as: UTF8.self)
        #expect(csv.hasPrefix("ID,DESCRIPTION,CURRENT,TARGET,TARGET DATE,Q1,Q2,Q3,Q4,DIRECTION,STALE\r\n"))
        #expect(csv.contains("\r\nCorp2,Family Safeguarding Model,12,8,March 2022,,,,,'+ve (→ level),\r\n"))
        let markdown = report.markdown.split(separator: "\n")
        #expect(markdown.count == 10)
        #expect(markdown[0] == "| ID | Description | Current | Target | Target date | Q1 | Q2 | Q3 | Q4 | Direction of travel |")
        #expect(markdown[3] == "| Corp2 | Family Safeguarding Model | 12 | 8 | March 2022 | \\- | \\- | \\- | \\- | \\+ve \\(→ level\\) |")
        let json = report.json
        #expect(json.keys == ["register", "period", "printed", "goal", "previous", "rows"])
        #expect(json["previous"] == .string("lcc-2021-22-q3"))
        #expect(json["rows"]?.elements.count == 8)
        #expect(json["rows"]?[0]?["confidence"] == .object(["q1": .null, "q2": .null, "q3": .null, "q4": .null]))
        #expect(json["rows"]?[2]?["movement"] == .string("up"))
    }

    @Test func aRegisterWithAnAppetiteCountsTheRisksOutsideIt() throws {
        var loaded = try ShippedData.register("lcc-2021-22-q4")
        loaded.register.appetite = RiskAppetite(defaultLimit: .score(15))
        let report = SummaryReport(loaded, predecessor: nil)
        #expect(report.lines[1].hasSuffix("  APPETITE"))
        #expect(report.lines.last == "Appetite 15: 5 risks outside")
    }
}
