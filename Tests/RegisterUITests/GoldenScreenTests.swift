import RegisterUI
import RiskRegister
import Testing

/// A scripted session whose last frame is compared with a golden file.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    /// The golden file's name, without ".txt".
    let name: String
    /// The register to open (stem), or nil for the newest.
    var register: String?
    var source = Fixtures.Source.data
    var width = 80
    var height = 24
    var capabilities = TerminalCapabilities.full
    var steps: [Step] = []

    var testDescription: String { name }
}

extension GoldenCase {
    static let all: [GoldenCase] = [
        // Start: the newest register, heat map focused, cursor on the first entry's current cell.
        GoldenCase(name: "start-80x24"),
        GoldenCase(name: "start-120x40", width: 120, height: 40),
        GoldenCase(name: "start-200x60", width: 200, height: 60),
        GoldenCase(name: "start-2016-17-q4-120x40", register: "lcc-2016-17-q4", width: 120, height: 40),
        // Views.
        GoldenCase(name: "view-target-80x24", steps: [.press("v")]),
        GoldenCase(name: "view-residual-2019-20-q1-80x24", register: "lcc-2019-20-q1", steps: [.press("v"), .press("v")]),
        GoldenCase(name: "view-residual-2019-20-q1-120x40", register: "lcc-2019-20-q1", width: 120, height: 40,
                   steps: [.press("v"), .press("v")]),
        // Kinds.
        GoldenCase(name: "kind-risks-80x24", steps: [.press("o")]),
        GoldenCase(name: "kind-opportunities-80x24", steps: [.press("o"), .press("o")]),
        GoldenCase(name: "kind-opportunities-2016-17-q3-120x40", register: "lcc-2016-17-q3", width: 120, height: 40,
                   steps: [.press("o"), .press("o")]),
        // Cell filter: the cursor starts on Corp 1's cell (Likely × Major, three entries).
        GoldenCase(name: "cell-filter-80x24", steps: [.enter]),
        GoldenCase(name: "cell-filter-moved-120x40", width: 120, height: 40,
                   steps: [.press("k"), .right, .press("j"), .enter]),
        GoldenCase(name: "score-only-filter-2016-17-q3-80x24", register: "lcc-2016-17-q3",
                   steps: [.right, .enter]),
        // Search.
        GoldenCase(name: "search-typing-80x24", steps: [.press("/"), .type("covid")]),
        GoldenCase(name: "search-kept-120x40", register: "lcc-2016-17-q4", width: 120, height: 40,
                   steps: [.press("/"), .type("SAFEGUARD"), .enter]),
        GoldenCase(name: "search-no-match-80x24", steps: [.press("/"), .type("zzzz"), .enter]),
        // Sort.
        GoldenCase(name: "sort-score-2016-17-q4-80x24", register: "lcc-2016-17-q4", steps: [.press("s"), .press("2")]),
        GoldenCase(name: "sort-owner-2016-17-q4-120x40", register: "lcc-2016-17-q4", width: 120, height: 40,
                   steps: [.press("s"), .press("s")]),
        GoldenCase(name: "sort-owner-80x24", steps: [.press("s"), .press("s")]),
        // Editing: the text editor over the detail pane, the score editor, the quit question.
        GoldenCase(name: "editor-80x24", steps: [.press("3"), .press("e"), .type(" and 日本語 text"), .left]),
        GoldenCase(name: "score-editor-80x24", steps: [.press("S"), .press("h"), .press("j")]),
        GoldenCase(name: "quit-prompt-80x24", steps: [.press("3"), .press("t"), .press("q")]),
        // A merge conflict git's merge driver recorded, asked with both values (M).
        GoldenCase(name: "merge-conflict-120x40", source: .conflicted, width: 120, height: 40, steps: [.press("M")]),
        // Review mode: 2021/22 Q4 against Q3, two entries reviewed, Corp 4 shown with last quarter's 6 beside 20.
        GoldenCase(name: "review-mode-120x40", width: 120, height: 40, steps: [.press("R"), .press("y"), .press("y")]),
        // List and detail.
        GoldenCase(name: "list-focused-80x24", steps: [.tab, .down, .down]),
        GoldenCase(name: "list-scrolled-2016-17-q4-80x24", register: "lcc-2016-17-q4",
                   steps: [.press("2"), .press("G"), .up]),
        GoldenCase(name: "detail-focused-80x24", steps: [.press("2"), .down, .down, .enter]),
        GoldenCase(name: "detail-scrolled-80x24", steps: [.press("3"), .pageDown]),
        GoldenCase(name: "detail-anomaly-120x40", register: "lcc-2021-22-q3", width: 120, height: 40,
                   steps: [.press("2"), .press("j"), .press("j"), .press("j"), .enter]),
        // Help and picker.
        GoldenCase(name: "help-80x24", steps: [.press("?")]),
        GoldenCase(name: "help-scrolled-80x24", steps: [.press("?"), .pageDown]),
        GoldenCase(name: "help-120x40", width: 120, height: 40, steps: [.press("?")]),
        GoldenCase(name: "picker-80x24", steps: [.press("r"), .down]),
        GoldenCase(name: "picker-chosen-2016-17-q3-80x24", steps: [.press("r"), .type("jjjj"), .enter]),
        // Compare mode (2021/22 Q4 with Q3) and the timeline, with Corp 4 selected.
        GoldenCase(name: "compare-picker-80x24", steps: [.press("c")]),
        GoldenCase(name: "compare-80x24", steps: [.press("c"), .enter]),
        GoldenCase(name: "compare-2021-22-q4-120x40", width: 120, height: 40,
                   steps: [.press("c"), .enter, .press("2"), .down, .down]),
        GoldenCase(name: "compare-removed-120x40", width: 120, height: 40,
                   steps: [.press("c"), .enter, .press("2"), .press("G")]),
        GoldenCase(name: "timeline-corp-4-120x40", width: 120, height: 40,
                   steps: [.press("2"), .down, .down, .enter]),
        // Risk appetite set in the browser: the appetite line (▴ after each score above 12), the
        // list's ▴ before each risk outside; then only those, the heat map following the list.
        GoldenCase(name: "appetite-line-80x24", register: "lcc-2021-22-q4", steps: [.press("L"), .type("12"), .enter]),
        GoldenCase(name: "appetite-outside-120x40", register: "lcc-2021-22-q4", width: 120, height: 40,
                   steps: [.press("L"), .type("12; Economic=cautious"), .enter, .press("f")]),
        // The summary risk profile (Appendix B as printed), Corp 1's row highlighted.
        GoldenCase(name: "profile-120x40", register: "lcc-2021-22-q4", width: 120, height: 40, steps: [.press("P")]),
        // The roll-up of 2021/22 Q4 (U): the register alone, then with a directorate register of the
        // period, one risk escalated to Corp 4 and one at the threshold not linked.
        GoldenCase(name: "rollup-120x40", width: 120, height: 40, steps: [.press("U")]),
        GoldenCase(name: "rollup-80x24", steps: [.press("U")]),
        GoldenCase(name: "rollup-directorate-120x40", register: "lcc-2021-22-q4", source: .withDirectorate, width: 120,
                   height: 40, steps: [.press("U")]),
        // Corp 4's record and links: escalated from the directorate's ASC 1, the cursor on the link.
        GoldenCase(name: "detail-links-120x40", register: "lcc-2021-22-q4", source: .withDirectorate, width: 120, height: 40,
                   steps: [.press("2"), .down, .down, .enter, .press("G"), .press("k"), .press("j")]),
        // Two entries showing one printed id: the status line and the detail say so; I renumbers.
        GoldenCase(name: "duplicate-id-120x40", source: .duplicatedID, width: 120, height: 40,
                   steps: [.press("2"), .down, .down]),
        GoldenCase(name: "renumber-80x24", source: .duplicatedID, steps: [.press("2"), .down, .down, .press("I")]),
        // Load failures and awkward text.
        GoldenCase(name: "load-failure-80x24", source: .dataWithFailure),
        GoldenCase(name: "load-failure-picker-80x24", source: .dataWithFailure, steps: [.press("r")]),
        GoldenCase(name: "no-register-80x24", source: .nothing),
        GoldenCase(name: "awkward-text-80x24", source: .awkward, steps: [.press("3"), .type("jjjjjjjjjj")]),
        GoldenCase(name: "awkward-text-120x40", source: .awkward, width: 120, height: 40, steps: [.press("2")]),
        GoldenCase(name: "awkward-text-ascii-120x40", source: .awkward, width: 120, height: 40, capabilities: .plain,
                   steps: [.press("2")]),
        // Size.
        GoldenCase(name: "too-small-60x20", width: 60, height: 20),
        GoldenCase(name: "minimum-72x20", width: 72, height: 20),
        GoldenCase(name: "resized-80x24-to-120x40", steps: [.tab, .resize(120, 40)]),
        GoldenCase(name: "resized-to-60x20", steps: [.resize(60, 20)]),
        // Monochrome and ASCII.
        GoldenCase(name: "monochrome-80x24", capabilities: TerminalCapabilities(colours: false, unicode: true)),
        GoldenCase(name: "monochrome-2016-17-q4-80x24", register: "lcc-2016-17-q4",
                   capabilities: TerminalCapabilities(colours: false, unicode: true)),
        GoldenCase(name: "ascii-80x24", capabilities: .plain, steps: [.press("2")]),
        GoldenCase(name: "ascii-detail-120x40", width: 120, height: 40, capabilities: .plain,
                   steps: [.press("3")]),
        GoldenCase(name: "ascii-help-80x24", capabilities: .plain, steps: [.press("?")]),
        GoldenCase(name: "ascii-2016-17-q3-strip-80x24", register: "lcc-2016-17-q3", capabilities: .plain,
                   steps: [.down]),
    ]
}

@Suite("Golden screens", .timeLimit(.minutes(15)))
struct GoldenScreenTests {
    @Test(arguments: GoldenCase.all)
    func screen(_ golden: GoldenCase) throws {
        var state = try Fixtures.state(golden.register, source: golden.source, width: golden.width,
                                       height: golden.height, capabilities: golden.capabilities)
        let effects = state.run(golden.steps)
        #expect(effects.isEmpty)
        let screen = view(state)
        #expect(screen.size == Size(width: golden.width, height: golden.height) || golden.steps.contains { step in
            if case .resize = step { return true }
            return false
        })
        try Golden.expect(screen.text(), named: golden.name)
    }

    @Test func textIsOnlyASCIIWithoutUnicode() throws {
        for golden in GoldenCase.all where !golden.capabilities.unicode {
            var state = try Fixtures.state(golden.register, source: golden.source, width: golden.width,
                                           height: golden.height, capabilities: golden.capabilities)
            state.run(golden.steps)
            let nonASCII = view(state).text().unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "\(golden.name)")
        }
    }
}
