@testable import RegisterUI
import RiskRegister
import Testing

/// Compare mode (`c`), the timeline and the computed direction of travel, on Data/'s 2021/22 Q4
/// (Corp 3 of Q3 is gone; Corp 4 rose from 6 to a printed 20).
@Suite("Compare mode and timeline", .timeLimit(.minutes(15)))
struct CompareTests {
    /// 2021/22 Q4 compared with Q3 at 120×40.
    private func comparing() throws -> AppState {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("c"), .enter)
        return state
    }

    private func detailText(_ state: AppState) -> [String] {
        state.detailRows.map { $0.map(\.text).joined() }
    }

    /// An entry closed on the open register is listed among the removed ones, as `riskreg
    /// compare` lists it, while closed entries are hidden; with them shown, it is listed once.
    @Test func anEntryClosedOnTheOpenRegisterIsListedAsRemoved() throws {
        let scan = try Fixtures.scan()
        var registers = scan.registers
        let last = registers.count - 1
        var q4 = registers[last].register
        q4.entries[1].status = .closed(at: "2026-12-01T00:00:00Z", by: "officer", reason: "Merged into Corp 1")
        registers[last] = LoadedRegister(url: registers[last].url, register: q4, diskBytes: RegisterFile.encode(q4))
        var state = AppState(scan: DirectoryScan(registers: registers, failures: []), size: Size(width: 120, height: 40),
                             capabilities: .full, compare: "2021/22 Q3")
        let removed = state.listedRemovedEntries.map(\.id)
        #expect(removed.contains(q4.entries[1].id))
        #expect(removed.count == 2, "Corp 3 (gone) and the entry closed on Q4: \(removed)")
        state.run(.press("z"))
        #expect(!state.listedRemovedEntries.map(\.id).contains(q4.entries[1].id), "listed once, among the closed entries")
    }

    @Test func cOpensThePickerOnThePredecessorAndEnterCompares() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("c"))
        let q3 = try #require(state.workspace.id(named: "lcc-2021-22-q3"))
        #expect(state.overlay == .picker(selection: try #require(state.pickerRows.firstIndex(of: q3)), comparing: true))
        #expect(view(state).text().contains("Compare 2021/22 Q4 with…"))
        state.run(.enter)
        #expect(state.overlay == nil)
        #expect(state.compare == CompareSession(other: q3))
        #expect(state.register?.period == "2021/22 Q4")
        #expect(view(state).text().contains("Comparing with 2021/22 Q3 · c/Esc ends"))
    }

    @Test func theOpenRegisterCannotBeComparedWithItself() throws {
        var state = try Fixtures.state()
        state.run(.press("c"), .key(.up), .enter)
        #expect(state.compare == nil)
        #expect(state.message?.text.contains("choose another") == true)
        state.run(.escape, .press("r"), .enter)
        #expect(state.compare == nil)
        #expect(state.isChoosingComparison == false)
    }

    @Test func theOtherRegisterIsLoadedWhenNeeded() throws {
        let slots = try Fixtures.scan().registers.map { RegisterSlot(id: RegisterID($0.url), period: $0.register.period) }
        var state = AppState(workspace: Workspace(listing: slots), size: Size(width: 120, height: 40), capabilities: .full,
                             compare: "2021/22 Q3")
        let q3 = try #require(state.workspace.id(named: "lcc-2021-22-q3"))
        #expect(state.compare?.other == q3)
        #expect(state.pendingLoads().contains(.load(q3)))
        #expect(view(state).text().contains("Comparing with 2021/22 Q3 (loading)"))
    }

    @Test func anUnknownRegisterToCompareWithIsReported() throws {
        let state = AppState(scan: try Fixtures.scan(), size: Size(width: 80, height: 24), capabilities: .full, compare: "nope")
        #expect(state.compare == nil)
        #expect(state.message?.text.contains("no register \"nope\" to compare with") == true)
    }

    @Test func removedEntriesAreListedLastSelectableAndReadOnly() throws {
        var state = try comparing()
        #expect(state.listedRemovedEntries.map(\.id) == ["Corp 3"])
        #expect(state.listRowCount == 9)
        state.run(.press("2"), .press("G"))
        #expect(state.compare?.removedRow == 0)
        #expect(state.shownEntry?.id == "Corp 3")
        let screen = view(state).text()
        #expect(screen.contains("Corp 3 removed: "))
        #expect(screen.contains("Detail · Corp 3"))
        #expect(detailText(state).contains("Removed since 2021/22 Q3"))
        for key in ["S", "p"] {
            state.run(.press(Character(key)))
            #expect(state.overlay == nil)
            #expect(state.message?.text == "removed entry: read only")
        }
        state.run(.press("3"), .press("e"))
        #expect(state.overlay == nil)
        #expect(state.message?.text == "removed entry: read only")
        state.run(.press("2"), .up)
        #expect(state.compare?.removedRow == nil)
        #expect(state.selectedEntry?.id == "CO2")
    }

    @Test func aClickSelectsARemovedEntryAndAnotherAnEntryAgain() throws {
        var state = try comparing()
        let geometry = ListGeometry(pane: try #require(state.layout).list)
        state.run(.mouse(MouseEvent(.click, x: geometry.inner.x + 5, y: geometry.rowY(8))))
        #expect(state.focus == .list && state.compare?.removedRow == 0)
        #expect(state.shownEntry?.id == "Corp 3")
        state.run(.mouse(MouseEvent(.click, x: geometry.inner.x + 5, y: geometry.rowY(0))))
        #expect(state.compare?.removedRow == nil)
        #expect(state.shownEntry?.id == "Corp 1")
    }

    @Test func openingAnotherRegisterEndsCompareMode() throws {
        var state = try comparing()
        state.run(.press("r"), .press("j"), .enter)
        #expect(state.register?.period == "2021/22 Q3")
        #expect(state.compare == nil)
    }

    @Test func theListShowsEachEntrysMovement() throws {
        let state = try comparing()
        let delta = try #require(state.compareDelta)
        let movements = zip(try #require(state.register).entries, delta.entries).map { "\($0.0.id) \($0.1.movement.glyph)" }
        #expect(movements == ["Corp 1 →", "Corp 2 →", "Corp 4 ↑", "Corp 5 →", "Corp 6 →", "Corp 7 →", "CO1 →", "CO2 →"])
        let row = try #require(view(state).text().split(separator: "\n").first { $0.contains("│ Corp 4 ") })
        let owner = try #require(row.range(of: "Adult Social"))
        let arrow = try #require(row.range(of: "↑"))
        #expect(owner.upperBound < arrow.lowerBound, "the movement comes after the owner")
    }

    @Test func theDetailShowsEachChangedFieldBeforeAndAfter() throws {
        var state = try comparing()
        state.run(.press("2"), .down, .down)
        #expect(state.selectedEntry?.id == "Corp 4")
        let lines = detailText(state)
        #expect(lines[1] == "")
        #expect(lines[2] == "Since 2021/22 Q3:")
        #expect(lines.contains("• Current: 6 (3 × 2) → 20 (3 × 2)"))
    }

    @Test func listChangesAreCountedWithTheFirstChangedItem() {
        let before = Entry(id: "R1", kind: .risk, title: "A", controls: [Item(text: "one"), Item(text: "two")], owner: "Ann")
        let after = Entry(id: "R1", kind: .risk, title: "A", controls: [Item(text: "one"), Item(text: "2"), Item(text: "three")],
                          owner: "Bob")
        let lines = ComparisonLines.lines(for: EntryComparison(before: before, after: after), since: "Q1").map(\.text)
        #expect(lines == ["Since Q1:", "Controls: 1 added, 1 changed: “2”", "Owner: Ann → Bob"])
        #expect(ComparisonLines.lines(for: EntryComparison(before: nil, after: after), since: "Q1").map(\.text) == ["New since Q1"])
        #expect(ComparisonLines.lines(for: EntryComparison(before: before, after: before), since: "Q1").map(\.text)
                == ["Unchanged since Q1"])
    }

    @Test func theHeatMapShowsCountChangesAndTheEarlierCell() throws {
        var state = try comparing()
        state.run(.press("2"), .down, .down)
        // Corp 4 moved from Possible × Minor (6) to a printed 20, kept in the same cell by its factors;
        // Corp 3 (Possible × Major) is gone.
        #expect(state.heatChange(likelihood: 3, impact: 4) == -1)
        #expect(state.heatChange(likelihood: 4, impact: 4) == 0)
        let marks = try #require(state.compareMarks)
        #expect(marks.goalName == "before")
        #expect(marks.goal == .cell(likelihood: 3, impact: 2))
        #expect(view(state).text().contains("1−1"))
    }

    @Test func cAgainOrEscFromTheHeatMapEndsCompareMode() throws {
        var state = try comparing()
        state.run(.press("c"))
        #expect(state.compare == nil)
        state.run(.press("c"), .enter)
        #expect(state.compare != nil)
        state.run(.enter, .escape, .escape)
        #expect(state.focus == .heatMap)
        #expect(state.compare != nil, "the first Esc in the heat map clears the cell filter")
        state.run(.escape)
        #expect(state.compare == nil)
        #expect(!view(state).text().contains("Comparing with"))
    }

    @Test func theComparisonIsKeptUntilARegisterChanges() throws {
        var state = try comparing()
        let first = try #require(state.compareDelta)
        state.run(.press("2"), .down)
        #expect(try #require(state.compareDelta).entries == first.entries)
        #expect(state.derived.cycle.delta.value(for: CycleCache.PairKey(open: try #require(state.openID),
                                                                          other: try #require(state.compare?.other),
                                                                          revision: state.workspace.revision)) { _ in
            Issue.record("computed again")
            return first
        }.removed == first.removed)
    }

    @Test func theTimelineShowsTheScorePerPeriod() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("2"), .down, .down)
        let lines = detailText(state)
        let heading = try #require(lines.firstIndex(of: "Timeline"))
        #expect(lines[heading + 1].hasPrefix("2021/22 Q3 █"))
        #expect(lines[heading + 1].hasSuffix("█ 6"))
        #expect(lines[heading + 2].hasPrefix("2021/22 Q4 ████████████████████"))
        #expect(lines[heading + 2].hasSuffix("█ 20"))
    }

    @Test func aRenumberingAndATitleChangedCompletelyAreSaid() throws {
        let before = Entry(id: "CR9", uid: "a1", kind: .risk, title: "Delivering a statutory service",
                           owner: "A", current: Rating(score: 25))
        var after = before
        after.id = "Corp 3"
        after.title = "SEND Partnership Improvement Plan"
        let lines = ComparisonLines.lines(for: EntryComparison(before: before, after: after), since: "2019/20 Q1").map(\.text)
        #expect(lines == ["Since 2019/20 Q1:", "renumbered: CR9 → Corp 3",
                          "title changed: Delivering a statutory service → SEND Partnership Improvement Plan"])
        var renamed = before
        renamed.id = "cr 9"
        #expect(ComparisonLines.lines(for: EntryComparison(before: before, after: renamed), since: "P").map(\.text)
                == ["Unchanged since P"], "the same id, however spaced")
        var renumbered = before
        renumbered.id = "CR10"
        #expect(ComparisonLines.lines(for: EntryComparison(before: before, after: renumbered), since: "P").map(\.text)
                == ["Unchanged since P", "renumbered: CR9 → CR10"])
        let points = [TimelinePoint(stem: "a", period: "2019/20 Q1", entry: before),
                      TimelinePoint(stem: "b", period: "2021/22 Q3", entry: after)]
        #expect(TimelineLines.lines(for: points, width: 40, unicode: false).map(\.text)
                == ["Timeline", "2019/20 Q1 ######################### 25", "renumbered: CR9 → Corp 3",
                    "title changed: Delivering a statutory service → SEND Partnership Improvement Plan",
                    "2021/22 Q3 ######################### 25"])
    }

    @Test func theShippedRegistersShowTheirRenumberingsOnTheTimeline() throws {
        let state = try Fixtures.state("lcc-2021-22-q3", width: 120, height: 40)
        let corp3 = try #require(state.register?.entries.firstIndex { $0.id == "Corp 3" })
        var shown = state
        shown.selection = corp3
        let words = detailText(shown).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.contains("2016/17 Q4"), "CR25 of 2016/17 Q4 is Corp 3 (one identity)")
        #expect(words.contains("renumbered: CR25 → CR9"))
        #expect(words.contains("renumbered: CR9 → Corp 3"))
        #expect(words.contains("title changed: Delivering a statutory service"))
    }

    @Test func aPrintedIdReusedForAnotherRiskBringsNoneOfItsQuartersToTheTimeline() throws {
        // 2016/17 Q4's CR1 (medium-term financial strategy) is not 2019/20 Q1's CR1 (reshaping the council).
        let state = try Fixtures.state("lcc-2016-17-q4", width: 120, height: 40)
        let lines = detailText(state)
        let heading = try #require(lines.firstIndex(of: "Timeline"))
        #expect(lines[heading + 1].hasPrefix("2016/17 Q3 "))
        #expect(lines[heading + 2].hasPrefix("2016/17 Q4 "))
        #expect(lines[heading + 3].isEmpty, "it ends where the risk does")
    }

    @Test func theTimelineMarksPeriodsNotRated() throws {
        let rated = Entry(id: "R1", kind: .risk, title: "A", current: Rating(score: 25))
        let unrated = Entry(id: "R1", kind: .risk, title: "A")
        let points = [TimelinePoint(stem: "a", period: "2020/21 Q1", entry: unrated),
                      TimelinePoint(stem: "b", period: "2020/21 Q2", entry: rated)]
        #expect(TimelineLines.lines(for: points, width: 24, unicode: false).map(\.text)
                == ["Timeline", "2020/21 Q1 ·", "2020/21 Q2 ########## 25"])
        #expect(TimelineLines.lines(for: Array(points.prefix(1)), width: 24, unicode: false).isEmpty)
    }

    @Test func thePredecessorChainIsLoadedOneAtATimeAfterTheOpenRegister() throws {
        let scan = try Fixtures.scan()
        let slots = scan.registers.map {
            RegisterSlot(id: RegisterID($0.url), period: $0.register.period, title: $0.register.title)
        }
        var state = AppState(workspace: Workspace(listing: slots), size: Size(width: 120, height: 40), capabilities: .full)
        func load(_ stem: String) throws -> [Effect] {
            let loaded = try #require(scan.registers.first { RegisterID($0.url).stem == stem })
            return update(&state, .loaded(RegisterID(loaded.url), .success(loaded)))
        }
        func stems(_ effects: [Effect]) -> [String] {
            effects.compactMap { if case .load(let id) = $0 { id.stem } else { nil } }
        }
        #expect(stems(state.pendingLoads()) == ["lcc-2021-22-q4"], "the register shown is read first")
        var asked: [String] = []
        for stem in ["lcc-2021-22-q4", "lcc-2021-22-q3", "lcc-2019-20-q1", "lcc-2016-17-q4", "lcc-2016-17-q3"] {
            asked += stems(try load(stem))
        }
        #expect(asked == ["lcc-2021-22-q3", "lcc-2019-20-q1", "lcc-2016-17-q4", "lcc-2016-17-q3"])
    }

    @Test func theComputedDirectionStandsBesideThePrintedOne() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("2"), .down, .down)
        #expect(state.computedDirection() == "computed: up (6 → 20 since 2021/22 Q3)")
        let words = detailText(state).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.contains("\"+ve\" · computed: up (6 → 20 since 2021/22 Q3)"))
        // Q3's Corp 1 is 2019/20 Q1's CR1 (one identity), which was not rated.
        let earlier = try Fixtures.state("lcc-2021-22-q3")
        #expect(earlier.computedDirection() == "computed: level (— → 16 since 2019/20 Q1)")
        let listed = try Fixtures.listedState()
        #expect(listed.computedDirection() == nil)
    }
}
