import Foundation
import RegisterCommands
import RiskRegister
import Testing

/// `riskreg merge-driver`: three versions merged over ours.
@Suite(.timeLimit(.minutes(15)))
struct MergeDriverTests {
    private func versions(_ scratch: Scratch, ours: (inout Register) -> Void, theirs: (inout Register) -> Void) throws -> MergeDriver {
        let base = SampleRegister.make()
        var mine = base
        ours(&mine)
        var their = base
        theirs(&their)
        try scratch.write(base, as: "base.json")
        try scratch.write(mine, as: "ours.json")
        try scratch.write(their, as: "theirs.json")
        return MergeDriver(base: scratch.path("base.json"), ours: scratch.path("ours.json"), theirs: scratch.path("theirs.json"),
                           path: "Data/r.json", maximumBytes: FormatLimits.defaultMaximumFileBytes)
    }

    @Test func changesToDifferentFieldsCombine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let driver = try versions(scratch, ours: { $0.entries[0].owner = "Ann" }, theirs: { $0.entries[1].title = "Electric fleet" })
        let outcome = driver.run()
        #expect(outcome.merged)
        #expect(outcome.messages.isEmpty)
        let merged = try RegisterStore.load(URL(fileURLWithPath: driver.ours)).get().register
        #expect(merged.entries[0].owner == "Ann")
        #expect(merged.entries[1].title == "Electric fleet")
    }

    @Test func theSameFieldChangedTwiceKeepsTheirsAndRecordsTheConflict() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let driver = try versions(scratch, ours: { $0.entries[0].owner = "Ann" }, theirs: { $0.entries[0].owner = "Bob" })
        let outcome = driver.run()
        #expect(!outcome.merged)
        #expect(outcome.messages.first == "riskreg merge-driver: Data/r.json: 1 conflict(s), each recorded in the file with both values; "
                + "resolve them in riskreg (the browser):")
        #expect(outcome.messages.count == 2)
        let merged = try RegisterStore.load(URL(fileURLWithPath: driver.ours)).get().register
        #expect(merged.entries[0].owner == "Bob")
        #expect(merged.mergeConflicts.count == 1)
    }

    @Test func aVersionThatIsNotARegisterLeavesOursAsItIs() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let driver = try versions(scratch, ours: { $0.entries[0].owner = "Ann" }, theirs: { _ in })
        try Data("<<<<<<< not json".utf8).write(to: URL(fileURLWithPath: driver.theirs))
        let before = try Data(contentsOf: URL(fileURLWithPath: driver.ours))
        let outcome = driver.run()
        #expect(!outcome.merged)
        #expect(outcome.messages.count == 1)
        #expect(outcome.messages[0].hasPrefix("riskreg merge-driver: Data/r.json: theirs is not a register ("))
        #expect(outcome.messages[0].hasSuffix("); left as is for git to mark as a conflict"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: driver.ours)) == before)
    }

    @Test func anEmptyAncestorMeansTheRegisterWasAddedOnBothSides() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let driver = try versions(scratch, ours: { $0.entries.removeLast() }, theirs: { $0.entries.removeFirst() })
        try Data().write(to: URL(fileURLWithPath: driver.base))
        let outcome = driver.run()
        #expect(outcome.merged)
        let merged = try RegisterStore.load(URL(fileURLWithPath: driver.ours)).get().register
        #expect(Set(merged.entries.map(\.id)) == ["R1", "O1"])
    }
}
