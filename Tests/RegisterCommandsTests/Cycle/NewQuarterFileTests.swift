import Foundation
import RegisterCommands
import RiskRegister
import Testing

/// `riskreg new-quarter`'s file.
@Suite(.timeLimit(.minutes(15)))
struct NewQuarterFileTests {
    @Test func theNextQuarterIsWrittenBesideTheRegisterItFollows() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.copyShipped(["lcc-2021-22-q4"])
        let source = try RegisterStore.load(scratch.directory.appendingPathComponent("lcc-2021-22-q4.json")).get()
        let made = try NewQuarterFile(from: source, period: nil, directory: scratch.directory, now: "2022-04-01T09:00:00Z")
        #expect(made.file == scratch.directory.appendingPathComponent("lcc-2022-23-q1.json"))
        #expect(made.stem == "lcc-2022-23-q1")
        #expect(made.previous == "lcc-2021-22-q4")
        let written = try RegisterStore.load(made.file).get().register
        #expect(written.period == "2022/23 Q1")
        #expect(written.previous == "lcc-2021-22-q4")
        #expect(written.started == "2022-04-01T09:00:00Z")
        #expect(written.entries.count == 8)
        #expect(made.passedTargetDates.map(\.id) == ["Corp 2", "Corp 4", "Corp 5", "CO1"])
        #expect(made.passedTargetDatesWarning == "riskreg: 4 target dates have passed before 2022/23 Q1 began; set new ones: "
                + "Corp 2 (March 2022), Corp 4 (March 2022), Corp 5 (March 2022), CO1 (March 2022)")
        #expect(made.json.keys == ["file", "stem", "period", "previous", "entries", "passedTargetDates"])
        #expect(made.json["entries"] == .int(8))
        #expect(made.json["passedTargetDates"]?[0] == .object(["id": .string("Corp 2"), "targetDate": .string("March 2022")]))
    }

    @Test func anExistingFileOrAPeriodNotLaterIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.copyShipped(["lcc-2021-22-q3", "lcc-2021-22-q4"])
        let q3 = try RegisterStore.load(scratch.directory.appendingPathComponent("lcc-2021-22-q3.json")).get()
        let exists = #expect(throws: CommandFailure.self) {
            try NewQuarterFile(from: q3, period: nil, directory: scratch.directory, now: "2022-01-01T00:00:00Z")
        }
        #expect(exists?.message == "\(scratch.path("lcc-2021-22-q4.json")) already exists; not overwritten (nothing was written)")
        #expect(exists?.code == 2)
        let earlier = #expect(throws: CommandFailure.self) {
            try NewQuarterFile(from: q3, period: Period("2020/21 Q1"), directory: scratch.directory, now: "2022-01-01T00:00:00Z")
        }
        #expect(earlier?.message.hasPrefix("lcc-2021-22-q3.json: ") == true)
        #expect(earlier?.code == 2)
    }

    @Test func aPeriodOptionMustReadAsAPeriod() throws {
        #expect(try PeriodOption.parse("2022/23 Q1") == Period("2022/23 Q1"))
        let failure = #expect(throws: CommandFailure.self) { try PeriodOption.parse("Q1 2022") }
        #expect(failure?.message == "--period \"Q1 2022\" is not of the form \"2022/23 Q1\"")
        #expect(failure?.code == 2)
    }
}
