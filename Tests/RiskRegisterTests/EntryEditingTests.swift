import Testing
@testable import RiskRegister

/// The edit rules shared by the commands for scripts (and meant for the browser): text fields,
/// rescoring, progress notes.
@Suite(.timeLimit(.minutes(15))) struct EntryEditingTests {
    let register: Register = {
        var register = Fixtures.register()
        register.entries = [
            Entry(id: "CR1", kind: .risk, title: "Funding", owner: "S151",
                  current: Rating(likelihood: 3, impact: 2, score: 20, likelihoodText: "Possible", impactText: "Minor")),
            Entry(id: "CR2", kind: .risk, title: "Workforce"),
        ]
        return register
    }()

    @Test func aRescoreTakesTheProductAndClearsThePrintedWords() throws {
        let rating = try Rescore.rating(register.entries[0].current, likelihood: 2, impact: 4)
        #expect(rating == Rating(likelihood: 2, impact: 4, score: 8))
        #expect(throws: EditRefusal("likelihood 7 is not 1–5")) { try Rescore.rating(.empty, likelihood: 7, impact: 1) }
        #expect(throws: EditRefusal("impact 0 is not 1–5")) { try Rescore.rating(.empty, likelihood: 1, impact: 0) }
        let entry = try Rescore.entry(register.entries[0], .target, likelihood: 1, impact: 1)
        #expect(entry.target.score == 1 && entry.current == register.entries[0].current)
    }

    @Test func factorsAreNumbersOrKeyToScoresWords() {
        #expect(Rescore.factor("4", labels: Scale.standard.likelihood) == 4)
        #expect(Rescore.factor(" likely ", labels: Scale.standard.likelihood) == 4)
        #expect(Rescore.factor("Outstanding", labels: Scale.standard.opportunityImpact) == 5)
        #expect(Rescore.factor("Outstanding", labels: Scale.standard.impact) == nil)
    }

    @Test func textFieldsFollowTheBrowsersRules() throws {
        #expect(try EntryTextField.owner.applying("", toEntryAt: 0, of: register).owner == nil)
        #expect(try EntryTextField.direction.applying("Improving", toEntryAt: 0, of: register).direction.text == "Improving")
        #expect(try EntryTextField.confidence.applying("g a - r", toEntryAt: 0, of: register).confidence.quarters == [.green, .amber, nil, .red])
        #expect(try EntryTextField.kind.applying("Opportunity", toEntryAt: 0, of: register).kind == .opportunity)
        #expect(try EntryTextField.id.applying(" CR9 ", toEntryAt: 0, of: register).id == "CR9")
        #expect(throws: EditRefusal("an entry needs a title")) { try EntryTextField.title.applying(" ", toEntryAt: 0, of: register) }
        #expect(throws: EditRefusal("CR2 is another entry's id")) { try EntryTextField.id.applying("CR2", toEntryAt: 0, of: register) }
        #expect(throws: EditRefusal.self) { try EntryTextField.confidence.applying("g q a r", toEntryAt: 0, of: register) }
        #expect(EntryTextField.confidence.text(of: try EntryTextField.confidence.applying("gaxr", toEntryAt: 0, of: register)) == "g a - r")
    }

    @Test func aProgressNoteGoesOnTopWithDateAndAuthor() throws {
        let once = try ProgressNote.adding("First", to: register.entries[0], date: "2026-11-27", author: "alice")
        let twice = try ProgressNote.adding("Second", to: once, date: "2026-11-28", author: "bob")
        #expect(twice.progress.map(\.text) == ["Second", "First"])
        #expect(twice.progress[0].date == "2026-11-28" && twice.progress[0].author == "bob")
        #expect(throws: EditRefusal("a progress note needs text")) { try ProgressNote.adding(" \n", to: once, date: "", author: "") }
    }
}
