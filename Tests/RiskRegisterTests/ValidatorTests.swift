import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct ValidatorTests {
    private func warnings(_ entries: [Entry]) -> [String] {
        Validator.validate(Fixtures.register(entries: entries)).filter { $0.severity == .warning }.map(\.description)
    }

    @Test func aCleanRegisterHasNoWarnings() {
        #expect(Validator.validate(Fixtures.register()).isEmpty)
    }

    @Test func printedScoreDifferingFromTheProductIsAWarning() {
        let entry = Entry(id: "Corp 4", kind: .risk, title: "t", owner: "o",
                          current: Rating(likelihood: 3, impact: 2, score: 20))
        #expect(warnings([entry]) == ["warning: entry Corp 4, field current.score: printed score 20 is not likelihood × impact = 3 × 2 = 6"])
    }

    @Test func riskTargetOrResidualAboveCurrentIsAWarning() {
        let entry = Entry(id: "R", kind: .risk, title: "t", owner: "o", current: Rating(score: 6),
                          target: Rating(score: 20), residual: Rating(score: 8))
        #expect(warnings([entry]) == [
            "warning: entry R, field target.score: target score 20 is above the current score 6 for a risk",
            "warning: entry R, field residual.score: residual score 8 is above the current score 6 for a risk",
        ])
    }

    @Test func opportunityTargetBelowCurrentIsAWarningButAboveIsNot() {
        let rising = Entry(id: "O1", kind: .opportunity, title: "t", owner: "o", current: Rating(score: 12), residual: Rating(score: 16))
        let falling = Entry(id: "O2", kind: .opportunity, title: "t", owner: "o", current: Rating(score: 12), target: Rating(score: 9))
        #expect(warnings([rising, falling]) == [
            "warning: entry O2, field target.score: target score 9 is below the current score 12 for an opportunity",
        ])
    }

    @Test func missingOwnerIsAWarning() {
        let entries = [Entry(id: "A", kind: .risk, title: "t"), Entry(id: "B", kind: .risk, title: "t", owner: "  ")]
        #expect(warnings(entries) == ["warning: entry A, field owner: no owner", "warning: entry B, field owner: no owner"])
    }

    @Test func twoEntriesShowingOneIdAreAWarningNamingBoth() {
        let first = Entry(id: "CR1", uid: "aaa", kind: .risk, title: "Budget", owner: "o")
        let second = Entry(id: "cr 1", uid: "bbb", kind: .risk, title: "Flooding", owner: "o")
        let found = warnings([first, second])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("warning: entry cr 1, field id: two entries show the id \"CR1\"") == true)
        #expect(found.first?.contains("\"Budget\" (uid aaa)") == true && found.first?.contains("\"Flooding\" (uid bbb)") == true)
        #expect(warnings([first, Entry(id: "CR2", uid: "ccc", kind: .risk, title: "t", owner: "o")]).isEmpty)
    }

    @Test func factorOutsideOneToFiveIsAWarning() {
        let entry = Entry(id: "X", kind: .risk, title: "t", owner: "o", current: Rating(likelihood: 0, impact: 6))
        #expect(warnings([entry]) == [
            "warning: entry X, field current.likelihood: likelihood 0 is outside 1–5",
            "warning: entry X, field current.impact: impact 6 is outside 1–5",
        ])
    }

    @Test func notesAreReportedAsNotesNotWarnings() {
        let entry = Entry(id: "CR1", kind: .risk, title: "t", owner: "o", notes: ["No current score is printed."])
        let found = Validator.validate(Fixtures.register(entries: [entry]))
        #expect(found == [Diagnostic(.note, entryID: "CR1", field: "notes", "No current score is printed.")])
    }
}
