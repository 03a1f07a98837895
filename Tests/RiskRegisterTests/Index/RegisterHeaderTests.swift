import Foundation
import Testing
@testable import RiskRegister

/// The header read: what the full decode says, from canonical files (the first 16 KiB), from files
/// whose keys come in any order (the whole file), and never a crash on hostile bytes.
@Suite(.timeLimit(.minutes(15))) struct RegisterHeaderTests {
    @Test func canonicalFilesGiveWhatTheDecoderGives() throws {
        for url in try RegisterStore.registerFiles(in: Fixtures.dataDirectory) {
            let register = try RegisterStore.load(url).get().register
            let header = try RegisterHeader.read(url).get()
            #expect(header == RegisterHeader(organisation: register.organisation, title: register.title, period: register.period))
            let counted = try RegisterHeader.read(url, countingEntries: true).get()
            #expect(counted.entryCount == register.entries.count)
            #expect(counted.period == register.period)
        }
    }

    @Test func keysInAnyOrderAreFoundByReadingTheWholeFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = Fixtures.dataDirectory.appendingPathComponent("lcc-2021-22-q4.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: source))
        // Sorted keys put "entries" (about 90 KB) before "organisation", "period" and "title".
        let sorted = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        let url = directory.appendingPathComponent("sorted.json")
        try sorted.write(to: url)
        let header = try RegisterHeader.read(url).get()
        #expect(header.period == "2021/22 Q4")
        #expect(header.organisation == "Lancashire County Council")
        #expect(try RegisterHeader.read(url, countingEntries: true).get().entryCount == 8)
    }

    @Test func escapesInHeaderStringsAreDecoded() {
        let bytes = Fixtures.utf8(#"{"entries": [{"a": "]\"}["}, [], 3, true, null], "title": "A \"b\" \\ c\u00e9\ud83d\ude00", "period": "2021/22 Q1", "organisation": "O"}"#)
        let header = RegisterHeader.scan(bytes)
        #expect(header == RegisterHeader(organisation: "O", title: "A \"b\" \\ cé😀", period: "2021/22 Q1", entryCount: 5))
    }

    @Test func missingOrMistypedFieldsAreNil() {
        #expect(RegisterHeader.scan(Fixtures.utf8(#"{"title": 5, "period": ["x"], "entries": {}}"#))
                == RegisterHeader(organisation: nil, title: nil, period: nil, entryCount: nil))
        #expect(RegisterHeader.scan(Fixtures.utf8("[1, 2]")) == nil)
        #expect(RegisterHeader.scan(Fixtures.utf8("")) == nil)
    }

    @Test func everyPrefixOfAFileAndRandomBytesAreSafe() {
        let bytes = Fixtures.bytes(Fixtures.register())
        for length in 0...bytes.count {
            let prefix = Array(bytes.prefix(length))
            if let header = RegisterHeader.scan(prefix, countingEntries: false), header.period != nil {
                #expect(header.period == "2021/22 Q4")
            }
            _ = RegisterHeader.scan(prefix, countingEntries: true)
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet = Fixtures.utf8("{}[]\":,\\ \nabtrue0-9é") + [0xFF, 0x00, 0xC3]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...200, using: &generator)
            let random = (0..<count).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            _ = RegisterHeader.scan([UInt8(ascii: "{")] + random)
            _ = RegisterHeader.scan(random, countingEntries: false)
        }
        let deep = Fixtures.utf8(#"{"entries": "# + String(repeating: "[", count: 1_000_000) + #", "period": "x"}"#)
        #expect(RegisterHeader.scan(deep) == nil)
    }

    @Test func aFIFOIsRefusedNotWaitedOn() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe.json")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        guard case .failure(let failure) = RegisterHeader.read(fifo) else {
            Issue.record("a FIFO gave a header")
            return
        }
        #expect(failure.messages.first?.contains("pipe.json: error: is a FIFO (named pipe), not a register file") == true)
    }
}
