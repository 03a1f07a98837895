import Foundation
import RegisterCommands
import RiskRegister
import Testing

/// `riskreg validate`'s checks and counts.
@Suite(.timeLimit(.minutes(15)))
struct ValidationRunTests {
    private func shippedFiles() throws -> [URL] {
        try RegisterStore.registerFiles(in: ShippedData.directory)
    }

    @Test func theShippedDirectoryHasWarningsAcrossRegistersButNoErrors() throws {
        let run = ValidationRun(try shippedFiles(), maximumBytes: FormatLimits.defaultMaximumFileBytes, acrossRegisters: true, quiet: false)
        #expect(run.files.count == 5)
        #expect(run.errors == 0)
        #expect(run.warnings == 8)
        #expect(run.summary == "5 files: 0 errors, 8 warnings")
        let q4 = ShippedData.directory.appendingPathComponent("lcc-2016-17-q4.json")
        let travel = try #require(run.files.first { $0.url == q4 })
        #expect(travel.lines.contains("\(q4.path): warning: entry CR21, field direction: printed direction \"↓ Downwards.\" (down) "
                                      + "but the current score went from 16 in lcc-2016-17-q3 to 16 (level)"))
        #expect(travel.warnings == 5)
    }

    @Test func oneFileAloneIsNotComparedWithOthersAndQuietLeavesTheNotesOut() throws {
        let q4 = ShippedData.directory.appendingPathComponent("lcc-2016-17-q4.json")
        let loud = ValidationRun([q4], maximumBytes: FormatLimits.defaultMaximumFileBytes, acrossRegisters: false, quiet: false)
        let quiet = ValidationRun([q4], maximumBytes: FormatLimits.defaultMaximumFileBytes, acrossRegisters: false, quiet: true)
        #expect(loud.warnings == 0)
        #expect(loud.summary == "1 file: 0 errors, 0 warnings")
        #expect(loud.files[0].lines.contains { $0.contains(": note: ") })
        #expect(quiet.files[0].lines.isEmpty)
    }

    @Test func aFileThatDoesNotLoadCountsEachMessageAsAnError() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let broken = scratch.directory.appendingPathComponent("broken.json")
        try Data("{\"format\": \"riskreg-register\",\n  \"version\": 1,\n  oops".utf8).write(to: broken)
        let run = ValidationRun([broken], maximumBytes: FormatLimits.defaultMaximumFileBytes, acrossRegisters: false, quiet: false)
        #expect(run.errors == run.files[0].lines.count)
        #expect(run.errors >= 1)
        #expect(run.files[0].lines[0].hasPrefix("\(broken.path):3:"))
        #expect(run.summary == "1 file: \(run.errors) error\(run.errors == 1 ? "" : "s"), 0 warnings")
    }
}
