import Foundation
@testable import RegisterUI
import RiskRegister
import Testing

/// Printed anomalies stay as printed until changed on purpose (issue 8, items 6 and 7). Q4 2021/22
/// Corp 4 prints current 20 beside Possible (3) × Minor (2) and target 6 beside Certain (5) × Major
/// (4); its first note explains why.
@Suite("Printed anomalies", .timeLimit(.minutes(15)))
struct AnomalyTests {
    /// The newest register (Q4 2021/22) with Corp 4 selected from the list, the list focused.
    private func onCorp4(width: Int = 80, height: Int = 24, capabilities: TerminalCapabilities = .full) throws -> AppState {
        var state = try Fixtures.state(width: width, height: height, capabilities: capabilities)
        state.run(.press("2"), .down, .down)
        try #require(state.selectedEntry?.id == "Corp 4")
        try #require(state.selectedEntry?.current.isAnomalous == true)
        return state
    }

    /// The text of a rectangle of the screen, one string per row.
    private func rows(_ rect: Rect, of screen: Screen) -> [String] {
        (rect.y..<rect.maxY).map { y in (rect.x..<rect.maxX).map { screen[$0, y].character }.joined() }
    }

    private func cellText(_ state: AppState, likelihood: Int, impact: Int) throws -> String {
        let layout = try #require(state.layout)
        let heat = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        return rows(heat.cell(likelihood: likelihood, impact: impact), of: view(state)).joined()
    }

    private func detailText(_ state: AppState) throws -> String {
        let layout = try #require(state.layout)
        return rows(layout.detail.inset(by: 1), of: view(state)).joined(separator: "\n")
    }

    /// The detail pane's text with its word wrap undone: rows joined by one space.
    private func flowedDetailText(_ state: AppState) throws -> String {
        try detailText(state).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }

    // MARK: The score editor

    @Test func enterInTheScoreEditorLeavesAPrintedAnomalyByteForByte() throws {
        var state = try onCorp4()
        let register = try #require(state.register)
        let before = try #require(state.selectedEntry)
        state.run(.press("S"))
        _ = try #require(state.overlay?.scoreEditor, "no score editor")
        state.run(.enter)
        #expect(state.overlay == nil)
        #expect(state.selectedEntry == before)
        #expect(RegisterFile.encode(try #require(state.register)) == RegisterFile.encode(register))
        #expect(state.undoStack.isEmpty, "no undo step")
        #expect(!state.hasUnsavedChanges)
        #expect(view(state).text().contains("No change"), "the status line says nothing was changed")
        // The target (6 printed beside 5 × 4) likewise.
        state.run(.press("S"), .press("2"), .enter)
        #expect(state.selectedEntry == before)
        #expect(state.undoStack.isEmpty)
    }

    @Test func theScoreEditorShowsThePrintedScoreAndTheProductApart() throws {
        var state = try onCorp4(width: 120, height: 40)
        state.run(.press("S"))
        let text = view(state).text()
        #expect(text.contains("Printed: 20 Very high, not 3 × 2"))
        #expect(text.contains("Score: 20 Very high kept"), "Enter keeps the printed score")
        #expect(text.contains("3 × 2 = 6"), "the product is still shown")
        #expect(!text.contains("Score: 3 × 2 = 6 Medium"), "the product is not offered as the score")
        // A factor changed: the product becomes the score Enter writes; what was printed stays in view.
        state.run(.press("l"))
        let changed = view(state).text()
        #expect(changed.contains("Score: 4 × 2 = 8 Medium"))
        #expect(changed.contains("Printed: 20 Very high, not 3 × 2"))
        // In the smallest terminal both rows still show.
        var small = try onCorp4(width: 72, height: 20)
        small.run(.press("S"))
        let smallText = view(small).text()
        #expect(smallText.contains("Printed: 20, not 3 × 2"))
        #expect(smallText.contains("Score: 20 Very high"))
        #expect(smallText.contains("Likelihood: < 3 Possible"))
    }

