import RegisterCommands
import RiskRegister
import Testing

/// Ratings in the commands' JSON.
@Suite(.timeLimit(.minutes(15)))
struct RatingJSONTests {
    @Test func theFactorsAndScoreAsPrintedNullWhereNothingWas() {
        #expect(RatingJSON.value(Rating(likelihood: 3, impact: 2, score: 20))
                == .object(["likelihood": .int(3), "impact": .int(2), "score": .int(20)]))
        #expect(RatingJSON.value(Rating(likelihood: 3, impact: 2)) == .object(["likelihood": .int(3), "impact": .int(2), "score": .null]))
        #expect(RatingJSON.value(.empty) == .object(["likelihood": .null, "impact": .null, "score": .null]))
    }
}
