@testable import RegisterUI
import RiskRegister
import Testing

/// `P`: the summary risk profile over the panes.
@Suite("Summary risk profile overlay", .timeLimit(.minutes(15)))
struct ProfileOverlayTests {
    @Test func pOpensTheProfileOnTheSelectedEntrysRowAndEscCloses() throws {
        var state = try Fixtures.state("lcc-2021-22-q4", width: 120, height: 40)
        state.run(.press("P"))
        #expect(state.overlay == .profile(ProfileTable(selection: 0, sort: .document)))
        let text = view(state).text()
        #expect(text.contains("Summary risk profile · 2021/22 Q4 · as printed"))
        #expect(text.contains("Corp1") && text.contains("Strength based Working"), "the printed rows, as printed")
        state.run(.escape)
        #expect(state.overlay == nil)
    }

    @Test func sCyclesTheOrderKeepingTheHighlightedRow() throws {
        var state = try Fixtures.state("lcc-2021-22-q4", width: 120, height: 40)
        state.run(.press("P"))
        let rows = try #require(state.summaryProfile).rows
        state.run(.press("s"))
        guard case .profile(let table) = state.overlay else {
            Issue.record("the profile closed")
            return
        }
        #expect(table.sort == .current)
        let order = table.sort.order(rows)
        #expect(order.map { rows[$0].currentScore ?? 0 } == order.map { rows[$0].currentScore ?? 0 }.sorted(by: >))
        #expect(rows[order[table.selection]].entryID == "Corp 1")
        state.run(.press("s"))
        guard case .profile(let target) = state.overlay else {
            Issue.record("the profile closed")
            return
        }
        #expect(target.sort == .target)
        let byTarget = target.sort.order(rows).map { rows[$0].targetScore ?? 0 }
        #expect(byTarget == byTarget.sorted(by: >))
        state.run(.press("s"))
        #expect(state.overlay == .profile(ProfileTable(selection: 0, sort: .document)))
    }

    @Test func enterOpensTheHighlightedEntryInTheDetail() throws {
        var state = try Fixtures.state("lcc-2021-22-q4", width: 120, height: 40)
        state.run(.press("o"), .press("P"), .press("G"), .enter)
        #expect(state.overlay == nil)
        #expect(state.selectedEntry?.id == "CO2")
        #expect(state.focus == .detail)
        #expect(state.kind == .all, "a filter that would hide the entry is cleared")
    }

    @Test func clickingARowOpensItsEntryAndClickingOutsideCloses() throws {
        var state = try Fixtures.state("lcc-2021-22-q4", width: 120, height: 40)
        let box = try #require(state.layout).profileBox
        state.run(.press("P"), .mouse(MouseEvent(.click, x: box.x + 5, y: box.y + 2 + 2)))
        #expect(state.overlay == nil)
        #expect(state.selectedEntry?.id == "Corp 4", "the third row of Appendix B")
        state.run(.press("P"), .mouse(MouseEvent(.click, x: 0, y: 0)))
        #expect(state.overlay == nil)
        #expect(state.selectedEntry?.id == "Corp 4")
    }

    @Test func theDetailFlagsAPrintedProfileARescoreLeftBehind() throws {
        var state = try Fixtures.state("lcc-2021-22-q4", width: 120, height: 40)
        func profileLine() throws -> String {
            let entry = try #require(state.selectedEntry)
            let register = try #require(state.register)
            return try #require(EntryDetail.lines(for: entry, scale: register.scale).map(\.text).first { $0.hasPrefix("Summary profile:") })
        }
        #expect(try !profileLine().contains("printed"))
        // Corp 1 is 4 × 4 = 16: one likelihood lower is 12.
        state.run(.press("S"), .press("h"), .enter)
        #expect(state.selectedEntry?.current.effectiveScore == 12)
        #expect(try profileLine().contains("16 → 9 (printed 16, now 12)"))
    }
}