    @Test func changingAFactorOnPurposeRescoresAndUndoes() throws {
        var state = try onCorp4()
        let before = try #require(state.selectedEntry)
        // Out and back again is not a change.
        state.run(.press("S"), .press("l"), .press("h"), .enter)
        #expect(state.selectedEntry == before)
        #expect(state.undoStack.isEmpty)
        // A new likelihood: factors and score written, the printed words go (they described 3 × 2).
        state.run(.press("S"), .press("l"), .enter)
        #expect(state.selectedEntry?.current == Rating(likelihood: 4, impact: 2, score: 8))
        #expect(state.selectedEntry?.target == before.target, "only the edited rating changes")
        #expect(state.undoStack.count == 1)
        #expect(state.hasUnsavedChanges)
        state.run(.press("u"))
        #expect(state.selectedEntry == before)
        // `=` takes the product on purpose without changing a factor.
        state.run(.press("S"), .press("="), .enter)
        #expect(state.selectedEntry?.current == Rating(likelihood: 3, impact: 2, score: 6))
        state.run(.press("u"))
        #expect(state.selectedEntry == before)
    }

    @Test func enterWithoutAChangeLeavesAnOrdinaryRatingAndItsPrintedWordsAlone() throws {
        // Corp 1's current likelihood is printed "Major (4)" (an impact word); 4 × 4 = 16 as printed.
        var state = try Fixtures.state()
        let before = try #require(state.selectedEntry)
        try #require(before.id == "Corp 1" && before.current.likelihoodText == "Major (4)" && !before.current.isAnomalous)
        state.run(.press("S"), .enter)
        #expect(state.selectedEntry == before)
        #expect(state.undoStack.isEmpty, "no undo step")
        #expect(!state.hasUnsavedChanges)
        #expect(view(state).text().contains("No change"))
        // A score printed without factors is not given the editor's starting 3 × 3 either.
        var old = try Fixtures.state("lcc-2016-17-q3")
        let scoreOnly = try #require(old.selectedEntry)
        try #require(scoreOnly.current.likelihood == nil && scoreOnly.current.score != nil)
        old.run(.press("S"), .enter)
        #expect(old.selectedEntry == scoreOnly)
        #expect(old.undoStack.isEmpty)
    }

    // MARK: The marks

    @Test func theHeatMapCellHoldingAnAnomalyIsMarked() throws {
        var state = try Fixtures.state()
        #expect(try cellText(state, likelihood: 3, impact: 2).contains("≠2"), "Corp 4 (20 printed) and CO2 in Possible × Minor")
        for likelihood in 1...5 {
            for impact in 1...5 where !(likelihood == 3 && impact == 2) {
                #expect(try !cellText(state, likelihood: likelihood, impact: impact).contains("≠"), "\(likelihood) × \(impact)")
            }
        }
        // The target view: Corp 4's target (6 printed beside Certain × Major).
        state.run(.press("v"))
        #expect(try cellText(state, likelihood: 5, impact: 4).contains("≠"))
        #expect(try !cellText(state, likelihood: 3, impact: 2).contains("≠"))
        // Without Unicode the mark is "!"; without colours the score carries the band letter.
        let ascii = try Fixtures.state(capabilities: .plain)
        #expect(try cellText(ascii, likelihood: 3, impact: 2).contains("!2"))
        let mono = try Fixtures.state(capabilities: TerminalCapabilities(colours: false, unicode: true))
        #expect(try cellText(mono, likelihood: 3, impact: 2).contains("6M ≠2"))
    }

