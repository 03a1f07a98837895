@testable import RegisterUI
import Testing

@Suite("Mouse", .timeLimit(.minutes(15)))
struct MouseTests {
    @Test func clickOnAListRowSelectsItAndFocusesTheList() throws {
        var state = try Fixtures.state()
        let geometry = try ListGeometry(pane: #require(state.layout).list)
        state.run(.mouse(MouseEvent(.click, x: geometry.inner.x + 5, y: geometry.rowY(2))))
        #expect(state.focus == .list)
        #expect(state.selectedEntry?.id == "Corp 4")
        state.run(.mouse(MouseEvent(.click, x: geometry.inner.x + 5, y: geometry.rowY(7) + 1)))
        #expect(state.selectedEntry?.id == "Corp 4", "below the last row")
    }

    @Test func clickOnACellMovesTheCursorAndASecondClickFilters() throws {
        var state = try Fixtures.state()
        let layout = try #require(state.layout)
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        let cell = heat.cell(likelihood: 5, impact: 3)
        state.run(.press("2"), .mouse(MouseEvent(.click, x: cell.x + 1, y: cell.y)))
        #expect(state.focus == .heatMap)
        #expect(state.cursor == HeatCursor(likelihood: 5, impact: 3, stripIndex: nil))
        #expect(state.cellFilter == nil)
        state.run(.mouse(MouseEvent(.click, x: cell.x + 2, y: cell.y)))
        #expect(state.cellFilter == CellFilter(rating: .current, placement: .cell(likelihood: 5, impact: 3)))
        #expect(state.focus == .list)
    }

    @Test func clickOnAStripItemSelectsIt() throws {
        var state = try Fixtures.state("lcc-2016-17-q3")
        let layout = try #require(state.layout)
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        let model = try #require(state.heatModel)
        let register = try #require(state.register)
        let labels = HeatMapPane.stripLabels(model, scale: register.scale, state: state)
        let rect = try #require(heat.stripRects(widths: labels.map { TextWidth.columns(of: $0) })[3])
        state.run(.mouse(MouseEvent(.click, x: rect.x + 1, y: rect.y)))
        #expect(state.cursor.stripIndex == 3)
        #expect(view(state).row(rect.y).map(\.character).joined().contains("[12 (4) ]"))
    }

    @Test func wheelMovesTheListAndScrollsTheDetail() throws {
        var state = try Fixtures.state("lcc-2016-17-q4")
        let layout = try #require(state.layout)
        state.run(.mouse(MouseEvent(.wheelDown, x: layout.list.x + 3, y: layout.list.y + 3)))
        #expect(state.selectedEntry?.id == "CR5")
        state.run(.mouse(MouseEvent(.wheelDown, x: layout.detail.x + 3, y: layout.detail.y + 3)))
        #expect(state.detailTop == 3)
        state.run(.mouse(MouseEvent(.wheelUp, x: layout.detail.x + 3, y: layout.detail.y + 3)))
        #expect(state.detailTop == 0)
        #expect(state.focus == .heatMap, "the wheel does not move focus")
    }

    @Test func clickOnAFailureRowKeepsThePickerAndOutsideClosesIt() throws {
        var state = try Fixtures.state(source: .dataWithFailure)
        state.run(.press("r"))
        let screen = view(state)
        let row = try #require((0..<screen.size.height).first { screen.row($0).map(\.character).joined().contains("broken.json") })
        state.run(.mouse(MouseEvent(.click, x: 20, y: row)))
        #expect(state.overlay == .picker(selection: 0))
        #expect(state.register?.period == "2021/22 Q4")
        state.run(.mouse(MouseEvent(.click, x: 0, y: 0)))
        #expect(state.overlay == nil)
        #expect(state.focus == .heatMap)
    }

    @Test func clickInThePickerOpensThatRegister() throws {
        var state = try Fixtures.state()
        state.run(.press("r"))
        let screen = view(state)
        let row = try #require((0..<screen.size.height).first { screen.row($0).map(\.character).joined().contains("2019/20 Q1") })
        state.run(.mouse(MouseEvent(.click, x: 20, y: row)))
        #expect(state.overlay == nil)
        #expect(state.register?.period == "2019/20 Q1")
    }

    @Test func theFrameRecordsWhatEachRegionShowsTopmostFirst() throws {
        var state = try Fixtures.state()
        let layout = try #require(state.layout)
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        let cell = heat.cell(likelihood: 4, impact: 2)
        var screen = view(state)
        #expect(screen.target(atX: cell.x, y: cell.y) == .heatCell(likelihood: 4, impact: 2))
        #expect(screen.target(atX: cell.maxX - 1, y: cell.y) == .heatCell(likelihood: 4, impact: 2))
        #expect(screen.target(atX: heat.inner.x, y: cell.y) == .pane(.heatMap), "the impact labels are the pane's")
        let list = ListGeometry(pane: layout.list)
        #expect(screen.target(atX: list.inner.x + 3, y: list.rowY(1)) == .listRow(1))
        #expect(screen.target(atX: layout.detail.x + 2, y: layout.detail.y + 2) == .pane(.detail))
        state.run(.press("r"))
        screen = view(state)
        let box = layout.pickerBox(rows: state.pickerRowCount)
        #expect(screen.target(atX: box.x + 3, y: box.y + 1) == .pickerRow(0), "the picker lies over the panes")
        #expect(screen.target(atX: box.x, y: box.y) == .overlay)
    }
}
