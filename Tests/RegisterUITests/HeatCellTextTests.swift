@testable import RegisterUI
import Testing

@Suite("Heat-map cell text", .timeLimit(.minutes(15)))
struct HeatCellTextTests {
    private func parts(_ score: String = "16", ids: [String] = [], anomaly: String = "", mark: String = " ") -> HeatCellText.Parts {
        HeatCellText.Parts(score: score, anomaly: anomaly, ids: ids, empty: "·", mark: mark)
    }

    @Test func everyCellShowsItsScoreAndItsCount() {
        #expect(HeatCellText.rows(parts(ids: ["A", "B", "C"], mark: "●"), width: 8, height: 1) == ["16    3●"])
        #expect(HeatCellText.rows(parts("4"), width: 5, height: 1) == ["4  · "])
        #expect(HeatCellText.rows(parts("6", ids: ["A", "B"], anomaly: "≠"), width: 5, height: 1) == ["6 ≠2 "])
    }

    @Test func idsReplaceTheCountWhereTheyAllFit() {
        let ids = ["Corp 1", "Corp 5", "Corp 7"]
        #expect(HeatCellText.rows(parts(ids: ids, mark: "●"), width: 16, height: 4) == ["16             ●", "Corp 1, Corp 5", "Corp 7"])
        #expect(HeatCellText.rows(parts(ids: ids), width: 8, height: 2) == ["16    3 "], "three ids in one row of 8: the count (and a slot for a mark)")
        #expect(HeatCellText.rows(parts(ids: ["CR1", "CR2"]), width: 14, height: 1) == ["16   CR1, CR2 "], "beside the score in one row")
        #expect(HeatCellText.rows(parts(ids: ["Corp 2"]), width: 8, height: 2) == ["16      ", "Corp 2"])
    }

    @Test func narrowCellsGiveUpSpaceBeforeMeaning() {
        // Room for the mark without the space where a band letter parts score and count.
        #expect(HeatCellText.rows(parts("16H", ids: ["A", "B", "C"], mark: "●"), width: 5, height: 1) == ["16H3●"])
        // Never "163●": digits side by side would read as one number; the mark's cell drops its score.
        #expect(HeatCellText.rows(parts(ids: ["A", "B", "C"], mark: "●"), width: 4, height: 1) == ["  3●"])
        #expect(HeatCellText.rows(parts(ids: ["A", "B", "C"]), width: 4, height: 1) == ["16 3"])
    }
}
