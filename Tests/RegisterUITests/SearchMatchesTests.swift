@testable import RegisterUI
import RiskRegister
import Testing

@Suite("Search matches in the detail pane", .timeLimit(.minutes(15)))
struct SearchMatchesTests {
    /// Corp 2 of 2021/22 Q4 in the detail pane, with "safeguarding" searched and kept.
    private func searched(_ text: String = "safeguarding") throws -> AppState {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("/"), .type(text), .enter, .press("3"))
        #expect(state.selectedEntry?.id == "Corp 2")
        return state
    }

    /// The detail lines that hold `text`, found independently of the jump's own code.
    private func lines(holding text: String, in state: AppState) -> [Int] {
        state.detailRows.indices.filter { state.detailRows[$0].map(\.text).joined().lowercased().contains(text) }
    }

    @Test func nVisitsEveryLineHoldingTheSearchInOrderThenGoesRound() throws {
        var state = try searched()
        let expected = lines(holding: "safeguarding", in: state)
        #expect(expected.count >= 3, "Corp 2 names safeguarding in its title, description and summary profile")
        var visited: [Int] = []
        for _ in 0..<(expected.count + 1) {
            state.run(.press("n"))
            visited.append(try #require(state.detailMatchLine))
        }
        // The cursor starts on the title, whose line is the first match: n goes on from there.
        #expect(expected[0] == 0)
        #expect(visited == Array(expected.dropFirst()) + [expected[0], expected[1]])
    }

    @Test func capitalNGoesBackwards() throws {
        var state = try searched()
        let expected = lines(holding: "safeguarding", in: state)
        state.run(.press("n"), .press("n"))
        let second = try #require(state.detailMatchLine)
        state.run(.press("N"))
        #expect(state.detailMatchLine == expected[try #require(expected.firstIndex(of: second)) - 1])
    }

    @Test func theCursorGoesToTheItemHoldingTheMatchAndItsLineIsShown() throws {
        var state = try searched("diagnostic undertaken")
        state.run(.press("n"))
        #expect(state.currentTarget == .item(.controls, 1))
        let line = try #require(state.detailMatchLine)
        let height = try #require(state.layout).detail.inset(by: 1).height
        #expect(line >= state.detailTop && line < state.detailTop + height)
    }

    @Test func anotherKeyMakesTheNextJumpStartFromTheCursor() throws {
        var state = try searched()
        state.run(.press("n"), .press("n"))
        #expect(state.detailMatchLine != nil)
        state.run(.press("g"))
        #expect(state.detailMatchLine == nil)
    }

    @Test func withoutASearchOrAMatchNSaysSoAndMovesNothing() throws {
        var state = try Fixtures.state()
        state.run(.press("3"), .press("n"))
        #expect(view(state).text().contains("No search in force"))
        #expect(state.detailMatchLine == nil && state.detailTop == 0)
    }
}
