import Foundation
import RiskRegister
import Testing
@testable import RegisterInterchange

/// Workbooks written by libxlsxwriter read back by riskreg's XLSX reader: the cell's text, the
/// sheet's row numbers, sparse columns kept sparse, sheets chosen by name, damage refused.
@Suite(.timeLimit(.minutes(15)))
struct XLSXRoundTripTests {
    private let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-xlsx-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// A workbook of two sheets: "Notes" first, then "Risks" with a header, two rows (one with a
    /// cell far to the right) and a blank row between them.
    private func workbook() throws -> Data {
        let path = directory.appendingPathComponent("book.xlsx").path
        let book = try XLSXWorkbook(path: path)
        let notes = try book.addSheet("Notes")
        try notes.write("not the register", row: 0, column: 0)
        let risks = try book.addSheet("Risks")
        for (column, name) in ["id", "title", "likelihood"].enumerated() { try risks.write(name, row: 0, column: column) }
        try risks.write("R1", row: 1, column: 0)
        try risks.write("Flood, \"river\" & <sea>\nsecond line 🦊", row: 1, column: 1)
        try risks.write(4, row: 1, column: 2)
        try risks.write("R2", row: 3, column: 0)
        try risks.write("far", row: 3, column: 16_000)
        try book.close()
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func theNamedSheetReadsBackCellForCell() throws {
        let rows = try XLSXSheetReader.rows(of: workbook(), file: "book.xlsx", sheet: "risks")
        #expect(rows.map(\.number) == [1, 2, 4])
        #expect(rows[0].cells == ["id", "title", "likelihood"])
        #expect(rows[1].cells == ["R1", "Flood, \"river\" & <sea>\nsecond line 🦊", "4"])
        #expect(rows[2].filled == [.init(column: 0, text: "R2"), .init(column: 16_000, text: "far")])
    }

    @Test func theFirstSheetIsReadWhenNoneIsNamedAndAnUnknownNameListsTheSheets() throws {
        let bytes = try workbook()
        #expect(try XLSXSheetReader.rows(of: bytes, file: "book.xlsx", sheet: nil).map(\.cells) == [["not the register"]])
        let error = #expect(throws: InterchangeError.self) { try XLSXSheetReader.rows(of: bytes, file: "book.xlsx", sheet: "Summary") }
        #expect(error?.message == "book.xlsx: no sheet named \"Summary\"; its sheets are \"Notes\", \"Risks\"")
    }

    @Test func bytesThatAreNotAWorkbookOrAreCutShortAreRefused() throws {
        let notZip = #expect(throws: InterchangeError.self) { try XLSXSheetReader.rows(of: Data("id,title\n".utf8), file: "f.xlsx", sheet: nil) }
        #expect(notZip?.message == "f.xlsx: not an XLSX workbook (it is not a zip archive)")
        let bytes = try workbook()
        #expect(throws: InterchangeError.self) { try XLSXSheetReader.rows(of: bytes.prefix(bytes.count / 2), file: "f.xlsx", sheet: nil) }
    }

    /// The fuzzer's first find: a workbook whose zip directory points past the end of the file
    /// trapped inside ZIPFoundation's in-memory archive (riskreg import crashed); read from its
    /// file, it is refused or read, never a crash.
    @Test func aWorkbookWhoseDirectoryPointsPastItsEndIsNoCrash() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/central-directory-past-end.xlsx")
        let bytes = try Data(contentsOf: fixture)
        try #require(bytes.count > 10_000)
        do {
            _ = try XLSXSheetReader.rows(of: bytes, file: "f.xlsx", sheet: nil)
        } catch let error as InterchangeError {
            #expect(error.message.hasPrefix("f.xlsx: "))
        }
    }

