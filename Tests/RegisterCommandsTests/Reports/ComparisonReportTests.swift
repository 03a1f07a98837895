import RegisterCommands
import RiskRegister
import Testing

/// `riskreg compare`'s lines and JSON.
@Suite(.timeLimit(.minutes(15)))
struct ComparisonReportTests {
    @Test func theQuartersOf2021Compared() throws {
        let report = ComparisonReport(from: try ShippedData.register("lcc-2021-22-q3"), to: try ShippedData.register("lcc-2021-22-q4"))
        let lines = report.lines
        #expect(lines[0] == "lcc-2021-22-q3 (2021/22 Q3) → lcc-2021-22-q4 (2021/22 Q4): 0 added, 1 removed, 8 changed")
        #expect(lines[1] == "removed  Corp 3  SEND Partnership Improvement Plan")
        #expect(lines[2] == "changed  Corp 1  → level: actions, progress, target")
        #expect(lines[3] == "           target: 9 (3 × 3) → 9 (3 × 3)")
        #expect(lines[5] == "changed  Corp 4  ↑ up: controls, progress, current, target")
        #expect(lines[6] == "           current: 6 (3 × 2) → 20 (3 × 2, printed)")
        #expect(lines.count == 13)
    }

    @Test func addedEntriesComeFirst() throws {
        let lines = ComparisonReport(from: try ShippedData.register("lcc-2016-17-q3"), to: try ShippedData.register("lcc-2016-17-q4")).lines
        #expect(lines[0] == "lcc-2016-17-q3 (2016/17 Q3) → lcc-2016-17-q4 (2016/17 Q4): 1 added, 1 removed, 15 changed")
        #expect(lines[1] == "added    CR27  The mobilisation of the home care framework and subsequent service transfer process")
        #expect(lines[2] == "removed  CR15  Delivering new waste management arrangements")
        #expect(lines.contains("           residual: 12 → not printed"))
    }

    @Test func aClosedEntryIsRemovedWithItsReasonAndARenumberingIsSaid() {
        let earlier = SampleRegister.make(period: "2022/23 Q1", entries: [
            Entry(id: "R1", uid: "aaaaaaaaaaaa", kind: .risk, title: "Budget"),
            Entry(id: "R2", uid: "bbbbbbbbbbbb", kind: .risk, title: "Roads"),
        ])
        let later = SampleRegister.make(period: "2022/23 Q2", entries: [
            Entry(id: "R1", uid: "aaaaaaaaaaaa", kind: .risk, status: EntryStatus(state: .closed, reason: "achieved"), title: "Budget"),
            Entry(id: "R7", uid: "bbbbbbbbbbbb", kind: .risk, title: "Roads", owner: "Director of Highways"),
        ])
        let report = ComparisonReport(from: SampleRegister.loaded(earlier, stem: "a"), to: SampleRegister.loaded(later, stem: "b"))
        #expect(report.lines.contains("removed  R1  Budget (closed: achieved)"))
        #expect(report.lines.contains("           renumbered: R2 → R7"))
        let changed = report.json["changed"]?.elements.first { $0["id"] == .string("R7") }
        #expect(changed?["previousId"] == .string("R2"))
    }

    @Test func theJSONNamesBothRegistersAndEachChange() throws {
        let json = ComparisonReport(from: try ShippedData.register("lcc-2021-22-q3"), to: try ShippedData.register("lcc-2021-22-q4")).json
        #expect(json.keys == ["from", "to", "added", "removed", "changed"])
        #expect(json["from"] == .string("lcc-2021-22-q3"))
        #expect(json["removed"] == .array([.string("Corp 3")]))
        #expect(json["changed"]?.elements.count == 8)
        let corp4 = try #require(json["changed"]?[2])
        #expect(corp4["id"] == .string("Corp 4"))
        #expect(corp4.keys == ["id", "fields", "current", "target", "movement"])
        #expect(corp4["current"]?["to"]?["score"] == .int(20))
        #expect(corp4["movement"] == .string("up"))
    }
}
