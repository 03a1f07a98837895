@testable import RegisterUI
import RiskRegister
import Testing

/// The risk appetite in the browser: set with `L` (undoable, saved), the heat map's appetite line,
/// the list's mark and the `f` filter.
@Suite("Risk appetite in the browser", .timeLimit(.minutes(15)))
struct AppetiteBrowserTests {
    /// 2021/22 Q4 with the appetite typed in the editor.
    private func state(appetite: String, width: Int = 120, height: Int = 40) throws -> AppState {
        var state = try Fixtures.state("lcc-2021-22-q4", width: width, height: height)
        state.run(.press("L"), .type(appetite), .enter)
        return state
    }

    @Test func settingTheAppetiteIsOneUndoableChangeSavedWithTheRegister() throws {
        var state = try state(appetite: "12; Economic=cautious")
        #expect(state.overlay == nil)
        let appetite = try #require(state.register?.appetite)
        #expect(appetite == RiskAppetite(defaultLimit: .score(12), types: ["Economic": .level(.cautious)]))
        #expect(state.hasUnsavedChanges)
        let effects = state.run(.press("w"))
        guard case .save(let request)? = effects.first else {
            Issue.record("no save asked for: \(effects)")
            return
        }
        #expect(request.edited.register.appetite == appetite)
        state.run(.press("u"))
        #expect(state.register?.appetite == nil)
        state.run(.key(.control("r")))
        #expect(state.register?.appetite == appetite)
    }

    @Test func theEditorOpensOnTheAppetiteAndRefusesBadText() throws {
        var state = try state(appetite: "cautious")
        state.run(.press("L"))
        guard case .editor(let editor) = state.overlay else {
            Issue.record("no editor")
            return
        }
        #expect(editor.text == "cautious")
        state.run(.key(.control("u")))
        for _ in 0..<8 { state.run(.key(.backspace)) }
        state.run(.type("bold"), .enter)
        #expect(state.message?.text.contains("\"bold\" is not a score") == true)
        guard case .editor = state.overlay else {
            Issue.record("the editor closed on bad text")
            return
        }
        for _ in 0..<4 { state.run(.key(.backspace)) }
        state.run(.enter)
        #expect(state.register?.appetite == nil, "empty text removes the appetite")
    }

    @Test func theFilterListsOnlyRisksOutsideAppetiteAndCombinesWithTheOthers() throws {
        var state = try state(appetite: "12")
        let register = try #require(state.register)
        state.run(.press("f"))
        #expect(state.outsideAppetite)
        let ids = state.visibleEntries.map { register.entries[$0].id }
        #expect(ids == ["Corp 1", "Corp 4", "Corp 5", "Corp 6", "Corp 7"], "risks above 12; CO1's 15 is an opportunity")
        let model = try #require(state.heatModel)
        #expect(model.ids(likelihood: 3, impact: 4).isEmpty, "the heat map follows the list: Corp 2's 12 is within appetite")
        #expect(model.ids(likelihood: 4, impact: 4).count == 3)
        state.run(.press("/"), .type("covid"), .enter)
        let both = state.visibleEntries
        state.run(.press("f"))
        let searched = state.visibleEntries
        state.run(.press("f"))
        #expect(both == searched.filter { register.appetite?.isOutside(register.entries[$0]) == true } && both.count < searched.count,
                "the search and the appetite filter combine")
        state.run(.escape, .escape)
        #expect(!state.outsideAppetite, "Esc in the list clears the search, then the appetite filter")
        #expect(state.visibleEntries.count == register.entries.count)
    }

    @Test func undoingTheAppetiteTurnsTheFilterOff() throws {
        var state = try state(appetite: "12")
        state.run(.press("f"), .press("u"))
        #expect(state.register?.appetite == nil)
        #expect(!state.outsideAppetite)
        #expect(state.visibleEntries.count == state.register?.entries.count)
    }

    @Test func aRegisterWithoutAppetiteSaysHowToSetOne() throws {
        var state = try Fixtures.state("lcc-2021-22-q4")
        state.run(.press("f"))
        #expect(!state.outsideAppetite)
        #expect(state.message?.text.contains("L sets it") == true)
    }

    @Test func theHeatMapMarksCellsAboveTheLimitAndTheListMarksRisksOutside() throws {
        var state = try state(appetite: "12")
        let text = view(state).text()
        #expect(text.contains("appetite 12"))
        #expect(text.contains("16▴") && text.contains("15▴") && !text.contains("12▴"))
        state.run(.press("o"), .press("o"))
        #expect(!view(state).text().contains("▴"), "appetite does not apply to opportunities")
    }
}
