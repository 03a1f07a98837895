import RegisterCommands
import RiskRegister
import Testing

/// What `rescore`, `set`, `link` and `note` do to an entry, and how they say it.
@Suite(.timeLimit(.minutes(15)))
struct EntryChangeTests {
    private let register = SampleRegister.make()

    @Test func rescoreTakesNumbersOrTheKeyToScoresWords() throws {
        let rescore = RescoreEdit(.current, likelihood: "likely", impact: "2")
        let after = try rescore.apply(to: register.entries[0], at: 0, of: register)
        #expect(after.current.likelihood == 4 && after.current.impact == 2)
        #expect(rescore.describe(before: register.entries[0], after: after) == "current 16 (4 × 4) → 8 (4 × 2)")
        let target = RescoreEdit(.target, likelihood: "1", impact: "1")
        #expect(try target.apply(to: register.entries[0], at: 0, of: register).target.effectiveScore == 1)
    }

    @Test func rescoreRefusesAFactorItCannotRead() {
        let refusal = #expect(throws: EditRefusal.self) {
            try RescoreEdit(.current, likelihood: "often", impact: "2").apply(to: register.entries[0], at: 0, of: register)
        }
        #expect(refusal?.reason == "likelihood \"often\" is not 1–5 or one of Rare, Unlikely, Possible, Likely, Certain")
        let impact = #expect(throws: EditRefusal.self) {
            try RescoreEdit(.current, likelihood: "2", impact: "huge").apply(to: register.entries[0], at: 0, of: register)
        }
        #expect(impact?.reason.hasPrefix("impact \"huge\" is not 1–5 or one of Insignificant, Minor, ") == true)
    }

    @Test func setNamesAFieldIgnoringCaseAndSaysBeforeAndAfter() throws {
        let set = try FieldEdit(field: "Owner", value: "")
        #expect(set.field == .owner)
        let after = try set.apply(to: register.entries[0], at: 0, of: register)
        #expect(after.owner == nil)
        #expect(set.describe(before: register.entries[0], after: after) == "owner \"Section 151 Officer\" → (none)")
        let unknown = #expect(throws: CommandFailure.self) { try FieldEdit(field: "colour", value: "red") }
        #expect(unknown?.message.hasPrefix("no field \"colour\"; fields: ") == true)
        #expect(unknown?.code == 2)
    }

    @Test func aLinkIsAddedOnceAndTakenAway() throws {
        let target = try ShippedData.register("lcc-2021-22-q4")
        #expect(try LinkEdit.kind("rolls-up-into") == .rollsUpInto)
        let unknownKind = #expect(throws: CommandFailure.self) { try LinkEdit.kind("feeds") }
        #expect(unknownKind?.message == "no link type \"feeds\"; types: escalated-to, rolls-up-into")
        let add = try LinkEdit(kind: .escalatedTo, target: target, targetID: "corp 4", remove: false)
        let linked = try add.apply(to: register.entries[0], at: 0, of: register)
        #expect(linked.links == [EntryLink(kind: .escalatedTo, uid: "cecc828e1c16", register: "lcc-2021-22-q4", id: "Corp 4")])
        #expect(try add.apply(to: linked, at: 0, of: register) == linked)
        #expect(add.describe(before: register.entries[0], after: linked) == "escalated to Corp 4 of lcc-2021-22-q4")
        let remove = try LinkEdit(kind: .escalatedTo, target: target, targetID: "Corp 4", remove: true)
        #expect(try remove.apply(to: linked, at: 0, of: register).links.isEmpty)
        #expect(remove.describe(before: linked, after: register.entries[0]) == "no longer escalated to Corp 4 of lcc-2021-22-q4")
        let missing = #expect(throws: EditRefusal.self) { try remove.apply(to: register.entries[0], at: 0, of: register) }
        #expect(missing?.reason == "it has no escalated-to link to Corp 4 of lcc-2021-22-q4")
    }

    @Test func anEntryCannotLinkToItself() throws {
        let q4 = try ShippedData.register("lcc-2021-22-q4")
        let link = try LinkEdit(kind: .escalatedTo, target: q4, targetID: "Corp 4", remove: false)
        let own = try #require(q4.register.entry(id: "Corp 4"))
        let refusal = #expect(throws: EditRefusal.self) { try link.apply(to: own, at: 2, of: q4.register) }
        #expect(refusal?.reason == "an entry cannot link to itself")
    }

    @Test func aNoteIsDatedSignedAndFirst() throws {
        let note = NoteEdit("Met the partners", date: "2022-05-01", author: "Ann")
        let after = try note.apply(to: register.entries[0], at: 0, of: register)
        #expect(after.progress.first?.text == "Met the partners")
        #expect(after.progress.first?.date == "2022-05-01")
        #expect(note.describe(before: register.entries[0], after: after) == "progress note added (2022-05-01, Ann): \"Met the partners\"")
        #expect(throws: EditRefusal.self) { try NoteEdit("  ", date: "2022-05-01", author: "Ann").apply(to: register.entries[0], at: 0, of: register) }
    }
}
