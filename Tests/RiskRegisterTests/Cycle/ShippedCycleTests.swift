import Foundation
import Testing
@testable import RiskRegister

/// The quarterly cycle on the shipped registers: what moved between the two 2021/22 quarters,
/// which register follows which, and timelines.
@Suite(.timeLimit(.minutes(15))) struct ShippedCycleTests {
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

    @Test func from2019To2021OnlyTheRisksTheDocumentsCarryOnAreJoined() throws {
        let later = try shipped("lcc-2021-22-q3")
        let comparison = RegisterComparison(from: try shipped("lcc-2019-20-q1"), to: later)
        // Reshaping the County Council (CR1 → Corp 1) and the SEND improvement plan (CR9 → Corp 3)
        // go on under new numbers; CO2 is printed in both years for different opportunities.
        #expect(comparison.entry(id: "Corp 1")?.before?.id == "CR1")
        #expect(comparison.entry(id: "Corp 3")?.before?.id == "CR9")
        #expect(comparison.entry(id: "Corp 3")?.isRenumbered == true)
        #expect(comparison.added == ["Corp 2", "Corp 4", "Corp 5", "Corp 6", "Corp 7", "CO1", "CO2"])
        #expect(!comparison.removed.contains("CR1") && !comparison.removed.contains("CR9"))
        #expect(comparison.removed.contains("CO2"), "2019/20's CO2 (Apprenticeship Levy) ends; 2021/22's CO2 is new")
    }

    @Test func reusedPrintedIdsOf2016And2019AreDifferentRisks() throws {
        let registers = try all()
        // CR1: the medium-term financial strategy in 2016/17, Reshaping the County Council from 2019/20.
        #expect(EntryTimeline.points(for: "CR1", in: registers).map(\.stem) == ["lcc-2019-20-q1", "lcc-2021-22-q3", "lcc-2021-22-q4"])
        #expect(EntryTimeline.points(for: "CR1", in: registers).map(\.entry.id) == ["CR1", "Corp 1", "Corp 1"])
        // CR2: financial viability in 2016/17; safeguarding children in 2019/20, which is 2016/17's CR5.
        let cr2 = EntryTimeline.points(for: "CR2", in: registers)
        #expect(cr2.map(\.stem) == ["lcc-2016-17-q3", "lcc-2016-17-q4", "lcc-2019-20-q1"])
        #expect(cr2.map(\.entry.id) == ["CR5", "CR5", "CR2"])
        let comparison = RegisterComparison(from: try shipped("lcc-2016-17-q4"), to: try shipped("lcc-2019-20-q1"))
        for id in ["CR4", "CR7", "CR8", "CR12", "CO2", "CO3"] {
            #expect(comparison.entry(id: id)?.before?.id != id, "\(id) of 2019/20 is not 2016/17's \(id)")
        }
        #expect(comparison.entry(id: "CO4")?.before?.id == "CO4", "health and social care integration goes on as CO4")
        #expect(comparison.removed.contains("CR1") && comparison.added.contains("CR12"))
    }

    @Test func q3ToQ4Of2016ChangesOnlyWhatTheDocumentsChange() throws {
        let comparison = RegisterComparison(from: try shipped("lcc-2016-17-q3"), to: try shipped("lcc-2016-17-q4"))
        // C02 (printed with a zero in Q3) is CO2 in Q4: one opportunity, renumbered.
        #expect(!comparison.removed.contains("C02") && !comparison.added.contains("CO2"))
        #expect(comparison.entry(id: "CO2")?.before?.id == "C02")
        #expect(comparison.removed == ["CR15"] && comparison.added == ["CR27"])
        for id in ["CR7", "CR8", "CR12", "CR24"] {
            let entry = try #require(comparison.entry(id: id))
            #expect(!entry.fields.contains("title"), "\(id)'s title is the same paragraph in both documents")
            #expect(!entry.titleChangedCompletely)
        }
    }

    @Test func q3ToQ4Of2021FindsNoDescriptionChangeForCorp4() throws {
        let comparison = RegisterComparison(from: try shipped("lcc-2021-22-q3"), to: try shipped("lcc-2021-22-q4"))
        let corp4 = try #require(comparison.entry(id: "Corp 4"))
        #expect(!corp4.fields.contains("description"), "the same words at the same levels in both documents")
    }

    @Test func aPreviousIdsLinkJoinsEntriesWhoseIdentitiesDiffer() throws {
        var registers = try all()
        let q3 = try #require(registers.firstIndex { $0.stem == "lcc-2021-22-q3" })
        let corp6 = try #require(registers[q3].register.entries.firstIndex { $0.id == "Corp 6" })
        // An imported register gives its entries identities of their own; a previousIds column links them.
        registers[q3].register.entries[corp6].previousIds = ["CR8"]
        let points = EntryTimeline.points(for: "Corp 6", in: registers)
        #expect(points.map(\.stem) == ["lcc-2019-20-q1", "lcc-2021-22-q3", "lcc-2021-22-q4"])
        #expect(points.map(\.entry.id) == ["CR8", "Corp 6", "Corp 6"])
        #expect(EntryTimeline.points(for: "Corp 6", in: try all()).map(\.stem) == ["lcc-2021-22-q3", "lcc-2021-22-q4"],
                "without the link Corp 6 starts in 2021/22")
        let comparison = RegisterComparison(from: try shipped("lcc-2019-20-q1"), to: registers[q3].register)
        #expect(comparison.entry(id: "Corp 6")?.before?.id == "CR8")
        #expect(comparison.entry(id: "Corp 6")?.titleChangedCompletely == true, "a link between unrelated titles is pointed out")
    }

    @Test func printedDirectionsAreJudgedBetweenConsecutiveQuartersOnly() throws {
        let q3 = try shipped("lcc-2016-17-q3")
        let q4 = try shipped("lcc-2016-17-q4")
        let warnings = Validator.checkTravel(q4, predecessor: q3, predecessorName: "lcc-2016-17-q3")
        #expect(warnings.map(\.entryID) == ["CR20", "CR21", "C01", "CO2", "CO3"], "printed up or down, the score unchanged")
        // 2019/20 Q1's directions are travel since 2018/19 Q4, which is not in Data/.
        #expect(Validator.checkTravel(try shipped("lcc-2019-20-q1"), predecessor: q4, predecessorName: "lcc-2016-17-q4").isEmpty)
        #expect(Validator.checkTravel(try shipped("lcc-2021-22-q4"), predecessor: try shipped("lcc-2021-22-q3"),
                                      predecessorName: "lcc-2021-22-q3").isEmpty)
    }
}
