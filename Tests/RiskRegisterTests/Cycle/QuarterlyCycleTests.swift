import Foundation
import Testing
@testable import RiskRegister

/// Rolling a register forward, reviews, the computed direction of travel, on small registers.
@Suite(.timeLimit(.minutes(15))) struct QuarterlyCycleTests {
    let base = Fixtures.register()

    @Test func theNextPeriodRollsQ4IntoNextYearsQ1() throws {
        #expect(try #require(Period("2021/22 Q4")).next.text == "2022/23 Q1")
        #expect(try #require(Period("2021/22 Q2")).next.text == "2021/22 Q3")
        #expect(try #require(Period("2099/00 Q4")).next.stemSuffix == "2100-01-q1")
        #expect(RegisterSuccession.organisationStem(of: "lcc-2021-22-q4") == "lcc")
        #expect(RegisterSuccession.organisationStem(of: "north-yorks-cc-2021-22-q4") == "north-yorks-cc")
        #expect(RegisterSuccession.organisationStem(of: "register") == "register")
    }

    @Test func aNewQuarterCarriesOpenEntriesAndNamesItsPredecessor() throws {
        var register = base
        register.entries[0].reviews = [Review(at: "2026-01-01T00:00:00Z", by: "a", outcome: .noChange)]
        register.entries[0].history = [Change(at: "t", author: "a", field: "owner", before: "x", after: "y")]
        register.entries[1].status = .closed(at: "t", by: "a", reason: "Done")
        let made = try NewQuarter.make(from: register, stem: "tc-2021-22-q4", period: nil, now: "2026-11-27T09:00:00Z").get()
        #expect(made.stem == "tc-2022-23-q1")
        #expect(made.register.period == "2022/23 Q1")
        #expect(made.register.previous == "tc-2021-22-q4" && made.register.started == "2026-11-27T09:00:00Z")
        #expect(made.register.entries.map(\.id) == ["R1"], "the closed entry stays behind")
        let carried = made.register.entries[0]
        #expect(carried.reviews.isEmpty && carried.history.isEmpty)
        #expect(carried.controls == register.entries[0].controls && carried.current == register.entries[0].current)
        #expect(carried.owner == register.entries[0].owner)
        #expect(carried.uid == register.entries[0].uid, "next quarter's copy of a risk is the same risk")
        #expect(RegisterComparison(from: register, to: made.register).changed.isEmpty, "carrying changes nothing")
    }

    @Test func aNewQuarterKeepsTheRegistersSettingsAndTheEntriesLinks() throws {
        var register = base
        register.appetite = RiskAppetite(defaultLimit: .score(12))
        register.level = .directorate
        register.escalationThreshold = 15
        register.entries[0].links = [EntryLink(kind: .escalatedTo, uid: "corp-four", register: "lcc-2021-22-q4", id: "Corp 4")]
        let made = try NewQuarter.make(from: register, stem: "as-2021-22-q4", period: nil, now: "2026-11-27T09:00:00Z").get().register
        #expect(made.appetite == register.appetite && made.level == .directorate && made.escalationThreshold == 15)
        #expect(made.entries[0].links == register.entries[0].links, "an escalated risk stays escalated")
    }

    /// The confidence columns are a financial year's Q1 to Q4: a quarter that starts a new year
    /// starts them empty, one within the year keeps them.
    @Test func aNewFinancialYearStartsItsConfidenceColumnsEmpty() throws {
        var register = base
        register.period = "2021/22 Q4"
        register.entries[0].confidence = Confidence(quarters: [.green, .amber, .red, .green])
        let nextYear = try NewQuarter.make(from: register, stem: "c-2021-22-q4", period: nil, now: "t").get().register
        #expect(nextYear.entries[0].confidence.quarters == [nil, nil, nil, nil])
        register.period = "2021/22 Q2"
        let sameYear = try NewQuarter.make(from: register, stem: "c-2021-22-q2", period: nil, now: "t").get().register
        #expect(sameYear.entries[0].confidence.quarters == [.green, .amber, .red, .green])
    }

    /// Target dates are read as councils print them, and those passed before the new quarter
    /// began are named (as printed).
    @Test func targetDatesPassedBeforeTheNewQuarterAreNamed() throws {
        #expect(TargetDate.month(of: "March 2022")! == (2022, 3))
        #expect(TargetDate.month(of: "31/03/2022")! == (2022, 3))
        #expect(TargetDate.month(of: "2022-09-30")! == (2022, 9))
        #expect(TargetDate.month(of: "Sept 2021 / March 2023")! == (2023, 3))
        #expect(TargetDate.month(of: "03/23")! == (2023, 3))
        #expect(TargetDate.month(of: "Ongoing") == nil)
        #expect(TargetDate.month(of: "TBC (may 2022 review)")! == (2022, 5))
        let q1 = try #require(Period("2022/23 Q1"))
        #expect(TargetDate.hasPassed("March 2022", before: q1))
        #expect(!TargetDate.hasPassed("April 2022", before: q1))
        #expect(TargetDate.hasPassed("December 2022", before: try #require(Period("2022/23 Q4"))))
        #expect(!TargetDate.hasPassed("January 2023", before: try #require(Period("2022/23 Q4"))))
        var register = base
        register.period = "2021/22 Q4"
        register.entries[0].targetDate = "March 2022"
        register.entries[1].targetDate = "Ongoing"
        let made = try NewQuarter.make(from: register, stem: "c-2021-22-q4", period: nil, now: "t").get().register
        let passed = NewQuarter.passedTargetDates(in: made)
        #expect(passed.map(\.id) == [register.entries[0].id] && passed.map(\.date) == ["March 2022"])
        #expect(made.entries[0].targetDate == "March 2022", "kept as printed")
    }

    @Test func aNewQuarterRefusesAnEarlierPeriodOrAPeriodItCannotRead() {
        #expect(throws: NewQuarter.Failure.notLater("2021/22 Q1", than: "2021/22 Q4")) {
            try NewQuarter.make(from: base, stem: "x", period: Period("2021/22 Q1"), now: "t").get()
        }
        var odd = base
        odd.period = "Spring"
        #expect(throws: NewQuarter.Failure.periodNotUnderstood("Spring")) {
            try NewQuarter.make(from: odd, stem: "x", period: nil, now: "t").get()
        }
        #expect((try? NewQuarter.make(from: odd, stem: "x", period: Period("2022/23 Q1"), now: "t").get())?.stem == "x-2022-23-q1")
    }

    @Test func reviewsCountFromWhenTheRegisterWasStarted() {
        var register = base
        register.started = "2026-11-27T09:00:00Z"
        register.entries[0].reviews = [Review(at: "2026-08-01T09:00:00Z", by: "a", outcome: .noChange)]
        register.entries[1].reviews = [Review(at: "2026-11-27T09:00:00Z", by: "a", outcome: .changed)]
        #expect(ReviewStatus(register).reviewed == ["O1"] && ReviewStatus(register).notReviewed == ["R1"])
        register.started = nil
        #expect(ReviewStatus(register).isComplete, "without a start any review counts")
        register.entries[0].status = .closed(at: "t", by: "a", reason: "r")
        register.entries[0].reviews = []
        #expect(ReviewStatus(register).total == 1, "closed entries need no review")
    }

    @Test func reviewTimesCompareAsInstantsNotAsText() {
        var register = base
        register.started = "2026-11-27T09:00:00Z"
        register.entries[0].reviews = [Review(at: "2026-11-27T09:00:00.250Z", by: "a", outcome: .noChange)]
        register.entries[1].reviews = [Review(at: "2026-11-27T09:30:00+01:00", by: "a", outcome: .noChange)]
        #expect(ReviewStatus(register).reviewed == ["R1"], "a quarter of a second after the start counts")
        #expect(ReviewStatus(register).notReviewed == ["O1"], "09:30 at +01:00 is 08:30 UTC, before the start")
    }

    @Test func entriesMatchByIdentityOrByLinkNeverByPrintedIdOrTitle() {
        var later = base
        later.entries[0].id = "R5"
        later.entries[1] = Entry(id: "O9", uid: "imported-o9", kind: .opportunity, previousIds: ["o1"], title: "Fleet")
        later.entries.append(Entry(id: "R7", uid: "new-r7", kind: .risk, title: "Budget"))
        later.entries.append(Entry(id: "r 1", uid: "new-r1", kind: .risk, title: "A reused id"))
        let comparison = RegisterComparison(from: base, to: later)
        #expect(comparison.entry(id: "R5")?.before?.id == "R1", "renumbered: the identity is kept")
        #expect(comparison.entry(id: "R5")?.isRenumbered == true)
        #expect(comparison.entry(id: "O9")?.before?.id == "O1", "a previousIds link joins identities that differ")
        #expect(comparison.added == ["R7", "r 1"], "the same title or printed id is not a match")
        #expect(comparison.removed.isEmpty)
    }

    @Test func closingAnEntryRemovesItAndChangedFieldsAreNamedByKey() throws {
        var later = base
        later.entries[1].status = .closed(at: "t", by: "a", reason: "r")
        later.entries[0].owner = "Chief Executive"
        later.entries[0].current = Rating(likelihood: 2, impact: 4, score: 8)
        later.entries[0].progress = [Item(text: "Note")]
        let comparison = RegisterComparison(from: base, to: later)
        #expect(comparison.removed == ["O1"])
        let r1 = try #require(comparison.entry(id: "R1"))
        #expect(r1.fields == ["progress", "owner", "current"])
        #expect(r1.movement == .down)
        // A second comparison after closing leaves the closed entry out.
        #expect(RegisterComparison(from: later, to: later).entries.map(\.id) == ["R1"])
    }

    @Test func aPrintedTrendThatContradictsTheScoresIsWarned() {
        var later = base
        later.period = "2022/23 Q1"
        later.entries[0].current = Rating(likelihood: 5, impact: 4, score: 20)
        later.entries[0].direction = Direction(trend: .down, text: "Decreasing")
        later.entries[1].direction = Direction(trend: .level, text: "No change")
        let warnings = Validator.checkTravel(later, predecessor: base, predecessorName: "q3")
        #expect(warnings.map(\.entryID) == ["R1"])
        #expect(warnings.first?.field == "direction")
        #expect(warnings.first?.message.contains("16 in q3 to 20 (up)") == true)
    }

    @Test func aPrintedTrendIsJudgedOnlyAgainstTheQuarterJustBeforeOrTheNamedPrevious() {
        var later = base
        later.entries[0].current = Rating(likelihood: 5, impact: 4, score: 20)
        later.entries[0].direction = Direction(trend: .down, text: "Decreasing")
        later.period = "2022/23 Q2"
        #expect(Validator.checkTravel(later, predecessor: base, predecessorName: "q4").isEmpty,
                "2021/22 Q4 is not the quarter before 2022/23 Q2: the printed direction is travel since a register not there")
        later.previous = "q4"
        #expect(Validator.checkTravel(later, predecessor: base, predecessorName: "q4").map(\.entryID) == ["R1"],
                "a register that names its previous is judged against it")
        later.previous = nil
        later.period = "2021/22 Q4"
        #expect(Validator.checkTravel(later, predecessor: base, predecessorName: "q4").isEmpty, "the same period is not the quarter before")
    }
}
