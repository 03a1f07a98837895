import Testing
@testable import RegisterInterchange

/// The CSV riskreg writes, byte for byte: RFC 4180 quoting, CRLF records, the byte order mark,
/// formula cells neutralised.
@Suite(.timeLimit(.minutes(15))) struct CSVTextTests {
    private func text(_ rows: [[String]], byteOrderMark: Bool = false) -> String {
        String(decoding: CSVText.bytes(rows, byteOrderMark: byteOrderMark), as: UTF8.self)
    }

    @Test func fieldsAreQuotedOnlyWhenTheyHoldACommaAQuoteOrALineBreak() {
        #expect(text([["ID", "Title"], ["CR1", "Flood, fire"], ["CR2", "The \"big\" one"], ["CR3", "a\nb"], ["CR4", "a\rb"]])
                == "ID,Title\r\nCR1,\"Flood, fire\"\r\nCR2,\"The \"\"big\"\" one\"\r\nCR3,\"a\nb\"\r\nCR4,\"a\rb\"\r\n")
        #expect(text([["plain text", "ünïcödé ✓", "", " spaced "]]) == "plain text,ünïcödé ✓,, spaced \r\n")
    }

    @Test func formulaCellsGetAQuoteAndTheMarkComesFirst() {
        #expect(text([["=SUM(A1)", "+1", "-x", "@a", "'=b", "a=b"]]) == "'=SUM(A1),'+1,'-x,'@a,''=b,a=b\r\n")
        #expect(CSVText.bytes([["a"]], byteOrderMark: true) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "a"), 0x0D, 0x0A])
    }

    @Test func noRowsIsNoBytesAndARowOfNoCellsWritesNothing() {
        #expect(CSVText.bytes([]).isEmpty)
        #expect(text([["a"], [], ["b"]]) == "a\r\nb\r\n")
    }
}
