import RegisterCommands
import Testing

/// Scores 1–25 as eighths of a block.
@Suite(.timeLimit(.minutes(15)))
struct SparklineTests {
    @Test func scoresRiseThroughTheBlocks() {
        #expect(Sparkline.render([1, 4, 7, 13, 16, 20, 25]) == "▁▁▂▄▅▆█")
        #expect(Sparkline.render([6, 20]) == "▂▆")
    }

    @Test func anUnknownScoreIsADotAndScoresBeyondTheScaleAreTakenAsItsEnds() {
        #expect(Sparkline.render([nil, 0, 30, -4]) == "·▁█▁")
        #expect(Sparkline.render([]) == "")
    }
}