    /// An attribute name that is not UTF-8 in a part whose checksum is right trapped inside
    /// FoundationXML; the reader refuses the part, naming it.
    @Test func aPartThatIsNotUTF8IsRefusedByName() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/attribute-name-not-utf8.xlsx")
        let error = #expect(throws: InterchangeError.self) {
            try XLSXSheetReader.rows(of: Data(contentsOf: fixture), file: "f.xlsx", sheet: nil)
        }
        #expect(error?.message == "f.xlsx: xl/_rels/workbook.xml.rels is not well-formed XML: it is not UTF-8 text")
    }

    /// A deflated part whose stream cannot end inside it (a stored block that claims 65,535
    /// bytes): the fuzzer's hang, where ZIPFoundation read on past the part to the end of the file
    /// and then for ever. Each part is read from its own bytes only, so it is refused, naming it.
    @Test func aDeflateStreamThatNeverEndsIsRefusedNotWaitedOn() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/deflate-stream-never-ends.xlsx")
        let error = #expect(throws: InterchangeError.self) {
            try XLSXSheetReader.rows(of: Data(contentsOf: fixture), file: "f.xlsx", sheet: nil)
        }
        #expect(error?.message == "f.xlsx: xl/workbook.xml is damaged (its compressed data ends too soon)")
    }

    /// The fuzzer's input on which ZIPFoundation's inflating told zlib that a part's short last
    /// chunk was a full buffer, so zlib read past it (a SEGV under AddressSanitizer): read, or
    /// refused by name, never a crash.
    @Test func aDeflatedPartEndingInAShortChunkIsNoCrash() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/short-last-chunk.xlsx")
        let bytes = try Data(contentsOf: fixture)
        try #require(bytes.count > 1000)
        do {
            _ = try XLSXSheetReader.rows(of: bytes, file: "f.xlsx", sheet: nil)
        } catch let error as InterchangeError {
            #expect(error.message.hasPrefix("f.xlsx: "))
        }
    }

    /// A deflated workbook (libxlsxwriter's, several chunks of 64 KiB) reads back whole.
    @Test func aLargeDeflatedSheetReadsBackWhole() throws {
        let path = directory.appendingPathComponent("large.xlsx").path
        let book = try XLSXWorkbook(path: path)
        let sheet = try book.addSheet("Risks")
        for row in 0..<3000 {
            try sheet.write("R\(row)", row: row, column: 0)
            try sheet.write(String(repeating: "controls and actions \(row) ", count: 4), row: row, column: 1)
        }
        try book.close()
        let rows = try XLSXSheetReader.rows(of: Data(contentsOf: URL(fileURLWithPath: path)), file: "large.xlsx", sheet: nil)
        #expect(rows.count == 3000)
        #expect(rows[2999].cells == ["R2999", String(repeating: "controls and actions 2999 ", count: 4)])
    }

    /// Bytes that are no zip archive, or whose directory points past the end, are refused.
    @Test func aDirectoryOutsideTheFileIsRefused() throws {
        var bytes = try workbook()
        // The end record's directory offset (4 bytes at 16 from the record's start) moved far away.
        let end = bytes.count - 22
        bytes.replaceSubrange((end + 16)..<(end + 20), with: [0xFF, 0xFF, 0xFF, 0x0F])
        let error = #expect(throws: InterchangeError.self) { try XLSXSheetReader.rows(of: bytes, file: "f.xlsx", sheet: nil) }
        #expect(error?.message == "f.xlsx: not an XLSX workbook (its directory lies past its end)")
    }

    @Test func thePackWorkbookReadsBackItsRegisterSheet() throws {
        var register = Register(organisation: "Council", title: "Corporate Risk Register", period: "2021/22 Q4",
                                source: RegisterSource(document: "test"))
        var entry = Entry(id: "Corp 1", kind: .risk, title: "=HYPERLINK(\"x\") not a formula")
        entry.current = Rating(likelihood: 4, impact: 5)
        register.entries.append(entry)
        let path = directory.appendingPathComponent("pack.xlsx").path
        try XLSXPack.write(register, profile: SummaryProfile(register: register), comparison: nil, to: path)
        let rows = try XLSXSheetReader.rows(of: Data(contentsOf: URL(fileURLWithPath: path)), file: "pack.xlsx", sheet: nil)
        #expect(rows.count == 2)
        #expect(rows[1].cells.contains("Corp 1"))
        #expect(rows[1].cells.contains("=HYPERLINK(\"x\") not a formula"))
    }
}
