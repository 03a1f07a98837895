import Foundation
import RegisterCommands
import Testing

/// Where an export goes, decided before anything is written.
@Suite(.timeLimit(.minutes(15)))
struct OutputTargetTests {
    private let text = Array("Title \u{1B}[2J\n\tok\n".utf8)

    @Test func withoutAFileTheBytesAreForStandardOutputEscapedOnlyOnATerminal() throws {
        #expect(try OutputTarget(path: nil, terminal: false).write(text) == text)
        let shown = try #require(try OutputTarget(path: nil, terminal: true).write(text))
        #expect(String(decoding: shown, as: UTF8.self) == "Title \\u{1B}[2J\n\tok\n")
    }

    @Test func aNewFileIsWrittenWholeWithTheUsualMode() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path("out.csv")
        #expect(try OutputTarget(path: path, terminal: true).write(text) == nil)
        #expect(FileManager.default.contents(atPath: path) == Data(text))
        let mask = umask(0o022)
        umask(mask)
        #expect(try mode(path) == 0o644 & ~mask)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.directory.path) == ["out.csv"])
    }

    @Test func anExistingFileIsReplacedOnlyWithForceAndKeepsItsMode() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path("out.md")
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let refused = #expect(throws: CommandFailure.self) { try OutputTarget(path: path, terminal: false).write(text) }
        #expect(refused?.message == "\"\(path)\" exists; --force overwrites it")
        #expect(refused?.code == 2)
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
        _ = try OutputTarget(path: path, force: true, terminal: false).write(text)
        #expect(FileManager.default.contents(atPath: path) == Data(text))
        #expect(try mode(path) == 0o600)
    }

    @Test func aSymbolicLinkIsWrittenThroughToItsTarget() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = scratch.path("real.html")
        let link = scratch.path("link.html")
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        _ = try OutputTarget(path: link, force: true, terminal: false).write(text)
        #expect(FileManager.default.contents(atPath: target) == Data(text))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }

    @Test func directoriesFIFOsAndDanglingLinksAreRefusedEvenWithForce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fifo = scratch.path("pipe")
        #expect(mkfifo(fifo, 0o644) == 0)
        let dangling = scratch.path("dangling")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: scratch.path("nowhere"))
        for (path, reason) in [(scratch.directory.path, "it is a directory"), (fifo, "it is a FIFO"),
                               (dangling, "it is a symbolic link to a missing file")] {
            let failure = #expect(throws: CommandFailure.self) { try OutputTarget(path: path, force: true, terminal: false).write(text) }
            #expect(failure?.message.hasPrefix("cannot write \"\(path)\": \(reason)") == true, "\(failure?.message ?? "")")
            #expect(failure?.code == 2)
        }
    }

    @Test func aBinaryFileIsNeverWrittenToATerminal() throws {
        let refused = #expect(throws: CommandFailure.self) {
            try OutputTarget(path: nil, terminal: true).writeFile(describedAs: "an XLSX workbook") { _ in }
        }
        #expect(refused?.message == "will not write an XLSX workbook to a terminal: give -o FILE or redirect standard output")
        #expect(refused?.code == 2)
        let piped = try OutputTarget(path: nil, terminal: false).writeFile(describedAs: "a workbook") { path in
            try Data([0x50, 0x4B, 3, 4]).write(to: URL(fileURLWithPath: path))
        }
        #expect(piped == [0x50, 0x4B, 3, 4])
    }

    @Test func aBinaryFileIsRenamedIntoPlaceOnlyWhenComplete() throws {
        struct Failed: Error {}
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path("book.xlsx")
        #expect(throws: Failed.self) {
            try OutputTarget(path: path, terminal: false).writeFile(describedAs: "a workbook") { partial in
                try Data("half".utf8).write(to: URL(fileURLWithPath: partial))
                throw Failed()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.directory.path) == [])
        _ = try OutputTarget(path: path, terminal: false).writeFile(describedAs: "a workbook") { partial in
            #expect(partial != path)
            try Data("whole".utf8).write(to: URL(fileURLWithPath: partial))
        }
        #expect(FileManager.default.contents(atPath: path) == Data("whole".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.directory.path) == ["book.xlsx"])
    }

    @Test func aFileInADirectoryThatDoesNotExistIsRefused() throws {
        let failure = #expect(throws: CommandFailure.self) {
            try OutputTarget(path: "/nonexistent-riskreg/out.xlsx", terminal: false).writeFile(describedAs: "a workbook") { _ in }
        }
        #expect(failure?.message == "cannot write \"/nonexistent-riskreg/out.xlsx\": no directory \"/nonexistent-riskreg\"")
        #expect(failure?.code == 1)
    }

    private func mode(_ path: String) throws -> mode_t {
        var info = stat()
        try #require(stat(path, &info) == 0)
        return info.st_mode & 0o7777
    }
}
