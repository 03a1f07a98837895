import Testing
@testable import RiskRegister

/// The commit message of a save: entries and fields from the history records the save added.
@Suite(.timeLimit(.minutes(15))) struct SaveCommitMessageTests {
    @Test func namesTheEntriesAndFieldsTheSaveRecorded() {
        let before = Fixtures.register()
        var edited = before
        edited.entries[0].owner = "Ann"
        edited.entries[0].current = Rating(likelihood: 2, impact: 4, score: 8)
        edited.entries[1].title = "Greener fleet"
        let saved = HistoryRecorder.recording(edited, since: before, at: "2026-11-27T10:00:00Z", author: "ann")
        let message = SaveCommitMessage.text(name: "lcc-2022-23-q1", before: before, saved: saved)
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "riskreg: update lcc-2022-23-q1 (R1, O1)")
        #expect(lines[1].isEmpty)
        #expect(lines.contains("R1: owner, current"))
        #expect(lines.contains("O1: title"))
    }

    @Test func registerKeysAndRemovedEntriesAreNamedAndManyEntriesShortened() {
        let before = Fixtures.register(entries: (1...6).map { Entry(id: "R\($0)", kind: .risk, title: "T\($0)") })
        var saved = before
        saved.title = "Renamed"
        saved.entries.removeAll()
        let message = SaveCommitMessage.text(name: "x", before: before, saved: saved)
        #expect(message.hasPrefix("riskreg: update x (R1, R2, R3, R4 and 2 more)\n\n"))
        #expect(message.contains("R6: removed"))
        #expect(message.hasSuffix("register: title"))
        #expect(SaveCommitMessage.text(name: "x", before: before, saved: before) == "riskreg: update x")
        var one = before
        one.entries[2].owner = "Ann"
        let recorded = HistoryRecorder.recording(one, since: before, at: "t", author: "ann")
        #expect(SaveCommitMessage.text(name: "x", before: before, saved: recorded) == "riskreg: update x (R3: owner)\n\nR3: owner")
    }

    @Test func idsAndNamesFromTheFileCannotForgeLinesOrDriveATerminal() {
        let before = Fixtures.register(entries: [Entry(id: "R1\nSigned-off-by: Mallory <m@example.org>", uid: "u1", kind: .risk, title: "t"),
                                                 Entry(id: "R2\u{1B}]0;owned\u{07}", uid: "u2", kind: .risk, title: "t")])
        var edited = before
        edited.entries[0].owner = "Ann"
        edited.entries[1].owner = "Bob"
        let saved = HistoryRecorder.recording(edited, since: before, at: "t", author: "ann")
        let message = SaveCommitMessage.text(name: "x\u{1B}[2J", before: before, saved: saved)
        #expect(!message.split(separator: "\n").contains { $0.hasPrefix("Signed-off-by:") }, "\(message)")
        #expect(!message.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(message)")
        #expect(message.hasPrefix("riskreg: update x\\u{1B}[2J (R1\\u{A}Signed-off-by: Mallory <m@example.org>, R2\\u{1B}]0;owned\\u{7})"))
    }

    @Test func aRenumberedEntryIsNamedByItsNewIdNotAsRemoved() {
        let before = Fixtures.register()
        var edited = before
        edited.entries[0].id = "R9"
        let saved = HistoryRecorder.recording(edited, since: before, at: "t", author: "ann")
        #expect(SaveCommitMessage.text(name: "x", before: before, saved: saved) == "riskreg: update x (R9: id)\n\nR9: id")
    }
}
