import RegisterCommands
import RiskRegister
import Testing

/// `riskreg review-status`'s lines and JSON.
@Suite(.timeLimit(.minutes(15)))
struct ReviewStatusReportTests {
    @Test func noShippedEntryIsReviewed() throws {
        let report = ReviewStatusReport(try ShippedData.register("lcc-2021-22-q4"))
        #expect(!report.isComplete)
        #expect(report.lines.count == 10)
        #expect(report.lines[0] == "Corporate Risk & Opportunity Register 2021/22 Q4 (lcc-2021-22-q4.json): 0 of 8 open entries reviewed "
                + "(no start recorded: any review counts)")
        #expect(report.lines[1] == "ID      REVIEW        AT  BY  OUTCOME")
        #expect(report.lines[2] == "Corp 1  not reviewed")
        #expect(report.json["notReviewed"]?.elements.count == 8)
        #expect(report.json["started"] == .null)
    }

    @Test func reviewsSinceTheStartCountAndClosedEntriesAreLeftOut() {
        var register = SampleRegister.make(entries: [
            Entry(id: "R1", kind: .risk, title: "Reviewed",
                  reviews: [Review(at: "2022-04-20T10:00:00Z", by: "Ann", outcome: .changed, note: "lower now")]),
            Entry(id: "R2", kind: .risk, title: "Old review", reviews: [Review(at: "2022-03-01T10:00:00Z", by: "Bob", outcome: .noChange)]),
            Entry(id: "R3", kind: .risk, status: EntryStatus(state: .closed), title: "Closed"),
        ])
        register.started = "2022-04-01T00:00:00Z"
        let report = ReviewStatusReport(SampleRegister.loaded(register))
        #expect(report.open.map(\.id) == ["R1", "R2"])
        #expect(report.reviewed.map(\.id) == ["R1"])
        #expect(report.lines == [
            "Test Register 2022/23 Q1 (test-2022-23-q1.json): 1 of 2 open entries reviewed since 2022-04-01T00:00:00Z",
            "ID  REVIEW        AT                    BY   OUTCOME",
            "R1  reviewed      2022-04-20T10:00:00Z  Ann  changed: lower now",
            "R2  not reviewed",
        ])
        #expect(report.json["reviewed"] == .array([.object(["id": .string("R1"), "at": .string("2022-04-20T10:00:00Z"), "by": .string("Ann"),
                                                             "outcome": .string("changed"), "note": .string("lower now")])]))
        #expect(report.json["notReviewed"] == .array([.string("R2")]))
    }

    @Test func withNoOpenEntryItIsCompleteAndHasNoTable() {
        let register = SampleRegister.make(entries: [Entry(id: "R3", kind: .risk, status: EntryStatus(state: .closed), title: "Closed")])
        let report = ReviewStatusReport(SampleRegister.loaded(register))
        #expect(report.isComplete)
        #expect(report.lines == ["Test Register 2022/23 Q1 (test-2022-23-q1.json): 0 of 0 open entries reviewed (no start recorded: any review counts)"])
    }
}
