import Testing
@testable import RiskRegister

/// A register diff in words (`riskreg diff`, git's diff driver).
@Suite(.timeLimit(.minutes(15))) struct RegisterDiffTests {
    @Test func identicalRegistersHaveNoDifference() {
        #expect(RegisterDiff(before: Fixtures.register(), after: Fixtures.register()).isEmpty)
    }

    @Test func everyKindOfChangeIsOneLineInWords() {
        let before = Fixtures.register()
        var after = before
        after.title = "Renamed"
        after.entries[0].current = Rating(likelihood: 2, impact: 4, score: 8)
        after.entries[0].controls[0].text = "Weekly monitoring"
        after.entries[0].progress.append(Item(id: "p1", text: "Board briefed"))
        after.entries[0].notes = ["Checked"]
        after.entries[0].history.append(Change(at: "2026-01-01T00:00:00Z", author: "Ann", field: "owner", before: nil, after: "x"))
        after.entries.remove(at: 1)
        after.entries.append(Entry(id: "R9", kind: .risk, title: "Cyber attack"))
        let lines = RegisterDiff(before: before, after: after).changes.map(\.line)
        #expect(lines == [
            "register · title: “Corporate Risk & Opportunity Register” → “Renamed”",
            "R9 added: Cyber attack",
            "O1 removed: Green fleet",
            "R1 · controls: “Monthly monitoring” [Finance] → “Weekly monitoring” [Finance]",
            "R1 · progress: added “Board briefed”",
            "R1 · current: 16 (4 × 4) → 8 (2 × 4)",
            "R1 · notes: added “Checked”",
            "R1 · history: added 1 record",
        ])
    }

    @Test func aPrintedScoreThatIsNotTheProductIsSaidSo() {
        let before = Fixtures.register()
        var after = before
        after.entries[0].current = Rating(likelihood: 3, impact: 2, score: 20)
        #expect(RegisterDiff(before: before, after: after).changes.map(\.line) == ["R1 · current: 16 (4 × 4) → 20 (3 × 2, printed)"])
    }

    @Test func textconvGivesOneLineOfWordsPerValue() {
        let lines = RegisterText.lines(of: Fixtures.register())
        #expect(lines.contains("R1 · current: 16 (4 × 4)"))
        #expect(lines.contains("R1 · controls: “Monthly monitoring” [Finance]"))
        #expect(lines.contains("R1 · owner: “Section 151 Officer”"))
    }
}
