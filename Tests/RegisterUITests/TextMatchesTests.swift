@testable import RegisterUI
import Testing

@Suite("Text matches", .timeLimit(.minutes(15)))
struct TextMatchesTests {
    @Test func findsEveryOccurrenceIgnoringCase() {
        #expect(TextMatches.columns(of: "bid", in: "Bid successful; the BID was bid") == [0..<3, 20..<23, 28..<31])
    }

    @Test func countsColumnsNotCharacters() {
        // "日本" takes four columns, so the match after it starts at column 5.
        #expect(TextMatches.columns(of: "£5", in: "日本 £5m") == [5..<7])
        #expect(TextMatches.columns(of: "本", in: "日本") == [2..<4])
    }

    @Test func matchesDoNotOverlapAndAnEmptyNeedleFindsNothing() {
        #expect(TextMatches.columns(of: "aa", in: "aaaa") == [0..<2, 2..<4])
        #expect(TextMatches.columns(of: "", in: "anything").isEmpty)
        #expect(TextMatches.columns(of: "missing", in: "anything").isEmpty)
    }
}
