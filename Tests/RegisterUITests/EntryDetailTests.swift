@testable import RegisterUI
import RiskRegister
import Testing

@Suite("Entry detail")
struct EntryDetailTests {
    @Test func historyIsTheFootOfTheDetailWithWhenWhoFieldBeforeAndAfter() {
        let entry = Entry(id: "CR1", kind: .risk, title: "Budget", owner: "S151",
                          notes: ["An oddity."], source: EntrySource(document: "seed.txt", firstLine: 3, lastLine: 9),
                          history: [Change(at: "2026-11-22T10:00:00Z", author: "alice", field: "owner", before: "MT", after: "S151")])
        let lines = EntryDetail.lines(for: entry, scale: .standard)
        let sections = lines.filter { $0.role == .section }.map(\.text)
        #expect(sections.suffix(3) == ["Notes", "Source", "History"])
        #expect(lines.last == DetailLine(.bullet(level: 0), "2026-11-22T10:00:00Z alice owner: MT → S151"))
    }

    @Test func scoreOnlyRatingsSaySoAndPrintedWordsAreShown() {
        let entry = Entry(id: "Corp 1", kind: .risk, title: "t",
                          current: Rating(likelihood: 4, impact: 4, score: 16, likelihoodText: "Major (4)"),
                          residual: Rating(score: 12))
        let fields = EntryDetail.lines(for: entry, scale: .standard).map(\.text)
        #expect(fields.contains("Current: 16 High · likelihood 4 Likely (printed \"Major (4)\") · impact 4 Major"))
        #expect(fields.contains("Residual: 12 High · score only"))
        #expect(fields.contains("Target: not printed"))
    }
}
