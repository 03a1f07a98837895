import RegisterCommands
import RiskRegister
import Testing

/// Scores and trends in the commands' plain text.
@Suite(.timeLimit(.minutes(15)))
struct ScoreTextTests {
    @Test func aRatingIsItsScoreWithItsFactors() {
        #expect(ScoreText.rating(Rating(likelihood: 4, impact: 4, score: 16)) == "16 (4×4)")
        #expect(ScoreText.rating(Rating(likelihood: 3, impact: 2)) == "6 (3×2)")
        #expect(ScoreText.rating(Rating(score: 12)) == "12")
        #expect(ScoreText.rating(.empty) == "-")
    }

    @Test func factorsSayWhereTheScoreCameFrom() {
        #expect(ScoreText.factors(Rating(likelihood: 3, impact: 2, score: 6)) == "6 (3 × 2)")
        #expect(ScoreText.factors(Rating(likelihood: 3, impact: 2, score: 20)) == "20 (3 × 2, printed)")
        #expect(ScoreText.factors(Rating(likelihood: 3, impact: 2)) == "6 (3 × 2, from factors)")
        #expect(ScoreText.factors(Rating(score: 12)) == "12")
        #expect(ScoreText.factors(.empty) == "not printed")
        #expect(ScoreText.factors(Rating(likelihood: 3)) == "no score")
    }

    @Test func trendsAreArrows() {
        #expect([Trend.up, .down, .level, .unknown].map(ScoreText.arrow) == ["↑", "↓", "→", "?"])
    }

    @Test func clipEndsInAnEllipsisOnlyWhenCut() {
        #expect(ScoreText.clip("Director of Care", 8) == "Directo…")
        #expect(ScoreText.clip("Director", 8) == "Director")
    }
}
