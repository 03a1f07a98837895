@testable import RegisterUI
import RiskRegister
import Testing

@Suite("Update", .timeLimit(.minutes(15)))
struct UpdateTests {
    /// Keys typed after `/` while the register still loads are the search's letters, never
    /// commands: a `q` in the search does not quit, and the search applies once the register is in.
    @Test func aSearchTypedWhileTheRegisterLoadsStaysASearch() throws {
        let scan = try Fixtures.scan()
        var state = try Fixtures.listedState()
        _ = state.pendingLoads()
        #expect(state.register == nil)
        #expect(state.run(.press("/"), .type("qualityx"), .key(.backspace)) == [])
        #expect(state.searchText == "quality")
        let newest = try #require(scan.registers.last)
        _ = update(&state, .loaded(RegisterID(newest.url), .success(newest)))
        #expect(state.isSearching)
        #expect(view(state).text().contains("Heat map · current · all · \"quality\""))
    }

    @Test func startsOnTheNewestRegisterWithTheHeatMapFocused() throws {
        let state = try Fixtures.state()
        #expect(state.register?.period == "2021/22 Q4")
        #expect(state.focus == .heatMap)
        #expect(state.selectedEntry?.id == "Corp 1")
        #expect(state.cursor == HeatCursor(likelihood: 4, impact: 4, stripIndex: nil))
        #expect(state.message == nil)
    }

    @Test func opensANamedRegisterOrSaysItIsMissing() throws {
        let named = try Fixtures.state("2019/20 Q1")
        #expect(named.register?.period == "2019/20 Q1")
        let missing = AppState(scan: try Fixtures.scan(), size: Size(width: 80, height: 24), capabilities: .full,
                               register: "nope")
        #expect(missing.register?.period == "2021/22 Q4")
        #expect(missing.message?.text.contains("no register \"nope\"") == true)
    }

    @Test func qQuitsFromAnyPaneButTypesInTheSearchPrompt() throws {
        var state = try Fixtures.state()
        #expect(state.run(.press("3"), .press("q")) == [.quit])
        var searching = try Fixtures.state()
        #expect(searching.run(.press("/"), .press("q")).isEmpty)
        #expect(searching.searchText == "q")
    }

    @Test func tabAndNumbersMoveFocus() throws {
        var state = try Fixtures.state()
        state.run(.tab)
        #expect(state.focus == .list)
        state.run(.tab)
        #expect(state.focus == .detail)
        state.run(.tab)
        #expect(state.focus == .heatMap)
        state.run(.key(.backTab))
        #expect(state.focus == .detail)
        state.run(.press("2"))
        #expect(state.focus == .list)
        state.run(.enter)
        #expect(state.focus == .detail)
        state.run(.escape)
        #expect(state.focus == .list)
        state.run(.escape)
        #expect(state.focus == .heatMap)
    }

    @Test func vCyclesTheRatingAndOTheKind() throws {
        var state = try Fixtures.state()
        #expect(state.rating == .current)
        state.run(.press("v"))
        #expect(state.rating == .target)
        state.run(.press("v"))
        #expect(state.rating == .residual)
        state.run(.press("v"))
        #expect(state.rating == .current)
        state.run(.press("o"))
        #expect(state.kind == .risks)
        #expect(state.visibleEntries.count == 6)
        state.run(.press("o"))
        #expect(state.kind == .opportunities)
        #expect(state.visibleEntries.compactMap { state.register?.entries[$0].id } == ["CO1", "CO2"])
        #expect(state.selectedEntry?.id == "CO1")
        state.run(.press("o"))
        #expect(state.kind == .all)
    }

    @Test func enterOnACellFiltersTheListAndEscClearsIt() throws {
        var state = try Fixtures.state()
        state.run(.enter)
        #expect(state.focus == .list)
        #expect(ids(state) == ["Corp 1", "Corp 5", "Corp 7"])
        state.run(.escape)
        #expect(state.cellFilter == nil)
        #expect(ids(state).count == 8)
        #expect(state.focus == .list)
    }

    @Test func cursorMovesWithArrowsAndHjklAndStopsAtTheEdges() throws {
        var state = try Fixtures.state()
        state.run(.press("l"), .press("l"), .press("l"), .press("k"), .press("k"))
        #expect(state.cursor == HeatCursor(likelihood: 5, impact: 5, stripIndex: nil))
        state.run(.left, .down)
        #expect(state.cursor == HeatCursor(likelihood: 4, impact: 4, stripIndex: nil))
        state.run(.press("h"), .enter)
        #expect(ids(state) == ["Corp 2"])
    }

