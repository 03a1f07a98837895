import Foundation
import RegisterCommands
import RiskRegister
import Testing

/// `riskreg timeline`'s lines and JSON.
@Suite(.timeLimit(.minutes(15)))
struct TimelineReportTests {
    @Test func anEntryFollowedThroughTheShippedRegisters() throws {
        let points = try TimelineReport.points(for: "corp 4", in: try ShippedData.all(), of: ShippedData.directory)
        #expect(TimelineReport.lines(points) == [
            "REGISTER        PERIOD      ID      CURRENT   TARGET    RESIDUAL  TITLE",
            "lcc-2021-22-q3  2021/22 Q3  Corp 4  6 (3×2)   20 (5×4)  -         Integration & Innovation",
            "lcc-2021-22-q4  2021/22 Q4  Corp 4  20 (3×2)  6 (5×4)   -         Integration & Innovation",
            "current  ▂▆  6 → 20",
        ])
    }

    @Test func aRenumberedEntryIsFollowedUnderItsOldId() throws {
        let points = try TimelineReport.points(for: "Corp 1", in: try ShippedData.all(), of: ShippedData.directory)
        #expect(points.map(\.stem) == ["lcc-2019-20-q1", "lcc-2021-22-q3", "lcc-2021-22-q4"])
        #expect(TimelineReport.lines(points).last == "current  ·▅▅  - → 16 → 16")
    }

    @Test func noSuchEntryFailsNamingTheDirectory() throws {
        let failure = #expect(throws: CommandFailure.self) {
            try TimelineReport.points(for: "nothing", in: try ShippedData.all(), of: URL(fileURLWithPath: "/srv/risks"))
        }
        #expect(failure?.message == "no entry \"nothing\" in any register of /srv/risks")
        #expect(failure?.code == 1)
    }

    @Test func aTitleThatChangedCompletelyIsSaidUnderTheTable() throws {
        let earlier = SampleRegister.make(period: "2022/23 Q1", entries: [Entry(id: "R1", uid: "aaaaaaaaaaaa", kind: .risk, title: "Budget gap")])
        var later = SampleRegister.make(period: "2022/23 Q2", entries: [Entry(id: "R1", uid: "aaaaaaaaaaaa", kind: .risk, title: "Cyber attack")])
        later.previous = "test-2022-23-q1"
        let registers = [SampleRegister.loaded(earlier, stem: "test-2022-23-q1"), SampleRegister.loaded(later, stem: "test-2022-23-q2")]
        let points = try TimelineReport.points(for: "R1", in: registers, of: ShippedData.directory)
        let lines = TimelineReport.lines(points)
        #expect(lines.count == 5)
        #expect(lines[3].hasPrefix("2022/23 Q2: "))
        #expect(lines[3].contains("Budget gap") && lines[3].contains("Cyber attack"))
        #expect(lines[4] == "current  ··  - → -")
    }

    @Test func theJSONHasEachPointsRatings() throws {
        let points = try TimelineReport.points(for: "Corp 4", in: try ShippedData.all(), of: ShippedData.directory)
        let json = TimelineReport.json(points)
        #expect(json.elements.count == 2)
        #expect(json[0]?.keys == ["register", "period", "id", "status", "current", "target", "residual"])
        #expect(json[1]?["current"] == .object(["likelihood": .int(3), "impact": .int(2), "score": .int(20)]))
        #expect(json[1]?["residual"] == .object(["likelihood": .null, "impact": .null, "score": .null]))
        #expect(json[0]?["status"] == .string("open"))
    }
}
