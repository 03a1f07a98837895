import RegisterCommands
import RiskRegister
import Testing

/// Entries found by the id a user typed.
@Suite(.timeLimit(.minutes(15)))
struct EntryLookupTests {
    @Test func anExactIdElseTheOnlyOneMatchingIgnoringCaseAndSpaces() throws {
        let q4 = try ShippedData.register("lcc-2021-22-q4")
        #expect(EntryLookup.find("Corp 4", in: q4.register)?.title == "Integration & Innovation")
        #expect(EntryLookup.find("corp4", in: q4.register)?.id == "Corp 4")
        #expect(EntryLookup.find(" CO 1 ", in: q4.register)?.id == "CO1")
        #expect(EntryLookup.find("Corp 3", in: q4.register) == nil)
        #expect(try EntryLookup.index(of: "CORP 4", in: q4) == 2)
    }

    @Test func twoIdsMatchingAlikeFindNeither() {
        let register = SampleRegister.make(entries: [Entry(id: "A 1", kind: .risk, title: "One"), Entry(id: "a1 ", kind: .risk, title: "Two")])
        #expect(EntryLookup.find("A1", in: register) == nil)
        #expect(EntryLookup.find("A 1", in: register)?.title == "One")
    }

    @Test func aMissingEntryFailsNamingTheRegistersEntries() throws {
        let q4 = try ShippedData.register("lcc-2021-22-q4")
        let failure = #expect(throws: CommandFailure.self) { try EntryLookup.require("CR99", in: q4) }
        #expect(failure?.message == "lcc-2021-22-q4.json: no entry \"CR99\"; entries: \"Corp 1\", \"Corp 2\", \"Corp 4\", \"Corp 5\", "
                + "\"Corp 6\", \"Corp 7\", \"CO1\", \"CO2\"")
        #expect(failure?.code == CommandFailure.badInput)
        let asAnswer = #expect(throws: CommandFailure.self) { try EntryLookup.require("CR99", in: q4, code: 1) }
        #expect(asAnswer?.code == 1)
    }

    @Test func theIdsOfALongRegisterAreCutAtTwenty() {
        let register = SampleRegister.make(entries: (1...25).map { Entry(id: "R\($0)", kind: .risk, title: "Risk \($0)") })
        let failure = #expect(throws: CommandFailure.self) { try EntryLookup.require("X\u{1B}", in: SampleRegister.loaded(register)) }
        let message = failure?.message ?? ""
        #expect(message.hasPrefix("test-2022-23-q1.json: no entry \"X\\u{1B}\"; entries: \"R1\", \"R2\""))
        #expect(message.hasSuffix("\"R20\" and 5 more"))
    }
}