    @Test func theListMarksAnAnomalousScoreNextToItsChip() throws {
        for (capabilities, mark) in [(TerminalCapabilities.full, "≠"), (.plain, "!")] {
            let state = try Fixtures.state(capabilities: capabilities)
            let layout = try #require(state.layout)
            let list = rows(ListGeometry(pane: layout.list).inner, of: view(state))
            let corp4 = try #require(list.first { $0.contains("Corp 4") })
            #expect(corp4.contains("20V\(mark)  6M\(mark)"), "\(corp4)")
            #expect(list.filter { $0.contains(mark) && !$0.contains("Corp 4") }.isEmpty)
            let cell = view(state)
            let x = try #require(corp4.firstRange(of: "20V\(mark)")).upperBound.utf16Offset(in: corp4) - 1
            let y = try #require(list.firstIndex(of: corp4)) + ListGeometry(pane: layout.list).inner.y
            #expect(cell[ListGeometry(pane: layout.list).inner.x + x, y].style.role == .warning)
        }
    }

    @Test func theDetailScoreLineSaysWhatIsOddAndNamesTheKey() throws {
        let state = try onCorp4(width: 120, height: 40)
        let text = try flowedDetailText(state)
        #expect(text.contains("Current: 20 Very high · ≠ printed 20, not 3 × 2 = 6 (! notes) · likelihood 3 Possible"))
        #expect(text.contains("Target: 6 Medium · ≠ printed 6, not 5 × 4 = 20 (! notes) · likelihood 5 Certain"))
        // The mark is a character; its colour (the warning role) only helps.
        let layout = try #require(state.layout)
        let screen = view(state)
        let inner = layout.detail.inset(by: 1)
        let marks = (inner.y..<inner.maxY).flatMap { y in
            (inner.x..<inner.maxX).filter { screen[$0, y].character == "≠" }.map { screen[$0, y].style.role }
        }
        #expect(marks == [.warning, .warning])
        let ascii = try onCorp4(width: 120, height: 40, capabilities: .plain)
        #expect(try flowedDetailText(ascii).contains("Current: 20 Very high . ! printed 20, not 3 x 2 = 6 (! notes)"))
        // An ordinary rating has no mark.
        let corp1 = try Fixtures.state(width: 120, height: 40)
        #expect(try !detailText(corp1).contains("≠"))
    }

    // MARK: The reason, one key away

    @Test func theReasonKeyScrollsTheDetailPaneToTheNotesAndBack() throws {
        var state = try onCorp4()
        #expect(try !detailText(state).contains("The card header and Appendix B print current 20"))
        state.run(.press("!"))
        let notes = try detailText(state)
        #expect(notes.hasPrefix("Notes"), "the notes' heading is the pane's first line")
        #expect(notes.contains("! The card header and Appendix B"))
        #expect(state.focus == .list, "the list keeps the focus: the next entry is one key away too")
        // Again: back to the top of the entry.
        state.run(.press("!"))
        #expect(state.detailTop == 0)
        #expect(try detailText(state).hasPrefix("Corp 4 · risk"))
        // From the heat map and the detail pane too.
        state.run(.press("1"), .press("!"))
        #expect(try detailText(state).hasPrefix("Notes"))
        state.run(.press("3"), .press("g"), .press("!"))
        #expect(try detailText(state).hasPrefix("Notes"))
    }

    @Test func theReasonKeySaysSoWhenAnEntryHasNoNotes() throws {
        var state = try Fixtures.state("lcc-2021-22-q3")
        state.run(.press("2"), .down)
        try #require(state.selectedEntry?.id == "Corp 2" && state.selectedEntry?.notes.isEmpty == true)
        state.run(.press("!"))
        #expect(state.detailTop == 0)
        #expect(view(state).text().contains("Corp 2 has no notes"))
    }

    @Test func theReasonKeyIsInTheCommandTable() {
        let command = CommandTable.command(for: .character("!"), in: [.list, .global])
        #expect(command?.action == .showNotes)
        #expect(command?.context == .global)
        #expect(CommandTable.command(for: .character("="), in: [.score])?.action == .score(.rescore))
    }
}
