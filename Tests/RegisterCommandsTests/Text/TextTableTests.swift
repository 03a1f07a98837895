import RegisterCommands
import Testing

/// Left-aligned columns, two spaces apart, the last column unpadded.
@Suite(.timeLimit(.minutes(15)))
struct TextTableTests {
    @Test func columnsArePaddedToTheirWidestCellAndTheLastIsNot() {
        let rows = [["ID", "TITLE", "OWNER"], ["Corp 10", "Budget", "S151"], ["C1", "A much longer title", "-"]]
        #expect(TextTable.lines(rows) == [
            "ID       TITLE                OWNER",
            "Corp 10  Budget               S151",
            "C1       A much longer title  -",
        ])
        #expect(TextTable.render(rows) == TextTable.lines(rows).map { $0 + "\n" }.joined())
    }

    @Test func widthsCountCharactersNotBytes() {
        let lines = TextTable.lines([["é", "x"], ["ab", "y"], ["→", "z"]])
        #expect(lines == ["é   x", "ab  y", "→   z"])
    }

    @Test func aShortRowEndsAtItsOwnLastCell() {
        #expect(TextTable.lines([["ID", "REVIEW", "AT"], ["Corp 1", "not reviewed"]]) == ["ID      REVIEW        AT", "Corp 1  not reviewed"])
    }

    @Test func noRowsIsNothing() {
        #expect(TextTable.lines([]) == [])
        #expect(TextTable.render([]) == "")
    }
}
