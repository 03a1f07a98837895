import Foundation
import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct EncodedRegisterTests {
    /// The shipped registers' entries, with unique ids and identities (the same risk in two
    /// quarters shares its identity, which one register cannot hold twice).
    private func seedRegister() throws -> Register {
        let scan = try RegisterStore.scan(Fixtures.dataDirectory)
        var register = try #require(scan.newest).register
        register.entries = scan.registers.flatMap(\.register.entries).enumerated().map { index, entry in
            var copy = entry
            copy.id = "E\(index)"
            copy.uid = "u\(index)"
            return copy
        }
        return register
    }

    @Test func reusingUnchangedEntriesGivesTheBytesOfAFullEncoding() throws {
        let base = try seedRegister()
        let previous = RegisterFile.encoded(base, reusing: nil)
        #expect(previous.bytes == RegisterFile.encode(base))
        var edits: [(String, (inout Register) -> Void)] = []
        edits.append(("a progress note", { $0.entries[3].progress.insert(Item(id: "n1", text: "Note — £2m", date: "2026-11-27"), at: 0) }))
        edits.append(("an entry inserted", { $0.entries.insert(Entry(id: "NEW", kind: .risk, title: "New"), at: 1) }))
        edits.append(("an entry removed", { $0.entries.remove(at: 0) }))
        edits.append(("entries reordered", { $0.entries.swapAt(0, $0.entries.count - 1) }))
        edits.append(("a repeated id", { $0.entries[5].id = $0.entries[4].id }))
        edits.append(("an unknown key", { $0.entries[2].unknownKeys["extra"] = .string("kept") }))
        edits.append(("the register's title", { $0.title = "Renamed" }))
        edits.append(("all entries removed", { $0.entries.removeAll() }))
        for (name, edit) in edits {
            var edited = base
            edit(&edited)
            let reused = RegisterFile.encoded(edited, reusing: previous)
            #expect(reused.bytes == RegisterFile.encode(edited), "\(name)")
            #expect(try Fixtures.decode(reused.bytes) == edited, "\(name)")
            // Saved again on top of the reuse: still a full encoding's bytes.
            var again = edited
            again.organisation = "Again"
            #expect(RegisterFile.encoded(again, reusing: reused).bytes == RegisterFile.encode(again), "\(name), saved again")
        }
    }

    @Test func anEntryChangedOnlyToACanonicallyEquivalentTextIsEncodedAgain() throws {
        var base = Fixtures.register()
        base.entries[0].title = "Caf\u{E9}"
        var edited = base
        edited.entries[0].title = "Cafe\u{301}"
        #expect(edited == base, "Swift's == takes the two spellings as equal")
        let reused = RegisterFile.encoded(edited, reusing: RegisterFile.encoded(base, reusing: nil))
        #expect(reused.bytes == RegisterFile.encode(edited))
        #expect(String(decoding: reused.bytes, as: UTF8.self).contains("Cafe\u{301}"))
    }

    @Test func theBytesOfAnUnchangedEntryAreCopiedNotEncodedAgain() throws {
        let base = Fixtures.register()
        let previous = RegisterFile.encoded(base, reusing: nil)
        // Mark the second entry's bytes: a copy shows the mark, an encoding would not.
        var marked = previous.bytes
        let range = previous.entryRanges[1]
        let title = Array("Green fleet".utf8)
        let start = try #require(marked[range].firstRange(of: title)).lowerBound
        marked[start] = UInt8(ascii: "X")
        let tampered = EncodedRegister(bytes: marked, entries: previous.entries, entryRanges: previous.entryRanges)
        var edited = base
        edited.entries[0].owner = "Someone else"
        let reused = RegisterFile.encoded(edited, reusing: tampered)
        #expect(String(decoding: reused.bytes, as: UTF8.self).contains("Xreen fleet"))
        #expect(String(decoding: reused.bytes, as: UTF8.self).contains("Someone else"))
    }

    @Test func aSaveReusesTheBytesOfTheSaveBefore() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("r.json")
        let base = try seedRegister()
        try Data(Fixtures.bytes(base)).write(to: url)
        var loaded = try RegisterStore.load(url).get()
        #expect(loaded.encoded == nil && loaded.baseline == base)
        for round in 0..<3 {
            var edited = loaded.register
            edited.entries[round].progress.insert(Item(text: "Note \(round)"), at: 0)
            loaded = try RegisterStore.save(edited, over: loaded)
            #expect(loaded.encoded?.entries.count == edited.entries.count)
            #expect(try [UInt8](Data(contentsOf: url)) == RegisterFile.encode(edited))
            #expect(loaded.baseline == edited)
        }
    }

    @Test func aRegisterPreparedAfterLoadingSavesTheSameBytesAndKeepsTheFileAsLoaded() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("r.json")
        let base = try seedRegister()
        // Written by hand in another layout: the file is not canonical.
        try Data(RegisterFile.encode(base) + Array("\n\n".utf8)).write(to: url)
        let loaded = try RegisterStore.load(url).get()
        let prepared = loaded.preparingSave()
        #expect(prepared.isPreparedForSaving && !loaded.isPreparedForSaving)
        #expect(prepared.diskBytes == loaded.diskBytes && prepared.baseline == loaded.baseline, "still the file as loaded")
        var edited = prepared
        edited.register.entries[2].progress.insert(Item(id: "n1", text: "Noted — é", date: "2026-11-27"), at: 0)
        let saved = try RegisterStore.save(edited.register, over: edited)
        #expect(saved.diskBytes == RegisterFile.encode(edited.register), "the bytes of a full encoding")
        #expect(try Data(contentsOf: url) == Data(saved.diskBytes))
    }
}
