import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct ScaleTests {
    let scale = Scale.standard

    @Test func scoreIsLikelihoodTimesImpact() {
        for likelihood in 1...5 {
            for impact in 1...5 {
                #expect(Scale.score(likelihood: likelihood, impact: impact) == likelihood * impact)
            }
        }
        #expect(Rating(likelihood: 4, impact: 3).product == 12)
        #expect(Rating(likelihood: 4).product == nil)
        #expect(Rating(score: 16).effectiveScore == 16)
        #expect(Rating(likelihood: 2, impact: 5).effectiveScore == 10)
    }

    @Test func aRatingIsAnomalousOnlyWhenItsPrintedScoreIsNotTheProductOfBothPrintedFactors() {
        // Q4 2021/22 Corp 4: 20 printed beside Possible (3) × Minor (2), and 6 beside Certain × Major.
        #expect(Rating(likelihood: 3, impact: 2, score: 20).isAnomalous)
        #expect(Rating(likelihood: 5, impact: 4, score: 6).isAnomalous)
        // Factors outside 1–5 still multiply: 0 × 4 printed as 16 is odd, 0 × 4 printed as 0 is not.
        #expect(Rating(likelihood: 0, impact: 4, score: 16).isAnomalous)
        #expect(!Rating(likelihood: 0, impact: 4, score: 0).isAnomalous)
        #expect(!Rating(likelihood: 4, impact: 4, score: 16).isAnomalous)
        // Something missing: nothing to disagree with.
        #expect(!Rating(likelihood: 3, impact: 2).isAnomalous, "no printed score")
        #expect(!Rating(score: 20).isAnomalous, "score only")
        #expect(!Rating(likelihood: 3, score: 20).isAnomalous, "no impact")
        #expect(!Rating(impact: 2, score: 20).isAnomalous, "no likelihood")
        #expect(!Rating.empty.isAnomalous)
        // Printed words do not take part.
        #expect(!Rating(likelihood: 4, impact: 4, score: 16, likelihoodText: "Major (4)").isAnomalous)
    }

    @Test func labelsFollowTheKeyToScores() {
        #expect(scale.likelihoodLabel(1) == "Rare")
        #expect(scale.likelihoodLabel(5) == "Certain")
        #expect(scale.impactLabel(5, for: .risk) == "Catastrophic")
        #expect(scale.impactLabel(5, for: .opportunity) == "Outstanding")
        #expect(scale.impactLabel(3, for: .opportunity) == "Moderate")
        #expect(scale.likelihoodLabel(0) == nil)
        #expect(scale.impactLabel(6, for: .risk) == nil)
    }

    @Test(arguments: [(1, "Low"), (4, "Low"), (5, "Medium"), (9, "Medium"), (10, "High"), (12, "High"),
                      (16, "High"), (18, "High"), (20, "Very high"), (25, "Very high")])
    func bandsCoverEveryScore(score: Int, band: String) {
        #expect(scale.band(for: score)?.name == band)
    }

    @Test func scoresBelowEveryBandFallToTheLowest() {
        #expect(scale.band(for: 0)?.name == "Low")
    }

    @Test func opportunitiesReadColoursTheOtherWay() throws {
        let high = try #require(scale.band(for: 20))
        #expect(high.colour(for: .risk) == .red)
        #expect(high.colour(for: .opportunity) == .green)
        let low = try #require(scale.band(for: 2))
        #expect(low.colour(for: .opportunity) == .red)
        #expect(BandColour.allCases.map(\.reversed.reversed) == BandColour.allCases)
    }

    @Test func placementUsesFactorsAndNeverInventsThem() {
        #expect(Placement(Rating(likelihood: 4, impact: 3, score: 12)) == .cell(likelihood: 4, impact: 3))
        #expect(Placement(Rating(score: 12)) == .scoreOnly(12))
        #expect(Placement(Rating(score: 16)) == .scoreOnly(16))
        #expect(Placement(Rating(likelihood: 4, score: 16)) == .scoreOnly(16))
        #expect(Placement(Rating(likelihood: 7, impact: 3, score: 21)) == .scoreOnly(21))
        #expect(Placement(Rating()) == .unrated)
    }

    @Test func heatMapCountsCellsAndScoreOnlyGroups() {
        let entries = [
            Entry(id: "A", kind: .risk, title: "a", current: Rating(likelihood: 4, impact: 4, score: 16)),
            Entry(id: "B", kind: .risk, title: "b", current: Rating(likelihood: 4, impact: 4, score: 16)),
            Entry(id: "C", kind: .risk, title: "c", current: Rating(score: 12)),
            Entry(id: "D", kind: .risk, title: "d", current: Rating(score: 25)),
            Entry(id: "E", kind: .risk, title: "e", current: Rating(score: 12)),
            Entry(id: "F", kind: .risk, title: "f"),
        ]
        let map = HeatMap(entries: entries, rating: .current)
        #expect(map.ids(likelihood: 4, impact: 4) == ["A", "B"])
        #expect(map.ids(likelihood: 3, impact: 4).isEmpty)
        #expect(map.scoreOnly == [ScoreGroup(score: 25, ids: ["D"]), ScoreGroup(score: 12, ids: ["C", "E"])])
        #expect(map.unrated == ["F"])
        #expect(HeatMap(entries: entries, rating: .target).unrated.count == 6)
    }

    @Test func heatMapKnowsWhichPositionsHoldAPrintedAnomaly() {
        let entries = [
            // Q4 2021/22 Corp 4: current 20 beside 3 × 2, target 6 beside 5 × 4.
            Entry(id: "Corp 4", kind: .risk, title: "a", current: Rating(likelihood: 3, impact: 2, score: 20),
                  target: Rating(likelihood: 5, impact: 4, score: 6)),
            Entry(id: "CO2", kind: .opportunity, title: "b", current: Rating(likelihood: 3, impact: 2, score: 6),
                  target: Rating(likelihood: 4, impact: 4, score: 16)),
            Entry(id: "X", kind: .risk, title: "c", current: Rating(score: 12)),
        ]
        #expect(HeatMap(entries: entries, rating: .current).anomalous == [.cell(likelihood: 3, impact: 2)])
        #expect(HeatMap(entries: entries, rating: .target).anomalous == [.cell(likelihood: 5, impact: 4)])
        #expect(HeatMap(entries: Array(entries.dropFirst()), rating: .current).anomalous.isEmpty)
    }

    @Test func periodsOrderByYearThenQuarter() throws {
        let q4 = try #require(Period("2016/17 Q4"))
        let q1 = try #require(Period("2019/20 Q1"))
        #expect(q4 < q1)
        #expect(try #require(Period("2021/22 Q3")) < #require(Period("2021/22 Q4")))
        #expect(Period("sometime") == nil)
        #expect(Period("2021/22 Q5") == nil)
        #expect(Period("9223372036854775807/08 Q4") == nil, "the next year's number would overflow")
        #expect(Period("-1/00 Q1") == nil && Period("0/01 Q1") == nil)
        #expect(try #require(Period("9999/00 Q4")).next.text == "10000/01 Q1")
    }
}
