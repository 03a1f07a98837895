import Foundation
@testable import RegisterUI
import RiskRegister
import Testing

@Suite("View", .timeLimit(.minutes(15)))
struct ViewTests {
    @Test func heatMapCellsTakeTheirBandColourAndOpportunitiesReadTheOtherWay() throws {
        var state = try Fixtures.state()
        let layout = try #require(state.layout)
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        func role(_ likelihood: Int, _ impact: Int) -> StyleRole {
            let cell = heat.cell(likelihood: likelihood, impact: impact)
            return view(state)[cell.x + 1, cell.y].style.role
        }
        #expect(role(5, 5) == .bandRed)
        #expect(role(4, 4) == .bandAmber)
        #expect(role(3, 2) == .bandYellow)
        #expect(role(1, 1) == .bandGreen)
        state.run(.press("o"), .press("o"))
        #expect(role(5, 5) == .bandGreen)
        #expect(role(4, 4) == .bandYellow)
        #expect(role(1, 1) == .bandRed)
    }

    @Test func monochromeCellsCarryBandLettersAndColourCellsDoNot() throws {
        let colour = try Fixtures.state()
        let mono = try Fixtures.state(capabilities: TerminalCapabilities(colours: false, unicode: true))
        let layout = try #require(colour.layout)
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        let row = heat.cell(likelihood: 1, impact: 5)
        let monoRow = view(mono).row(row.y).map(\.character).joined()
        let colourRow = view(colour).row(row.y).map(\.character).joined()
        #expect(monoRow.contains("5M ·"))
        #expect(monoRow.contains("25V ·"))
        #expect(colourRow.contains("25 ·") && !colourRow.contains("V"))
    }

    @Test func theScoreOnlyStripNamesAScoreAndItsCountApart() throws {
        let state = try Fixtures.state("lcc-2016-17-q3", width: 120, height: 40)
        let text = view(state).text()
        #expect(text.contains("25 (6)"), "six entries scoring 25")
        #expect(text.contains("16 (8)"))
        #expect(!text.contains("25×6"), "× means likelihood × impact everywhere else")
        let mono = try Fixtures.state("lcc-2016-17-q3", width: 120, height: 40, capabilities: .plain)
        #expect(view(mono).text().contains("25V (6)"))
    }

