import RegisterCommands
import RiskRegister
import Testing

/// `riskreg show`'s text.
@Suite(.timeLimit(.minutes(15)))
struct EntryReportTests {
    @Test func theDetailWithTheEntrysIdentityAfterItsFirstLine() throws {
        let q4 = try ShippedData.register("lcc-2021-22-q4")
        let entry = try #require(q4.register.entry(id: "Corp 4"))
        let lines = EntryReport.text(entry, scale: q4.register.scale).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Corp 4 · risk · Integration & Innovation")
        #expect(lines[1] == "Identity: cecc828e1c16")
        #expect(lines[2] == "Owner: Adult Social Care in conjunction with CMT and partners")
        #expect(lines[3] == "Current: 20 Very high · ≠ printed 20, not 3 × 2 = 6 · likelihood 3 Possible · impact 2 Minor")
        #expect(lines.contains("DESCRIPTION"))
        #expect(lines.contains { $0.hasPrefix("  • Earlier this year, the Department of Health and Social Care") })
        #expect(lines.contains { $0.hasPrefix("    • Making Integrated Care Systems (ICS) statutory bodies") })
        #expect(lines.last == "")
        #expect(!lines.contains("REVIEWS"))
    }

    @Test func theCyclesFieldsAndTheReviewsAreSaid() {
        let entry = Entry(id: "R2", uid: "3fa2b1c0d4e5", kind: .risk, previousIds: ["CR4"],
                          links: [EntryLink(kind: .escalatedTo, uid: "aaaaaaaaaaaa", register: "lcc-2021-22-q4", id: "Corp 4")],
                          status: EntryStatus(state: .closed, at: "2022-05-01T09:00:00Z", by: "A. Officer", reason: "merged into Corp 2"),
                          title: "Budget",
                          reviews: [Review(at: "2022-04-02T10:00:00Z", by: "B. Officer", outcome: .noChange, note: "still high")])
        let text = EntryReport.text(entry, scale: .standard)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1] == "Status: closed 2022-05-01T09:00:00Z by A. Officer: merged into Corp 2")
        #expect(lines[2] == "Continues: CR4")
        #expect(lines[3] == "Identity: 3fa2b1c0d4e5")
        #expect(lines[4] == "Escalated to: Corp 4 (lcc-2021-22-q4)")
        #expect(text.hasSuffix("\nREVIEWS\n  • 2022-04-02T10:00:00Z B. Officer: no change: still high\n"))
    }

    @Test func anEmptyListOfEarlierIdsSaysSo() {
        let entry = Entry(id: "R3", kind: .risk, previousIds: [], title: "New")
        #expect(EntryReport.text(entry, scale: .standard).contains("\nContinues: no earlier entry\n"))
    }
}
