import Foundation
import Testing
@testable import RiskRegister

/// The summary risk profile: Appendix B of the Q4 2021/22 pack reproduced as printed, and a
/// profile computed for a register that printed none.
@Suite(.timeLimit(.minutes(15))) struct SummaryProfileTests {
    private func shipped(_ stem: String) throws -> Register {
        try Fixtures.decode([UInt8](Data(contentsOf: Fixtures.dataDirectory.appendingPathComponent("\(stem).json"))))
    }

    /// Appendix B as printed in seeds/004_6a7e1408a9aa527e.txt (lines 1312–1321): id, description,
    /// current rating, target rating, target date, direction of travel; the confidence columns Q1–Q4
    /// are printed empty. The council's spellings are kept ("Corp1", "On going", "Strength based").
    static let appendixB: [(id: String, description: String, current: Int, target: Int, date: String, direction: String)] = [
        ("Corp1", "Reshaping the County Council: Our Improvement Journey", 16, 9, "March 2022/On going", "+ve"),
        ("Corp2", "Family Safeguarding Model", 12, 8, "March 2022", "+ve"),
        ("Corp4", "Integration & Innovation", 20, 6, "March 2022", "+ve"),
        ("Corp5", "ICT Provision", 16, 8, "March 2022", "+ve"),
        ("Corp6", "Covid-19 Impact on Services & Communities", 20, 12, "March 2023", "+ve"),
        ("Corp7", "Impact on Community & Services", 16, 12, "March 2022", "+ve"),
        ("CO1", "Strength based Working", 15, 20, "March 2022", "+ve"),
        ("CO2", "Environmental Improvements", 6, 16, "Ongoing", "+ve"),
    ]

    @Test func q4ReproducesAppendixBAsPrinted() throws {
        let profile = SummaryProfile(register: try shipped("lcc-2021-22-q4"))
        #expect(profile.isPrinted)
        #expect(profile.goalKind == .target)
        #expect(profile.rows.count == Self.appendixB.count)
        for (row, printed) in zip(profile.rows, Self.appendixB) {
            #expect(row.id == printed.id)
            #expect(row.description == printed.description)
            #expect(row.currentScore == printed.current, "\(printed.id)")
            #expect(row.targetScore == printed.target, "\(printed.id)")
            #expect(row.targetDate == printed.date, "\(printed.id)")
            #expect(row.printedDirection == printed.direction)
            #expect(row.confidence.isEmpty, "Appendix B prints the confidence columns empty")
            #expect(row.isPrinted)
            #expect(row.movement == nil, "no predecessor given")
        }
        #expect(profile.rows.map(\.entryID) == ["Corp 1", "Corp 2", "Corp 4", "Corp 5", "Corp 6", "Corp 7", "CO1", "CO2"])
        #expect(profile.rows.map(\.kind) == Array(repeating: .risk, count: 6) + [.opportunity, .opportunity])
        #expect(profile.staleRows.isEmpty, "the printed scores are the entries' scores, Corp 4's printed 20 → 6 included")
    }

    @Test func aRescoreMakesThePrintedRowStale() throws {
        var register = try shipped("lcc-2021-22-q4")
        let index = try #require(register.entries.firstIndex { $0.id == "Corp 5" })
        register.entries[index].current = Rating(likelihood: 3, impact: 4, score: 12)
        let profile = SummaryProfile(register: register)
        let row = try #require(profile.rows.first { $0.entryID == "Corp 5" })
        #expect(row.currentScore == 16, "the row stays as printed")
        #expect(row.staleRatings == [.current])
        #expect(row.isStale)
        #expect(profile.staleRows.map(\.entryID) == ["Corp 5"])
    }

    @Test func withItsPredecessorEachRowSaysHowItMoved() throws {
        let profile = SummaryProfile(register: try shipped("lcc-2021-22-q4"), predecessor: try shipped("lcc-2021-22-q3"))
        let moves = Dictionary(uniqueKeysWithValues: profile.rows.map { ($0.entryID, $0.movement) })
        #expect(moves["Corp 4"] == .up, "6 → 20 as printed")
        #expect(profile.rows.allSatisfy { $0.printedDirection == "+ve" })
    }

    @Test func q1Of2019IsComputedFromTheEntriesWithResidualScores() throws {
        let profile = SummaryProfile(register: try shipped("lcc-2019-20-q1"), predecessor: try shipped("lcc-2016-17-q4"))
        #expect(!profile.isPrinted)
        #expect(profile.goalKind == .residual)
        #expect(profile.rows.map(\.id) == ["CR1", "CR2", "CR3", "CR4", "CR5", "CR6", "CR7", "CR8", "CR9", "CR10", "CR11", "CR12",
                                           "C01", "CO2", "CO3", "CO4"])
        #expect(profile.rows.allSatisfy { !$0.isPrinted && !$0.isStale && $0.goalKind == .residual })
        let rows = Dictionary(uniqueKeysWithValues: profile.rows.map { ($0.id, $0) })
        let cr1 = try #require(rows["CR1"])
        #expect(cr1.currentScore == nil, "CR1 printed no current score")
        #expect(cr1.targetScore == 16)
        #expect(cr1.description == "Reshaping the County Council")
        let cr7 = try #require(rows["CR7"])
        #expect(cr7.currentScore == 16 && cr7.targetScore == 12)
        #expect(cr7.printedDirection == "Risk being managed downwards")
        #expect(rows["CR5"]?.printedDirection == "Level")
        #expect(rows["CR2"]?.printedDirection == nil)
        // Movements join by identity: CR2 (safeguarding children) was 2016/17's CR5; 2019/20's CR12
        // and CR4 are new risks under reused ids; C01 is 2016/17's CO2.
        #expect(rows["CR2"]?.movement == .down, "CR5's 25 in 2016/17 Q4, 12 now")
        #expect(rows["CR9"]?.movement == .up, "CR25's 16 in 2016/17 Q4, 25 now")
        #expect(rows["CR12"]?.movement == .new, "intermediate care is not 2016/17's CR12 (management information)")
        #expect(rows["CR4"]?.movement == .new)
        #expect(rows["C01"]?.movement == .level)
        #expect(rows["CO4"]?.targetScore == 15)
    }

    @Test func closedEntriesHaveNoRowAndAnEntryWithoutAPrintedRowIsComputed() throws {
        var register = try shipped("lcc-2021-22-q4")
        register.entries[0].status = .closed(at: "2022-04-20T09:00:00Z", by: "A. Officer", reason: "Merged")
        register.entries.append(Entry(id: "Corp 8", kind: .risk, title: "New risk", current: Rating(likelihood: 2, impact: 3, score: 6),
                                      target: Rating(likelihood: 1, impact: 3, score: 3), targetDate: "March 2023"))
        let profile = SummaryProfile(register: register)
        #expect(profile.rows.first?.id == "Corp2")
        let added = try #require(profile.rows.last)
        #expect(added.id == "Corp 8" && !added.isPrinted && added.currentScore == 6 && added.targetScore == 3)
        #expect(added.targetDate == "March 2023")
    }
}
