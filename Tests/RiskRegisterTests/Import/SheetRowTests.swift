import Testing
@testable import RiskRegister

/// A sheet's rows keep only their filled cells, and a sheet longer than a register may be is
/// refused at the row past the limit, before any row is read as an entry.
@Suite(.timeLimit(.minutes(15))) struct SheetRowTests {
    @Test func aRowKeepsOnlyItsFilledCells() {
        let far = 18_277  // column ZZZ
        let row = SheetRow(number: 7, filled: [SheetRow.Cell(column: far, text: "far"), SheetRow.Cell(column: 1, text: "Title"),
                                               SheetRow.Cell(column: 3, text: ""), SheetRow.Cell(column: 0, text: "R1")])
        #expect(row.filled.map(\.column) == [0, 1, far], "in column order, the empty one left out")
        #expect(row.cell(0) == "R1" && row.cell(1) == "Title" && row.cell(far) == "far")
        #expect(row.cell(2) == "" && row.cell(far - 1) == "" && row.cell(far + 1) == "")
        #expect(!row.isBlank)
        #expect(SheetRow(number: 1, cells: ["", " ", "\t"]).isBlank)
        let dense = SheetRow(number: 1, cells: ["a", "", "c", ""])
        #expect(dense.filled.count == 2 && dense.cells == ["a", "", "c"], "the cells up to the last filled one")
        #expect(dense == SheetRow(number: 1, filled: [SheetRow.Cell(column: 2, text: "c"), SheetRow.Cell(column: 0, text: "a")]))
    }

    @Test func aSheetPastTheRowLimitIsRefusedAtTheFirstRowPastIt() {
        let limit = RegisterImport.maximumRows
        let header = SheetRow(number: 1, cells: ["Risk Ref", "Risk Title"])
        let body = (2...limit + 3).map { SheetRow(number: $0, cells: ["R\($0)", "Risk \($0)"]) }
        let result = RegisterImport(file: "big.csv", rows: [header] + body, mapping: ImportMapping(), organisation: "X",
                                    title: "T", period: "2022/23 Q1")
        #expect(result.headerFailed && result.register.entries.isEmpty && result.rowsRead == 0)
        #expect(result.problems.map(\.description) == ["big.csv: row \(limit + 2): more than \(limit) rows; a register holds at most \(limit) entries"])

        let full = RegisterImport(file: "full.csv", rows: [header] + body.prefix(limit), mapping: ImportMapping(), organisation: "X",
                                  title: "T", period: "2022/23 Q1")
        #expect(!full.headerFailed && full.problems.isEmpty && full.register.entries.count == limit)
    }
}
