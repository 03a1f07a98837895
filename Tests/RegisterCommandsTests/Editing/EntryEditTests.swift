import Foundation
import RegisterCommands
import RiskRegister
import Testing

/// One entry edited and saved by a command for scripts.
@Suite(.timeLimit(.minutes(15)))
struct EntryEditTests {
    private let environment = ["HOME": "/nonexistent", "GIT_CONFIG_NOSYSTEM": "1"]

    @Test func theEntryIsFoundAsTypedEditedAndSavedWithItsHistory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let loaded = try scratch.write(SampleRegister.make(), as: "r.json")
        let edit = try EntryEdit(loaded, id: "o 1")
        #expect(edit.index == 1)
        #expect(edit.before.id == "O1")
        let after = try edit.applying(try FieldEdit(field: "OWNER", value: "Director of Fleet"))
        #expect(after.owner == "Director of Fleet")
        let saved = try edit.save(after, author: "tester", environment: environment)
        let entry = try RegisterStore.load(loaded.url).get().register.entries[1]
        #expect(entry.owner == "Director of Fleet")
        #expect(entry.history.last?.author == "tester")
        #expect(entry.history.last?.field == "owner")
        #expect(saved.register.entries[1] == entry)
        #expect(try edit.commit(saved, asked: false, author: "tester", environment: environment) == nil)
    }

    @Test func aRefusedValueChangesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let loaded = try scratch.write(SampleRegister.make(), as: "r.json")
        let failure = #expect(throws: CommandFailure.self) {
            try EntryEdit(loaded, id: "R1").applying(try FieldEdit(field: "title", value: ""))
        }
        #expect(failure?.message.hasPrefix("r.json: R1: ") == true)
        #expect(failure?.message.hasSuffix("; nothing changed") == true)
        #expect(failure?.code == 2)
    }

    @Test func aFileChangedSinceItWasLoadedIsNotSaved() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let loaded = try scratch.write(SampleRegister.make(), as: "r.json")
        var other = SampleRegister.make()
        other.title = "Changed meanwhile"
        try scratch.write(other, as: "r.json")
        let edit = try EntryEdit(loaded, id: "R1")
        let after = try edit.applying(try FieldEdit(field: "owner", value: "Ann"))
        let failure = #expect(throws: CommandFailure.self) { try edit.save(after, author: "tester", environment: environment) }
        #expect(failure?.message == "\(loaded.url.path) changed on disk since it was loaded; not saved "
                + "(run the command again to change the file as it is now)")
        #expect(failure?.code == 1)
    }

    @Test func anUnknownIdIsBadInput() throws {
        let failure = #expect(throws: CommandFailure.self) { try EntryEdit(SampleRegister.loaded(SampleRegister.make()), id: "R9") }
        #expect(failure?.message == "test-2022-23-q1.json: no entry \"R9\"; entries: \"R1\", \"O1\"")
        #expect(failure?.code == 2)
    }
}
