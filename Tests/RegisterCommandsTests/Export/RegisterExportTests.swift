import Foundation
import RegisterCommands
import RiskRegister
import Testing

/// `riskreg export`'s documents.
@Suite(.timeLimit(.minutes(15)))
struct RegisterExportTests {
    private func q4Export() throws -> RegisterExport {
        let q4 = try ShippedData.register("lcc-2021-22-q4")
        return RegisterExport(q4, predecessor: PredecessorLookup.register(before: q4, among: try ShippedData.all()))
    }

    @Test func csvIsOneRowPerEntryWithAByteOrderMarkWhenAsked() throws {
        let export = try q4Export()
        let csv = try #require(try export.bytes(.csv))
        let text = String(decoding: csv, as: UTF8.self)
        #expect(text.hasPrefix("id,uid,kind,status,"))
        #expect(text.contains("\r\nCorp 1,d17db8373bb7,risk,open,"))
        let marked = try #require(try export.bytes(.csv, byteOrderMark: true))
        #expect(Array(marked.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(marked.dropFirst(3)) == csv)
    }

    @Test func jsonIsTheRegisterFileWrittenCanonically() throws {
        let export = try q4Export()
        #expect(try export.bytes(.json) == RegisterFile.encode(export.loaded.register))
    }

    @Test func thePapersShowWhatMovedSinceThePredecessor() throws {
        let export = try q4Export()
        let markdown = String(decoding: try #require(try export.bytes(.md)), as: UTF8.self)
        #expect(markdown.hasPrefix("# Corporate Risk \\& Opportunity Register: 2021/22 Q4\n"))
        #expect(markdown.contains("\n## What moved since the previous quarter\n"))
        #expect(markdown.contains("\n- **Corp 3** removed: SEND Partnership Improvement Plan\n"))
        let alone = String(decoding: try #require(try RegisterExport(export.loaded, predecessor: nil).bytes(.md)), as: UTF8.self)
        #expect(!alone.contains("## What moved since the previous quarter"))
        let html = String(decoding: try #require(try export.bytes(.html)), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>") || html.hasPrefix("<!doctype html>"))
    }

    @Test func aWorkbookIsWrittenToAFileNotReturned() throws {
        let export = try q4Export()
        #expect(try export.bytes(.xlsx) == nil)
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path("pack.xlsx")
        try export.writeWorkbook(to: path)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(Array(bytes.prefix(2)) == [0x50, 0x4B])
    }

    @Test func onlyThePapersNeedThePredecessor() {
        #expect(ExportFormat.allCases.filter(\.comparesWithPredecessor) == [.md, .html, .xlsx])
    }
}
