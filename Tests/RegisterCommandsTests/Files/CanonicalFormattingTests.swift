import Foundation
import RegisterCommands
import RiskRegister
import Testing

/// `riskreg fmt` on one file.
@Suite(.timeLimit(.minutes(15)))
struct CanonicalFormattingTests {
    @Test func aFileNotInCanonicalFormIsFoundThenRewritten() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = try scratch.write(SampleRegister.make(), as: "r.json").url
        #expect(CanonicalFormatting.apply(to: url, maximumBytes: FormatLimits.defaultMaximumFileBytes, checking: true) == .canonical)
        let canonical = try Data(contentsOf: url)
        // The same register, indented otherwise.
        try Data(String(decoding: canonical, as: UTF8.self).replacingOccurrences(of: "\n  ", with: "\n    ").utf8).write(to: url)
        #expect(CanonicalFormatting.apply(to: url, maximumBytes: FormatLimits.defaultMaximumFileBytes, checking: true) == .notCanonical)
        #expect(try Data(contentsOf: url) != canonical)
        #expect(CanonicalFormatting.apply(to: url, maximumBytes: FormatLimits.defaultMaximumFileBytes, checking: false) == .formatted)
        #expect(try Data(contentsOf: url) == canonical)
    }

    @Test func aFileThatDoesNotLoadIsReportedAndLeftAlone() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = scratch.directory.appendingPathComponent("bad.json")
        try Data("[1, 2".utf8).write(to: url)
        guard case .unreadable(let messages) = CanonicalFormatting.apply(to: url, maximumBytes: 1_000_000, checking: false) else {
            Issue.record("a file that is not JSON was not reported")
            return
        }
        #expect(messages.first?.hasPrefix(url.path) == true)
        #expect(try Data(contentsOf: url) == Data("[1, 2".utf8))
    }
}
