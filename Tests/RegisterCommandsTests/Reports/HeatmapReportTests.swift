import RegisterCommands
import RiskRegister
import Testing

/// `riskreg heatmap`'s lines.
@Suite(.timeLimit(.minutes(15)))
struct HeatmapReportTests {
    @Test func theGridCountsTheOpenEntriesByTheirCurrentRating() throws {
        let lines = HeatmapReport(try ShippedData.register("lcc-2021-22-q4"), view: .current, kind: .all).lines(colour: false)
        #expect(lines == [
            "Corporate Risk & Opportunity Register 2021/22 Q4 (lcc-2021-22-q4): current ratings of 8 risks and opportunities",
            "5 Catastrophic/Outstanding   ·         ·         ·         ·         ·",
            "4 Major                      ·         ·         1         3         1",
            "3 Moderate                   ·         ·         ·         ·         1",
            "2 Minor                      ·         ·         2≠        ·         ·",
            "1 Insignificant              ·         ·         ·         ·         ·",
            "                           Rare      Unlikely  Possible  Likely    Certain",
            "                           likelihood →   (impact ↑)",
            "likelihood 3 × impact 4 (12): Corp 2",
            "likelihood 4 × impact 4 (16): Corp 1, Corp 5, Corp 7",
            "likelihood 5 × impact 4 (20): Corp 6",
            "likelihood 5 × impact 3 (15): CO1",
            "likelihood 3 × impact 2 (6): Corp 4 ≠20, CO2",
            "≠N: the score printed is N, not likelihood × impact; the entry sits in the cell of its likelihood and impact, "
                + "and the score is kept as printed",
        ])
    }

    @Test func anotherRatingAndKindCountOnlyThose() throws {
        let lines = HeatmapReport(try ShippedData.register("lcc-2021-22-q4"), view: .target, kind: .risk).lines(colour: false)
        #expect(lines[0] == "Corporate Risk & Opportunity Register 2021/22 Q4 (lcc-2021-22-q4): target ratings of 6 risks")
        #expect(lines[1] == "5 Catastrophic    ·         ·         ·         ·         ·")
        #expect(lines[2] == "4 Major           ·         2         1         ·         1≠")
        #expect(lines.contains("likelihood 2 × impact 4 (8): Corp 2, Corp 5"))
        #expect(!lines.contains { $0.contains("CO1") })
    }

    @Test func colourPaintsEachCellOfTheGridOnItsBand() throws {
        let lines = HeatmapReport(try ShippedData.register("lcc-2021-22-q4"), view: .current, kind: .all).lines(colour: true)
        let grid = lines[1...5]
        #expect(grid.allSatisfy { $0.components(separatedBy: "\u{1B}[30;48;5;").count == 6 })
        // Impact 5, likelihood 5 (25) is red; impact 1, likelihood 1 (1) is green.
        #expect(lines[1].hasSuffix("\u{1B}[30;48;5;203m  ·       \u{1B}[0m"))
        #expect(lines[5].contains("\u{1B}[30;48;5;114m  ·       \u{1B}[0m"))
        #expect(!lines[0].contains("\u{1B}") && !lines[6].contains("\u{1B}"))
    }

    @Test func scoreOnlyAndUnratedEntriesAreListedOffTheGrid() {
        let register = SampleRegister.make(entries: [
            Entry(id: "R1", kind: .risk, title: "Scored", current: Rating(score: 12)),
            Entry(id: "R2", kind: .risk, title: "Unrated"),
            Entry(id: "R3", kind: .risk, status: EntryStatus(state: .closed), title: "Closed", current: Rating(likelihood: 5, impact: 5)),
        ])
        let lines = HeatmapReport(SampleRegister.loaded(register), view: .current, kind: .risk).lines(colour: false)
        #expect(lines[0] == "Test Register 2022/23 Q1 (test-2022-23-q1): current ratings of 2 risks")
        #expect(lines.suffix(2) == ["score only 12: R1", "not rated: R2"])
        #expect(lines[1] == "5 Catastrophic    ·         ·         ·         ·         ·")
    }

    @Test func aRegistersTextsAreMadeSafe() {
        var register = SampleRegister.make()
        register.title = "Title\u{1B}]0;owned\u{7}"
        let lines = HeatmapReport(SampleRegister.loaded(register), view: .current, kind: .all).lines(colour: false)
        #expect(lines[0].hasPrefix("Title\\u{1B}]0;owned\\u{7} 2022/23 Q1"))
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains { SafeText.isUnsafe($0) } })
    }
}
