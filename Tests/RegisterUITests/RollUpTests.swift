import Foundation
import Testing
@testable import RegisterUI
import RiskRegister

/// `U`: every register of the open register's period together, over Data/'s 2021/22 Q4 corporate
/// register and a directorate register of the same period (`DirectorateRegister`).
@Suite("Roll-up overlay", .timeLimit(.minutes(15)))
struct RollUpTests {
    private func state() throws -> AppState {
        try Fixtures.state("lcc-2021-22-q4", source: .withDirectorate, width: 120, height: 40)
    }

    @Test func uShowsTheCombinedHeatMapTheCountsAndTheRisksNotEscalated() throws {
        var state = try state()
        state.run(.press("U"))
        #expect(state.overlay == .rollUp(RollUpTable()))
        let rollUp = try #require(state.rollUp)
        #expect(rollUp.period == "2021/22 Q4")
        #expect(rollUp.counts.map(\.stem) == ["lcc-2021-22-q4", DirectorateRegister.stem], "the corporate register first")
        #expect(rollUp.counts.map(\.count) == [8, 3])
        #expect(rollUp.unescalated.map(\.entry.id) == [DirectorateRegister.unlinkedID], "ASC 1 is escalated to Corp 4")
        let text = view(state).text()
        #expect(text.contains("Roll-up · 2021/22 Q4 · Enter opens · Esc closes"))
        #expect(text.contains("2021/22 Q4 · 2 registers · 11 open entries"))
        #expect(text.contains("asc-2021-22-q4") && text.contains("directorate") && text.contains("corporate"))
        #expect(text.contains("Care market sufficiency"))
        #expect(!text.contains("Hospital discharge delays"))
        // Likely × Major (16): Corp 1, Corp 5 and Corp 7 of the corporate register, and ASC 2.
        #expect(rollUp.entries(likelihood: 4, impact: 4).count == 4)
        state.run(.escape)
        #expect(state.overlay == nil)
    }

    @Test func enterOpensTheHighlightedEntryInItsRegister() throws {
        var state = try state()
        state.run(.press("U"), .enter)
        #expect(state.overlay == nil)
        #expect(state.openID?.stem == DirectorateRegister.stem)
        #expect(state.selectedEntry?.id == DirectorateRegister.unlinkedID)
        #expect(state.focus == .detail)
    }

    @Test func clickingARowOpensItsEntryAndClickingOutsideCloses() throws {
        var state = try state()
        let rows = RollUpGeometry(box: try #require(state.layout).profileBox).table
        state.run(.press("U"), .mouse(MouseEvent(.click, x: 0, y: 0)))
        #expect(state.overlay == nil)
        state.run(.press("U"), .mouse(MouseEvent(.click, x: rows.x + 4, y: rows.y)))
        #expect(state.selectedEntry?.id == DirectorateRegister.unlinkedID)
    }

    @Test func aPeriodOfOneCorporateRegisterHasNothingToEscalate() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("U"))
        let text = view(state).text()
        #expect(text.contains("2021/22 Q4 · 1 register · 8 open entries"))
        #expect(text.contains("None: no directorate register in 2021/22 Q4"))
        state.run(.enter)
        #expect(state.overlay == .rollUp(RollUpTable()), "Enter on no entry does nothing")
    }

    @Test func whileRegistersOfThePeriodLoadItSaysSoAndFillsIn() throws {
        let scan = try Fixtures.scan(.withDirectorate)
        let slots = scan.registers.map { RegisterSlot(id: RegisterID($0.url), period: $0.register.period, title: $0.register.title) }
        var state = AppState(workspace: Workspace(listing: slots), size: Size(width: 120, height: 40), capabilities: .full,
                             register: "lcc-2021-22-q4")
        func load(_ stem: String) throws {
            let loaded = try #require(scan.registers.first { RegisterID($0.url).stem == stem })
            _ = update(&state, .loaded(RegisterID(loaded.url), .success(loaded)))
        }
        try load("lcc-2021-22-q4")
        state.run(.press("U"))
        #expect(view(state).text().contains("2021/22 Q4 · 1 register · 8 open entries · loading 1 register…"))
        try load(DirectorateRegister.stem)
        let text = view(state).text()
        #expect(text.contains("2021/22 Q4 · 2 registers · 11 open entries"))
        #expect(!text.contains("loading"))
        #expect(text.contains("Care market sufficiency"))
    }
}
