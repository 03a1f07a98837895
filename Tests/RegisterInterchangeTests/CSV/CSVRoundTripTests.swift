import PropertyBased
import RiskRegister
import Testing
@testable import RegisterInterchange

/// What riskreg writes as CSV reads back to the same text: formula cells neutralised on the way
/// out and restored on the way in, quoting by CSV.swift's writer read by riskreg's own parser.
@Suite(.timeLimit(.minutes(15)))
struct CSVRoundTripTests {
    private static let pieces = ["=", "+", "-", "@", "\t", "\r", "'", "\"", ",", "\n", "\r\n", "a", "Flood", "é", "🦊", " ", "\u{202E}"]
    private static let cell = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...6).map { $0.map { pieces[$0] }.joined() }

    @Test func neutralisedThenRestoredIsTheText() async {
        await propertyCheck(count: 500, input: Self.cell) { text in
            #expect(CSVFormula.restored(CSVFormula.neutralised(text)) == text)
        }
    }

    @Test func aNeutralisedCellNeverStartsWithAFormulaCharacter() async {
        await propertyCheck(count: 500, input: Self.cell) { text in
            let first = CSVFormula.neutralised(text).unicodeScalars.first
            #expect(first.map { !["=", "+", "-", "@", "\t", "\r"].contains($0) } ?? true)
        }
    }

    /// Every row that is not blank (a row of only white space is blank to import) comes back with
    /// its cells up to the last that holds text.
    @Test func rowsWrittenAndReadBackKeepEveryCell() async throws {
        await propertyCheck(count: 300, input: Self.cell.array(of: 1...4).array(of: 1...5), Gen.bool) { rows, bom in
            let bytes = CSVText.bytes(rows, byteOrderMark: bom)
            let rows = rows.filter { $0.contains { !$0.allSatisfy(\.isWhitespace) } }
            let read = try CSVSheetReader.rows(of: bytes, name: "t.csv")
            #expect(read.map(\.cells) == rows.map { row in Array(row.prefix(through: row.lastIndex { !$0.isEmpty } ?? 0)) })
        }
    }
}
