import Foundation
import Testing
@testable import RegisterInterchange

/// Only a regular file within the size limit is read for import; anything else is refused at once
/// with a message naming the path.
@Suite(.timeLimit(.minutes(15)))
struct SpreadsheetFileTests {
    private let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-sheetfile-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let path = directory.appendingPathComponent("sheet.csv").path
        try #require(mkfifo(path, 0o600) == 0)
        let error = #expect(throws: InterchangeError.self) { try SpreadsheetFile(path: path, maximumBytes: 1 << 20) }
        #expect(error?.message.contains("it is a FIFO (named pipe), not a spreadsheet file") == true)
        #expect(error?.isBadInput == true)
    }

    @Test func aDirectoryAndAMissingFileAreRefused() {
        let directoryError = #expect(throws: InterchangeError.self) { try SpreadsheetFile(path: directory.path, maximumBytes: 1 << 20) }
        #expect(directoryError?.message.contains("it is a directory") == true)
        let missing = directory.appendingPathComponent("none.csv").path
        let missingError = #expect(throws: InterchangeError.self) { try SpreadsheetFile(path: missing, maximumBytes: 1 << 20) }
        #expect(missingError?.message.contains("no such file") == true)
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let url = directory.appendingPathComponent("big.csv")
        try Data(repeating: 0x61, count: 3000).write(to: url)
        let error = #expect(throws: InterchangeError.self) { try SpreadsheetFile(path: url.path, maximumBytes: 2048) }
        #expect(error?.message.contains("--max-file-size raises the limit") == true)
        let file = try SpreadsheetFile(path: url.path, maximumBytes: 4096)
        #expect(try file.read(upTo: 4096).count == 3000)
        #expect(try file.read(upTo: 4096).isEmpty)
    }
}