    @Test func confidenceLettersTakeTheirColours() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("2"), .down)
        #expect(state.selectedEntry?.id == "Corp 2")
        let row = try #require(state.detailRows.first { $0.map(\.text).joined().hasPrefix("Confidence:") })
        #expect(row.map(\.text).joined() == "Confidence: Q1 — Q2 — Q3 G Q4 A", "letters read without colour")
        #expect(row.contains(Span("G", .bandGreen)))
        #expect(row.contains(Span("A", .bandAmber)))
        #expect(!row.contains { $0.text.contains("Q") && $0.role != .label && $0.role != .normal })
    }

    @Test func theHeatMapCountsOnlyWhatTheListShows() throws {
        func total(_ state: AppState) throws -> Int {
            let model = try #require(state.heatModel)
            let cells = Scale.factorRange.flatMap { l in Scale.factorRange.map { i in model.ids(likelihood: l, impact: i).count } }
            return cells.reduce(0, +) + model.strip.map(\.count).reduce(0, +)
        }
        var state = try Fixtures.state("lcc-2016-17-q4")
        #expect(try total(state) == 19)
        state.run(.press("/"))
        state.run(.press("z"), .press("q"), .press("x"))
        #expect(state.visibleEntries.isEmpty)
        #expect(try total(state) == 0, "a search matching nothing empties the map")
        #expect(view(state).text().contains("Score only: none"))
        state.run(.escape, .press("/"))
        state.run(.press("c"), .press("h"), .press("i"), .press("l"), .press("d"), .enter)
        #expect(!state.visibleEntries.isEmpty && state.visibleEntries.count < 19)
        #expect(try total(state) == state.visibleEntries.count)
        #expect(view(state).text().contains("Heat map · current · all · \"child\""))
        state.run(.press("o"))
        #expect(try total(state) == state.visibleEntries.count, "the kind filter too")
    }

    @Test func theCellFilterLeavesTheRestOfTheMapInView() throws {
        var state = try Fixtures.state()
        state.run(.enter)
        #expect(state.visibleEntries.count == 3)
        #expect(state.heatModel?.ids(likelihood: 5, impact: 4) == ["Corp 6"], "other cells still counted")
    }

    @Test func listScoresAreBandChipsInEveryMode() throws {
        for capabilities in [TerminalCapabilities.full, .plain] {
            let state = try Fixtures.state(capabilities: capabilities)
            let text = view(state).text()
            // The newest register has a printed anomaly (Corp 4), so each chip is followed by a
            // column for its mark (AnomalyTests), blank here.
            #expect(text.contains("16H   9M"))
            #expect(text.contains("20V  12H"))
        }
    }

    @Test func focusedSelectionIsHighlightedAndOnlyThere() throws {
        var state = try Fixtures.state()
        let layout = try #require(state.layout)
        let list = ListGeometry(pane: layout.list)
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        let cursor = heat.cell(likelihood: 4, impact: 4)
        var screen = view(state)
        #expect(screen[cursor.x, cursor.y].style == Style(.bandAmber, highlighted: true))
        #expect(!screen[list.inner.x + 3, list.rowY(0)].style.isHighlighted)
        state.run(.tab)
        screen = view(state)
        #expect(screen[cursor.x, cursor.y].style == Style(.bandAmber))
        #expect(screen[list.inner.x + 3, list.rowY(0)].style.isHighlighted)
        #expect(!screen[list.inner.x + 3, list.rowY(1)].style.isHighlighted)
        let highlighted = (0..<screen.size.height).flatMap { y in screen.row(y).filter(\.style.isHighlighted) }
        #expect(highlighted.count == list.inner.width)
    }

    @Test func selectedEntryMarksItsCurrentAndTargetCells() throws {
        let state = try Fixtures.state()
        let layout = try #require(state.layout)
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        let screen = view(state)
        func text(_ rect: Rect) -> String {
            (rect.x..<rect.maxX).map { screen[$0, rect.y].character }.joined()
        }
        #expect(text(heat.cell(likelihood: 4, impact: 4)).contains("●"), "Corp 1 now: Likely × Major")
        #expect(text(heat.cell(likelihood: 3, impact: 3)).contains("○"), "Corp 1 target: Possible × Moderate")
        #expect(!text(heat.cell(likelihood: 5, impact: 4)).contains("●"))
    }

    @Test func thePickerScrollsOnToTheFilesThatDidNotLoadAndShowsTheirWholeError() throws {
        let failures = (1...20).map { number in
            LoadFailure(url: URL(fileURLWithPath: "/data/broken-\(number).json"),
                        messages: ["/data/broken-\(number).json:1:1: error: expected a value, found \"x\" (a long message)"])
        }
        let scan = DirectoryScan(registers: try Fixtures.scan().registers, failures: failures)
        var state = AppState(scan: scan, size: Size(width: 80, height: 24), capabilities: .full)
        state.run(.press("r"))
        #expect(view(state).text().contains("2021/22 Q4"))
        #expect(!view(state).text().contains("broken-20.json"), "20 failures do not fit beside 5 registers")
        state.run(.type(String(repeating: "j", count: 30)))
        #expect(state.overlay == .picker(selection: 24), "the selection stops on the last row")
        let scrolled = view(state).text()
        #expect(scrolled.contains("▸✗ broken-20.json"))
        #expect(!scrolled.contains("8 entries"), "the newest register has scrolled out of view")
        state.run(.enter)
        #expect(state.overlay == .picker(selection: 24), "a file that did not load does not open")
        #expect(view(state).text().contains("/data/broken-20.json:1:1: error: expected a value"))
        #expect(state.openID == state.workspace.slots.last?.id)
    }

    @Test func theScoreEditorKeepsItsPickersAndScoreInTheSmallestTerminal() throws {
        for (width, height) in [(72, 20), (80, 24), (120, 40)] {
            var state = try Fixtures.state(width: width, height: height)
            state.run(.press("3"), .press("S"))
            let text = view(state).text()
            #expect(text.contains("Likelihood: < 4 Likely"), "\(width)×\(height)")
            #expect(text.contains("Impact: < 4 Major"), "\(width)×\(height)")
            #expect(text.contains("Score: 4 × 4 = 16 High"), "\(width)×\(height)")
            #expect(text.contains("[1 current]"), "the rating being changed is named at \(width)×\(height)")
            #expect(text.contains("residual") == (width > 72), "every rating is listed where there is room")
        }
    }

    @Test func searchMatchesAreMarkedInTheListAndTheDetailPane() throws {
        var state = try Fixtures.state()
        state.run(.press("/"), .type("family"), .enter)
        let screen = view(state)
        let matched = (0..<screen.size.height).map { y in
            screen.row(y).filter { $0.style.role == .match }.map(\.character).joined()
        }.filter { !$0.isEmpty }
        #expect(!matched.isEmpty)
        #expect(matched.allSatisfy { $0.lowercased().hasPrefix("family") && $0.count % 6 == 0 }, "\(matched)")
        let layout = try #require(state.layout)
        let list = ListGeometry(pane: layout.list)
        let listRow = screen.row(list.rowY(0)).map(\.character).joined()
        #expect(listRow.contains("Family Safeguarding"), "Corp 2 is the first entry that matches")
        #expect(screen.row(list.rowY(0)).contains { $0.style.role == .match })
        let detail = layout.detail.inset(by: 1)
        let detailMatches = (detail.y..<detail.maxY).filter { y in screen.row(y).contains { $0.style.role == .match } }
        #expect(!detailMatches.isEmpty, "the detail pane marks Family in Corp 2's text")

        state.run(.escape)
        let cleared = view(state)
        #expect(!(0..<cleared.size.height).contains { y in cleared.row(y).contains { $0.style.role == .match } })
    }

    @Test func searchPromptPlacesTheTerminalCursor() throws {
        var state = try Fixtures.state()
        #expect(view(state).cursor == nil)
        state.run(.press("/"), .type("ict"))
        let layout = try #require(state.layout)
        #expect(view(state).cursor == Point(x: 12, y: layout.status.y))
    }

    @Test func unsavedChangesShowOnTheStatusLine() throws {
        var state = try Fixtures.state()
        #expect(!view(state).text().contains(StatusLine.unsavedMarker))
        state.run(.press("3"), .press("t"))
        #expect(state.hasUnsavedChanges)
        let layout = try #require(state.layout)
        let status = view(state).row(layout.status.y)
        #expect(status.map(\.character).joined().contains(StatusLine.unsavedMarker))
        #expect(status.contains { $0.style.role == .warning })
    }

    @Test func hintBarFollowsTheActiveContextAndKeepsHelpAndQuit() throws {
        var state = try Fixtures.state()
        let layout = try #require(state.layout)
        func hints() -> String { view(state).row(layout.hints.y).map(\.character).joined() }
        #expect(hints().contains("Enter filter"))
        #expect(hints().hasSuffix("? help  q quit "))
        state.run(.press("2"))
        #expect(hints().contains("Enter open"))
        state.run(.press("/"))
        #expect(hints().contains("Esc clear") && !hints().contains("q quit"))
    }

    /// Every frame of every golden session is exactly as wide as the screen on every row, in
    /// columns: nothing shifts, whatever the data holds.
    @Test func everyRowIsExactlyTheScreensWidth() throws {
        for golden in GoldenCase.all {
            var state = try Fixtures.state(golden.register, source: golden.source, width: golden.width,
                                           height: golden.height, capabilities: golden.capabilities)
            var screens = [view(state)]
            for step in golden.steps {
                state.run(step)
                screens.append(view(state))
            }
            for screen in screens {
                let lines = screen.text().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                let misfits = lines.filter { TextWidth.columns(of: $0) != screen.size.width }
                #expect(lines.count == screen.size.height)
                #expect(misfits.isEmpty, "\(golden.name)")
            }
        }
    }
}