    @Test func downFromTheBottomRowEntersTheScoreOnlyStrip() throws {
        var state = try Fixtures.state("lcc-2016-17-q3")
        #expect(state.cursor.stripIndex == 0, "CR1's current score 25 is score-only")
        state.run(.up)
        #expect(state.cursor.stripIndex == nil)
        #expect(state.cursor.impact == 1)
        state.run(.down)
        #expect(state.cursor.stripIndex == 0)
        state.run(.right, .right)
        #expect(state.cursor.stripIndex == 2)
        state.run(.enter)
        #expect(ids(state) == ["CR12"], "score 15 only")
        #expect(state.cellFilter == CellFilter(rating: .current, placement: .scoreOnly(15)))
    }

    @Test func searchIsIncrementalCaseInsensitiveAndLooksInEveryTextField() throws {
        var state = try Fixtures.state()
        state.run(.press("/"), .type("COVID"))
        #expect(state.isSearching)
        let covid = ids(state)
        #expect(covid.contains("Corp 6"))
        #expect(covid.count < 8)
        state.run(.key(.backspace), .key(.backspace), .key(.backspace), .key(.backspace), .key(.backspace))
        #expect(ids(state).count == 8)
        // A phrase that only appears in a control of Corp 5.
        let control = try #require(state.register?.entry(id: "Corp 5")?.controls.first?.text)
        state.run(.type(String(control.prefix(30)).lowercased()))
        #expect(ids(state).contains("Corp 5"))
        state.run(.enter)
        #expect(!state.isSearching)
        #expect(state.focus == .list)
        state.run(.escape)
        #expect(state.searchText.isEmpty)
        #expect(ids(state).count == 8)
    }

    @Test func escInTheSearchPromptClearsTheSearch() throws {
        var state = try Fixtures.state()
        state.run(.press("/"), .type("ict"), .escape)
        #expect(!state.isSearching)
        #expect(state.searchText.isEmpty)
        state.run(.press("/"), .type("ict"), .key(.control("u")))
        #expect(state.searchText.isEmpty && state.isSearching)
    }

    @Test func searchMatchesOwnersAndIds() throws {
        var state = try Fixtures.state("lcc-2016-17-q4")
        state.run(.press("/"), .type("section 151"))
        #expect(ids(state) == ["CR1"])
        state.run(.key(.control("u")), .type("cr27"))
        #expect(ids(state) == ["CR27"])
    }

    @Test func sCyclesDocumentScoreAndOwnerOrder() throws {
        var state = try Fixtures.state("lcc-2016-17-q4")
        let document = ids(state)
        state.run(.press("s"))
        let byScore = ids(state)
        let scores = byScore.compactMap { state.register?.entry(id: $0)?.current.effectiveScore }
        #expect(scores == scores.sorted(by: >))
        #expect(Set(byScore) == Set(document))
        state.run(.press("s"))
        let owners = ids(state).compactMap { state.register?.entry(id: $0)?.owner?.lowercased() }
        #expect(owners == owners.sorted())
        state.run(.press("s"))
        #expect(ids(state) == document)
    }

    @Test func listMovementStaysInsideTheList() throws {
        var state = try Fixtures.state("lcc-2016-17-q4")
        state.run(.press("2"), .up)
        #expect(state.selectedEntry?.id == "CR1")
        state.run(.press("G"))
        #expect(state.selectedEntry?.id == "CO4")
        #expect(state.listTop == 19 - 8)
        state.run(.down, .key(.home))
        #expect(state.selectedEntry?.id == "CR1")
        #expect(state.listTop == 0)
        state.run(.pageDown)
        #expect(state.selectedEntry?.id == "CR16", "eight rows down")
        state.run(.key(.end), .key(.pageUp))
        #expect(state.selectedEntry?.id == "CR21")
    }

    @Test func detailScrollsAndResetsForANewEntry() throws {
        var state = try Fixtures.state()
        state.run(.press("3"), .pageDown, .down)
        #expect(state.detailTop == 19, "Down after a page brings the cursor onto the page without scrolling")
        state.run(.press("G"))
        let bottom = state.detailTop
        #expect(bottom > 0)
        state.run(.down)
        #expect(state.detailTop == bottom + 1, "Down past the last target scrolls a line")
        state.run(.press("g"))
        #expect(state.detailTop == 0)
        state.run(.pageDown, .press("2"), .down)
        #expect(state.detailTop == 0)
    }

    @Test func anEntryShownAfterAKindChangeStartsAtItsTop() throws {
        var state = try Fixtures.state()
        state.run(.press("3"), .pageDown, .down)
        #expect(state.detailTop > 0)
        state.run(.press("o"), .press("o"))
        #expect(state.kind == .opportunities)
        #expect(state.selectedEntry?.id == "CO1")
        #expect(state.detailTop == 0)
        #expect(state.detailCursor == 0)
    }

