import Testing
@testable import RiskRegister

/// A recorded merge conflict resolved: the value chosen written at its place, the conflict gone.
@Suite(.timeLimit(.minutes(15))) struct MergeResolutionTests {
    private func conflicted() -> Register {
        var register = Fixtures.register()
        register.mergeConflicts = [
            MergeConflict(location: .field(entry: "R1", key: "owner"), mine: .string("Ann"), theirs: .string("Bob")),
            MergeConflict(location: .item(entry: "R1", list: "controls", item: "c1"), mine: nil,
                          theirs: .object(["id": .string("c1"), "text": .string("Weekly monitoring")])),
            MergeConflict(location: .register(key: "title"), mine: .string("A"), theirs: .string("B")),
        ]
        return register
    }

    @Test func resolvingAFieldWritesTheValueAndRemovesOnlyThatConflict() throws {
        let resolved = try MergeResolution.resolving(0, of: conflicted(), with: .string("Bob")).get()
        #expect(resolved.entries[0].owner == "Bob")
        #expect(resolved.mergeConflicts == Array(conflicted().mergeConflicts.dropFirst()))
        #expect(resolved.entries[1] == conflicted().entries[1])
    }

    @Test func resolvingAnItemReplacesOrRemovesIt() throws {
        let theirs = try MergeResolution.resolving(1, of: conflicted(), with: conflicted().mergeConflicts[1].theirs).get()
        #expect(theirs.entries[0].controls.map(\.text) == ["Weekly monitoring"])
        let mine = try MergeResolution.resolving(1, of: conflicted(), with: nil).get()
        #expect(mine.entries[0].controls.isEmpty)
        #expect(mine.mergeConflicts.count == 2)
    }

    @Test func aRegisterKeyAndAWholeEntryCanBeSet() throws {
        let titled = try MergeResolution.applying(.string("B"), at: .register(key: "title"), to: conflicted()).get()
        #expect(titled.title == "B")
        #expect(titled.mergeConflicts == conflicted().mergeConflicts)
        let removed = try MergeResolution.applying(nil, at: .entry(id: "O1"), to: conflicted()).get()
        #expect(removed.entries.map(\.id) == ["R1"])
    }

    @Test func aValueThatMakesTheRegisterInvalidIsRefusedNamingTheField() {
        let result = MergeResolution.resolving(0, of: conflicted(), with: .number("3"))
        guard case .failure(.invalid(let messages)) = result else {
            Issue.record("a number accepted as an owner")
            return
        }
        #expect(messages.contains { $0.contains("owner") })
        #expect(MergeResolution.resolving(7, of: conflicted(), with: nil) == .failure(.noSuchConflict(7)))
    }
}
