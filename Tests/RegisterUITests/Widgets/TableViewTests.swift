import Testing
@testable import RegisterUI

/// The list widget behind the entry list, the picker and the search across registers.
@Suite(.timeLimit(.minutes(15))) struct TableViewTests {
    @Test func onlyTheRowsOnScreenAreBuiltHoweverManyThereAre() {
        var screen = Screen(size: Size(width: 30, height: 10))
        var built: [Int] = []
        let table = TableView(rect: Rect(x: 1, y: 2, width: 20, height: 5), count: 1_000_000, showing: 500_000)
        table.draw(on: &screen, row: { index in
            built.append(index)
            return [Span("row \(index)")]
        }, target: { .listRow($0) })
        #expect(built == Array(499_996...500_000), "the selection is on the last line, the rows above it fill the rest")
        #expect(screen.text().split(separator: "\n")[6].contains("row 500000"))
        #expect(screen.target(atX: 5, y: 6) == .listRow(500_000))
        #expect(screen.target(atX: 5, y: 7) == nil, "nothing below the table")
    }

    @Test func theSelectionIsHighlightedOnlyWhenAskedAndTheTopIsKept() {
        var focused = Screen(size: Size(width: 20, height: 6))
        var unfocused = Screen(size: Size(width: 20, height: 6))
        let rect = Rect(x: 0, y: 0, width: 20, height: 4)
        TableView(rect: rect, count: 10, top: 3, selection: 4).draw(on: &focused, row: { [Span("r\($0)")] }, target: { .pickerRow($0) })
        TableView(rect: rect, count: 10, top: 3, selection: 4, highlightsSelection: false)
            .draw(on: &unfocused, row: { [Span("r\($0)")] }, target: { .pickerRow($0) })
        #expect(focused.text().hasPrefix("r3"), "an explicit top is kept")
        #expect(focused[0, 1] != unfocused[0, 1], "row 4, the selection, is highlighted only in the focused table")
        #expect(focused[0, 0] == unfocused[0, 0])
    }

    @Test func cellsAreFittedToTheirWidthsAndTheLastTakesWhatIsLeft() {
        let spans = TableView.fit([("2021/22 Q4", 12, .normal), ("a-very-long-file-name.json", 10, .dim)],
                                  rest: ("A title far too long for the row", .normal), width: 40, ellipsis: "…")
        #expect(Span.columns(of: spans) == 40)
        #expect(spans.map(\.text) == ["2021/22 Q4  ", "a-very-lo…", "A title far too l…"])
    }
}
