@testable import RegisterUI
import RiskRegister
import Testing

@Suite("Entry detail", .timeLimit(.minutes(15)))
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

    @Test func theRecordSaysWhatTheEntryContinuesOnlyWhereItNamesIdsAndTheBrowserShowsItsIdentity() {
        let plain = Entry(id: "CR1", uid: "3fa2b1c0d4e5", kind: .risk, title: "Budget")
        let browser = EntryDetail.annotatedLines(for: plain, scale: .standard, showsIdentity: true).map(\.line)
        #expect(browser.contains(DetailLine(.field, "Identity: 3fa2b1c0d4e5", dim: true)))
        #expect(!browser.contains { $0.text.hasPrefix("Continues") }, "nothing precedes it by name")
        #expect(!EntryDetail.lines(for: plain, scale: .standard).contains { $0.text.hasPrefix("Identity") })
        let renumbered = Entry(id: "Corp 3", kind: .risk, previousIds: ["CR4"], title: "Budget")
        #expect(EntryDetail.lines(for: renumbered, scale: .standard).contains(DetailLine(.field, "Continues: CR4")))
        let fresh = Entry(id: "CR1", kind: .risk, previousIds: [], title: "Budget")
        #expect(EntryDetail.lines(for: fresh, scale: .standard)
                .contains(DetailLine(.field, "Continues: none (a new entry, whatever its id)")))
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
