import PropertyBased
import RiskRegister
import Testing
@testable import RegisterInterchange

/// The CSV reader on bytes in memory: RFC 4180 quoting, rows numbered as a spreadsheet shows them,
/// failures naming row and column, and the same rows whatever the chunks the bytes arrive in.
@Suite(.timeLimit(.minutes(15)))
struct CSVParserTests {
    private func rows(_ text: String) throws -> [[String]] {
        try CSVSheetReader.rows(of: Array(text.utf8), name: "t.csv").map(\.cells)
    }

    @Test func quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws {
        let read = try rows("id,title\r\nR1,\"Flood, river\"\r\nR2,\"Two\nlines\"\nR3,\"say \"\"no\"\"\"")
        #expect(read == [["id", "title"], ["R1", "Flood, river"], ["R2", "Two\nlines"], ["R3", "say \"no\""]])
    }

    @Test func rowNumbersCountRecordsNotLinesAndSkipBlankRows() throws {
        let read = try CSVSheetReader.rows(of: Array("a,b\n\"x\ny\",1\n\n,\nz,2\r".utf8), name: "t.csv")
        #expect(read.map(\.number) == [1, 2, 5])
    }

    @Test func aByteOrderMarkIsNotText() throws {
        #expect(try rows("\u{FEFF}id,title\n") == [["id", "title"]])
    }

    @Test func textAfterAClosingQuoteNamesRowAndColumn() {
        let error = #expect(throws: InterchangeError.self) { try rows("id,title,l\nR1,\"Flood\" risk,3\nR2,x,4\n") }
        #expect(error?.message == "t.csv: row 2, column B: text after a closing quote (a \" inside a quoted cell is written \"\"); nothing was written")
        #expect(error?.isBadInput == true)
    }

    @Test func anUnclosedQuoteAndBytesThatAreNotUTF8AreRefused() {
        let unclosed = #expect(throws: InterchangeError.self) { try rows("a,b\nc,\"never closed\n") }
        #expect(unclosed?.message.contains("row 2, column B: a quoted cell is never closed") == true)
        let latin1 = #expect(throws: InterchangeError.self) {
            try CSVSheetReader.rows(of: Array("a,b\n".utf8) + [0x43, 0x61, 0x66, 0xE9], name: "t.csv")
        }
        #expect(latin1?.message.contains("row 2, column A: not UTF-8 text") == true)
    }

    @Test func formulaCellsWrittenByRiskregComeBackAsTheirText() throws {
        #expect(try rows("'=SUM(A1),''=x,'plain\n") == [["=SUM(A1)", "'=x", "'plain"]])
    }

    /// Any split of the bytes into chunks reads the same rows as the bytes whole (a quote, a CR LF
    /// or a UTF-8 sequence cut between chunks included).
    @Test func chunkBoundariesDoNotChangeTheRows() async {
        let pieces = ["a", ",", "\"", "\r", "\n", "é", "\"\"", "=", "'", " "]
        let text = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40).map { $0.map { pieces[$0] }.joined() }
        await propertyCheck(count: 400, input: text, Gen.int(in: 1...8)) { text, size in
            let bytes = Array(text.utf8)
            var whole = CSVParser()
            var wholeRows: [SheetRow] = []
            var chunked = CSVParser()
            var chunkedRows: [SheetRow] = []
            let wholeResult = Result { () throws -> [SheetRow] in
                try whole.read(bytes) { wholeRows.append($0) }
                try whole.finish { wholeRows.append($0) }
                return wholeRows
            }
            let chunkedResult = Result { () throws -> [SheetRow] in
                var start = 0
                while start < bytes.count {
                    try chunked.read(bytes[start..<min(start + size, bytes.count)]) { chunkedRows.append($0) }
                    start += size
                }
                try chunked.finish { chunkedRows.append($0) }
                return chunkedRows
            }
            switch (wholeResult, chunkedResult) {
            case let (.success(a), .success(b)): #expect(a == b)
            case let (.failure(a as CSVParser.Failure), .failure(b as CSVParser.Failure)):
                #expect(a.row == b.row && a.column == b.column && a.message == b.message)
            default: Issue.record("whole and chunked reads disagree on \(text.debugDescription) in chunks of \(size)")
            }
        }
    }
}