    @Test func gAndGInTheDetailPaneKeepTheCursorOnScreen() throws {
        var state = try Fixtures.state()
        state.run(.press("3"), .down, .down)
        state.run(.press("G"))
        #expect(state.detailCursor == state.detailTargets.count - 1)
        #expect(cursorIsOnScreen(state))
        let lastTargetLine = try #require(state.detailLayout.targets.firstIndex { $0 == state.currentTarget })
        #expect(state.detailTop == min(state.detailRows.count - 20, lastTargetLine), "as far down as the cursor allows")
        state.run(.press("g"))
        #expect(state.detailTop == 0)
        #expect(state.detailCursor == 0)
        state.run(.pageDown, .pageDown, .press("g"))
        #expect(state.detailTop == 0 && state.detailCursor == 0)
        state.run(.press("G"), .up)
        #expect(cursorIsOnScreen(state), "Up moves from the cursor G left on screen")
    }

    private func cursorIsOnScreen(_ state: AppState) -> Bool {
        guard let target = state.currentTarget else { return false }
        let lines = state.detailLayout.targets.indices.filter { state.detailLayout.targets[$0] == target }
        return lines.contains { $0 >= state.detailTop && $0 < state.detailTop + 20 }
    }

    @Test func helpTakesEveryKeyUntilClosed() throws {
        var state = try Fixtures.state()
        state.run(.press("?"))
        #expect(state.overlay == .help(top: 0))
        state.run(.press("v"), .press("o"), .tab)
        #expect(state.rating == .current && state.kind == .all && state.focus == .heatMap)
        state.run(.down, .down)
        #expect(state.overlay == .help(top: 2))
        state.run(.press("q"))
        #expect(state.overlay == nil)
        state.run(.key(.function(1)), .escape)
        #expect(state.overlay == nil)
    }

    @Test func pickerSwitchesRegisters() throws {
        var state = try Fixtures.state()
        state.run(.press("r"))
        #expect(state.overlay == .picker(selection: 0))
        state.run(.down, .down, .down, .down, .down)
        #expect(state.overlay == .picker(selection: 4))
        state.run(.enter)
        #expect(state.overlay == nil)
        #expect(state.register?.period == "2016/17 Q3")
        #expect(state.selectedEntry?.id == "CR1")
        state.run(.press("r"))
        #expect(state.overlay == .picker(selection: 4), "opens on the open register")
        state.run(.escape)
        #expect(state.overlay == nil)
    }

    @Test func switchingRegistersClearsFiltersButKeepsTheView() throws {
        var state = try Fixtures.state()
        state.run(.press("v"), .enter, .press("/"), .type("x"), .enter)
        state.run(.press("r"), .down, .enter)
        #expect(state.cellFilter == nil && state.searchText.isEmpty)
        #expect(state.rating == .target)
        #expect(state.register?.period == "2021/22 Q3")
    }

    @Test func resizeRelaysOutAndKeepsTheSelectionVisible() throws {
        var state = try Fixtures.state("lcc-2016-17-q4", width: 120, height: 40)
        state.run(.press("2"), .press("G"))
        #expect(state.listTop == 0)
        state.run(.resize(80, 24))
        #expect(state.listTop == 11)
        state.run(.resize(50, 10))
        #expect(state.layout == nil)
        #expect(view(state).text().contains("terminal too small: need 72×20"))
        state.run(.resize(20, 5))
        let narrow = view(state).text()
        #expect(narrow.contains("terminal too small:") && narrow.contains("need 72×20") && narrow.contains("q quits"),
                "on a narrow terminal the size needed is split onto its own line, not clipped:\n\(narrow)")
        state.run(.resize(80, 24))
        #expect(state.layout != nil)
        #expect(state.selectedEntry?.id == "CO4")
        for (width, height) in [(0, 0), (1, 1), (30, 3), (-5, 10)] {
            state.run(.resize(width, height))
            let screen = view(state)
            #expect(screen.size == Size(width: width, height: height))
            #expect(screen.text().split(separator: "\n").count == max(0, height) || width <= 0)
        }
    }

    @Test func loadFailuresAreReportedNotFatal() throws {
        let state = try Fixtures.state(source: .dataWithFailure)
        #expect(state.message?.isWarning == true)
        #expect(state.message?.text.contains("broken.json") == true)
        var nothing = try Fixtures.state(source: .nothing)
        #expect(nothing.register == nil)
        #expect(nothing.run(.press("v"), .enter, .press("/"), .type("a"), .enter, .press("r"), .enter).isEmpty)
        #expect(view(nothing).text().contains("No register could be loaded"))
        #expect(nothing.run(.escape, .press("q")) == [.quit])
    }

    @Test func unknownKeysChangeNothing() throws {
        let start = try Fixtures.state()
        var state = start
        state.run(.press("%"), .key(.function(9)), .key(.delete), .key(.control("z")))
        #expect(state == start)
    }

    private func ids(_ state: AppState) -> [String] {
        state.visibleEntries.compactMap { state.register?.entries[$0].id }
    }
}
