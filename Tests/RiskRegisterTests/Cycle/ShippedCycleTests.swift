import Foundation
import Testing
@testable import RiskRegister

/// The quarterly cycle on the shipped registers: what moved between the two 2021/22 quarters,
/// which register follows which, and timelines.
@Suite struct ShippedCycleTests {
    static let stems = ["lcc-2016-17-q3", "lcc-2016-17-q4", "lcc-2019-20-q1", "lcc-2021-22-q3", "lcc-2021-22-q4"]

    private func shipped(_ stem: String) throws -> Register {
        try Fixtures.decode([UInt8](Data(contentsOf: Fixtures.dataDirectory.appendingPathComponent("\(stem).json"))))
    }

    private func all() throws -> [(stem: String, register: Register)] {
        try Self.stems.map { ($0, try shipped($0)) }
    }

    @Test func q3ToQ4RemovesCorp3AddsNothingAndRescoresCorp4() throws {
        let comparison = RegisterComparison(from: try shipped("lcc-2021-22-q3"), to: try shipped("lcc-2021-22-q4"))
        #expect(comparison.removed == ["Corp 3"])
        #expect(comparison.added == [])
        let corp4 = try #require(comparison.entry(id: "Corp 4"))
        #expect(corp4.fields.contains("current"))
        let current = try #require(corp4.ratingChanges.first { $0.kind == .current })
        #expect(current.from.effectiveScore == 6 && current.to.effectiveScore == 20, "the scores as printed, 20 not 3 × 2")
        #expect(current.to.likelihood == 3 && current.to.impact == 2)
        #expect(corp4.movement == .up)
        let corp2 = try #require(comparison.entry(id: "Corp 2"))
        #expect(corp2.fields.contains("confidence"))
    }

    @Test func theOldestPredecessorChainFollowsPeriodsWithinTheOrganisation() throws {
        let references = try all().map { RegisterReference(stem: $0.stem, register: $0.register) }
        func predecessor(_ stem: String) throws -> String? {
            RegisterSuccession.predecessor(of: try #require(references.first { $0.stem == stem }), among: references)
        }
        #expect(try predecessor("lcc-2021-22-q4") == "lcc-2021-22-q3")
        #expect(try predecessor("lcc-2021-22-q3") == "lcc-2019-20-q1")
        #expect(try predecessor("lcc-2019-20-q1") == "lcc-2016-17-q4")
        #expect(try predecessor("lcc-2016-17-q3") == nil)
    }

    @Test func withoutLinksEveryIdOf2019DiffersFrom2021Q3() throws {
        let later = try shipped("lcc-2021-22-q3")
        let comparison = RegisterComparison(from: try shipped("lcc-2019-20-q1"), to: later)
        // CO2 is printed in both for different opportunities: its empty previousIds says so.
        #expect(later.entry(id: "CO2")?.previousIds == [])
        #expect(comparison.added == later.entries.map(\.id), "no entry of 2021/22 Q3 matches one of 2019/20 Q1")
        #expect(comparison.changed.isEmpty)
        #expect(comparison.removed == (try shipped("lcc-2019-20-q1")).entries.map(\.id))
    }

    @Test func corp4sTimelineRunsThroughBoth2021Quarters() throws {
        let points = EntryTimeline.points(for: "corp4", in: try all())
        #expect(points.map(\.stem) == ["lcc-2021-22-q3", "lcc-2021-22-q4"])
        #expect(points.map { $0.entry.current.effectiveScore } == [6, 20])
        // An id used for different entries over the years: CO2's timeline stops at the empty link.
        #expect(EntryTimeline.points(for: "CO2", in: try all()).map(\.stem) == ["lcc-2021-22-q3", "lcc-2021-22-q4"])
        #expect(EntryTimeline.points(for: "CR1", in: try all()).map(\.stem) == ["lcc-2016-17-q3", "lcc-2016-17-q4", "lcc-2019-20-q1"])
    }

    @Test func aPreviousIdsLinkJoinsATimelineAcrossARenumbering() throws {
        var registers = try all()
        let q3 = try #require(registers.firstIndex { $0.stem == "lcc-2021-22-q3" })
        let corp3 = try #require(registers[q3].register.entries.firstIndex { $0.id == "Corp 3" })
        registers[q3].register.entries[corp3].previousIds = ["CR4"]
        let points = EntryTimeline.points(for: "Corp 3", in: registers)
        #expect(points.map(\.stem) == ["lcc-2016-17-q3", "lcc-2016-17-q4", "lcc-2019-20-q1", "lcc-2021-22-q3"])
        #expect(points.map(\.entry.id) == ["CR4", "CR4", "CR4", "Corp 3"])
        #expect(EntryTimeline.points(for: "Corp 3", in: try all()).map(\.stem) == ["lcc-2021-22-q3"], "without the link Corp 3 starts in 2021/22")
        // …and the link is followed from the old id too.
        #expect(EntryTimeline.points(for: "CR4", in: registers).map(\.stem) == points.map(\.stem))
        // The link also pairs the entries when comparing the two registers.
        let comparison = RegisterComparison(from: try shipped("lcc-2019-20-q1"), to: registers[q3].register)
        #expect(comparison.entry(id: "Corp 3")?.before?.id == "CR4")
        #expect(!comparison.removed.contains("CR4"))
    }

    @Test func printedDirectionsAreJudgedBetweenConsecutiveQuartersOnly() throws {
        let q3 = try shipped("lcc-2016-17-q3")
        let q4 = try shipped("lcc-2016-17-q4")
        let warnings = Validator.checkTravel(q4, predecessor: q3, predecessorName: "lcc-2016-17-q3")
        #expect(warnings.map(\.entryID) == ["CR20", "CR21", "C01", "CO3"], "printed up or down, the score unchanged")
        // 2019/20 Q1's directions are travel since 2018/19 Q4, which is not in Data/.
        #expect(Validator.checkTravel(try shipped("lcc-2019-20-q1"), predecessor: q4, predecessorName: "lcc-2016-17-q4").isEmpty)
        #expect(Validator.checkTravel(try shipped("lcc-2021-22-q4"), predecessor: try shipped("lcc-2021-22-q3"),
                                      predecessorName: "lcc-2021-22-q3").isEmpty)
    }
}
