import Foundation
import RegisterCommands
import RiskRegister
import Testing

/// `riskreg rollup`'s lines and JSON.
@Suite(.timeLimit(.minutes(15)))
struct RollupReportTests {
    private func shipped() throws -> [(stem: String, register: Register)] {
        try ShippedData.all().map { (stem: $0.stem, register: $0.register) }
    }

    @Test func theLatestPeriodOfTheShippedRegisters() throws {
        let rollUp = try #require(RollUp(period: nil, all: try shipped()))
        #expect(RollupReport.lines(rollUp) == [
            "Roll-up 2021/22 Q4: 8 open entries in 1 register",
            "  lcc-2021-22-q4  corporate  8",
            "current ratings (impact ↑, likelihood →):",
            "  5    ·   ·   ·   ·   ·",
            "  4    ·   ·   1   3   1",
            "  3    ·   ·   ·   ·   1",
            "  2    ·   ·   2   ·   ·",
            "  1    ·   ·   ·   ·   ·",
            "       1   2   3   4   5",
            "likelihood 3 × impact 4: Corp 2 (lcc-2021-22-q4)",
            "likelihood 4 × impact 4: Corp 1 (lcc-2021-22-q4), Corp 5 (lcc-2021-22-q4), Corp 7 (lcc-2021-22-q4)",
            "likelihood 5 × impact 4: Corp 6 (lcc-2021-22-q4)",
            "likelihood 5 × impact 3: CO1 (lcc-2021-22-q4)",
            "likelihood 3 × impact 2: Corp 4 (lcc-2021-22-q4), CO2 (lcc-2021-22-q4)",
            "No directorate risk at or above its escalation threshold awaits escalation.",
        ])
    }

    @Test func directorateRisksAtTheirThresholdAndLinkedNowhereAwaitEscalation() throws {
        var corporate = SampleRegister.make(period: "2022/23 Q1", entries: [Entry(id: "C1", kind: .risk, title: "Corporate",
                                                                                 current: Rating(likelihood: 2, impact: 2))])
        corporate.level = .corporate
        var directorate = SampleRegister.make(period: "2022/23 Q1", entries: [
            Entry(id: "D1", kind: .risk, title: "Care homes", current: Rating(likelihood: 4, impact: 3)),
            Entry(id: "D2", kind: .risk, title: "Minor", current: Rating(likelihood: 1, impact: 2)),
            Entry(id: "D3", kind: .risk, title: "Scored only", current: Rating(score: 9)),
        ])
        directorate.level = .directorate
        directorate.escalationThreshold = 12
        let rollUp = try #require(RollUp(period: "2022/23 Q1", all: [(stem: "corp", register: corporate), (stem: "adults", register: directorate)]))
        let lines = RollupReport.lines(rollUp)
        #expect(lines[0] == "Roll-up 2022/23 Q1: 4 open entries in 2 registers")
        #expect(lines.contains("score only 9: D3 (adults)"))
        #expect(lines.suffix(3) == [
            "Not escalated (at or above the threshold, linked to no corporate entry):",
            "REGISTER  ID  SCORE  THRESHOLD  TITLE",
            "adults    D1  12     12         Care homes",
        ])
        let json = RollupReport.json(rollUp)
        #expect(json.keys == ["period", "registers", "cells", "unescalated"])
        #expect(json["unescalated"]?[0]?["id"] == .string("D1"))
        #expect(json["registers"]?.elements.map { $0["escalationThreshold"] } == [.int(16), .int(12)]
                || json["registers"]?.elements.map { $0["escalationThreshold"] } == [.int(12), .int(16)])
    }

    @Test func theJSONCountsEachCell() throws {
        let json = RollupReport.json(try #require(RollUp(period: "2021/22 Q4", all: try shipped())))
        #expect(json["period"] == .string("2021/22 Q4"))
        #expect(json["registers"] == .array([.object(["register": .string("lcc-2021-22-q4"), "level": .string("corporate"),
                                                       "escalationThreshold": .int(16), "openEntries": .int(8)])]))
        #expect(json["cells"]?.elements.map { $0["count"] } == [.int(1), .int(3), .int(1), .int(1), .int(2)])
        #expect(json["cells"]?[0]?["entries"]?[0]?["id"] == .string("Corp 2"))
        #expect(json["unescalated"] == .array([]))
    }

    @Test func anUnknownPeriodNamesThePeriodsThereAre() throws {
        let failure = RollupReport.noRegister(of: "1999/00 Q1", among: try shipped(), in: URL(fileURLWithPath: "/srv/risks"))
        #expect(failure.message == "no register of the period \"1999/00 Q1\" in /srv/risks; periods: \"2016/17 Q3\", \"2016/17 Q4\", "
                + "\"2019/20 Q1\", \"2021/22 Q3\", \"2021/22 Q4\"")
        #expect(failure.code == 2)
        #expect(RollupReport.noRegister(of: nil, among: [], in: URL(fileURLWithPath: "/srv/risks")).message
                == "no register of the period \"\" in /srv/risks")
    }
}
