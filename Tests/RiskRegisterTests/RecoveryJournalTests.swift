import Foundation
import PropertyBased
import Testing
@testable import RiskRegister

/// Recovery files as a journal of the entries changed: replayed onto their base they give the
/// edits exactly, onto a file saved since they merge, and they cost what changed, not the register.
@Suite(.timeLimit(.minutes(15))) struct RecoveryJournalTests {
    /// A register of `count` risks R1…Rn, each with a control.
    private static func register(count: Int) -> Register {
        Fixtures.register(entries: (1...count).map { number in
            Entry(id: "R\(number)", kind: .risk, title: "Risk \(number)",
                  controls: [Item(id: "c\(number)", text: "Control of risk \(number), monitored monthly")],
                  owner: "Owner \(number % 7)", current: Rating(likelihood: 3, impact: 4, score: 12))
        })
    }

    /// Applies one edit, chosen by `kind`, at `position` (taken modulo the entries): change an
    /// owner, add a note, remove an entry, add a new entry there, or move an entry to the end.
    private static func apply(kind: Int, position: Int, serial: Int, to register: inout Register) {
        guard !register.entries.isEmpty || kind == 3 else { return }
        let index = register.entries.isEmpty ? 0 : position % register.entries.count
        switch kind {
        case 0: register.entries[index].owner = "Edited \(serial)"
        case 1: register.entries[index].progress.insert(Item(id: "n\(serial)", text: "Note \(serial) é"), at: 0)
        case 2: register.entries.remove(at: index)
        case 3: register.entries.insert(Entry(id: "N\(serial)", uid: "new-\(serial)", kind: .risk, title: "New \(serial)"),
                                        at: min(index, register.entries.count))
        default: register.entries.append(register.entries.remove(at: index))
        }
    }

    @Test func replayedOntoItsBaseAJournalGivesTheEditsAndTheBaseExactlyThroughItsFile() async {
        let base = Self.register(count: 12)
        await propertyCheck(count: 200, input: Gen.int(in: 0...4).array(of: 0...8), Gen.int(in: 0...40).array(of: 8...8)) { kinds, positions in
            var edits = base
            edits.title = kinds.count.isMultiple(of: 3) ? "Retitled" : base.title
            for (serial, kind) in kinds.enumerated() {
                Self.apply(kind: kind, position: positions[serial], serial: serial, to: &edits)
            }
            guard let journal = RecoveryJournal(from: base, to: edits) else {
                Issue.record("entries with distinct uids are always journalled")
                return
            }
            #expect(journal.edited(onto: base) == edits)
            #expect(journal.base(onto: base) == base)
            let bytes = RecoveryFile.encode(edits: edits, baseBytes: Fixtures.bytes(base), base: base, fileName: "r.json")
            guard case .journal(let read, let digest)? = RecoveryFile.decode(bytes) else {
                Issue.record("a journal is read back as one")
                return
            }
            #expect(read == journal && digest == Digest.sha256(Fixtures.bytes(base)))
        }
    }

    @Test func aJournalHoldsOnlyWhatChanged() throws {
        let base = Self.register(count: 5)
        var edits = base
        edits.entries[2].owner = "New owner"
        edits.entries.remove(at: 4)
        edits.entries.insert(Entry(id: "R9", uid: "added", kind: .risk, title: "Added"), at: 1)
        let journal = try #require(RecoveryJournal(from: base, to: edits))
        #expect(journal.base.entries.map(\.id) == ["R3", "R5"], "the changed and the removed, as they were")
        #expect(journal.edits.entries.map(\.id) == ["R9", "R3"], "the added and the changed, as they are")
        #expect(journal.placements == ["added": .some(base.entries[0].uid)], "after the entry it follows")
        #expect(journal.order == nil, "replaying gives the order")
        #expect(journal.removedUIDs == [base.entries[4].uid] && journal.addedUIDs == ["added"])
        var moved = base
        moved.entries.swapAt(0, 3)
        #expect(try #require(RecoveryJournal(from: base, to: moved)).order == moved.entries.map(\.uid), "a move keeps the order")
    }

    @Test func twoEntriesOfOneUidAreKeptWholeInTheEarlierForm() throws {
        let base = Self.register(count: 3)
        var edits = base
        edits.entries.append(edits.entries[0])
        #expect(RecoveryJournal(from: base, to: edits) == nil)
        let bytes = RecoveryFile.encode(edits: edits, baseBytes: Fixtures.bytes(base), base: base, fileName: "r.json")
        guard case .whole(let contents)? = RecoveryFile.decode(bytes) else {
            Issue.record("kept whole")
            return
        }
        #expect(contents.base == base && contents.edits.entries.map(\.id) == ["R1", "R2", "R3", "R1"])
    }

    /// The issue's case: typing into one note of a register of thousands of entries writes that
    /// entry, not the register twice (the earlier form wrote 1,468 MB for 54 characters into the
    /// 52 MB register).
    @Test func aNoteInALargeRegisterWritesKilobytesNotTheRegister() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("big.json")
        try Data(Fixtures.bytes(Self.register(count: 3_000))).write(to: url)
        var loaded = try RegisterStore.load(url).get()
        loaded.register.entries[1_500].progress.insert(Item(id: "n1", text: "Typed in the browser"), at: 0)
        try RecoveryFile.write(loaded, user: "jo")
        let recovery = RecoveryFile.url(for: url, user: "jo")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: recovery.path)[.size] as? Int)
        #expect(loaded.diskBytes.count > 500_000)
        #expect(size < 10_000, "\(size) bytes for one note")
        let contents = try #require(RecoveryFile.read(for: url, user: "jo"))
        #expect(contents.edits == loaded.register && contents.base == loaded.baseline)
        #expect(contents.baseDigest == Digest.sha256(loaded.diskBytes))
    }

    /// Onto a file someone saved since, the journal gives base and edits in which every entry the
    /// edits did not touch is theirs: the merge keeps their change and mine, and asks nothing.
    @Test func replayedOntoAFileSavedSinceTheJournalMergesWithTheirChanges() throws {
        let base = Self.register(count: 6)
        var mine = base
        mine.entries[1].owner = "Mine"
        mine.entries.remove(at: 5)
        var theirs = base
        theirs.entries[3].title = "Theirs"
        theirs.entries.append(Entry(id: "R7", uid: "their-new", kind: .risk, title: "Their new risk"))
        let found = RecoveryFile.decode(RecoveryFile.encode(edits: mine, baseBytes: Fixtures.bytes(base), base: base,
                                                            fileName: "r.json"))
        let contents = try #require(found?.contents(onto: theirs))
        let merge = RegisterMerge(base: try #require(contents.base), mine: contents.edits, theirs: theirs)
        #expect(merge.conflicts.isEmpty)
        let merged = try #require(merge.resolved(keepMine: []))
        #expect(merged.entries.map(\.id) == ["R1", "R2", "R3", "R4", "R5", "R7"])
        #expect(merged.entries[1].owner == "Mine" && merged.entries[3].title == "Theirs")
        #expect(found?.contents(onto: nil) == nil, "a journal needs the file it applies to")
    }

    /// Both changed one entry's owner: the base the journal kept makes it a question, with the
    /// value it started from.
    @Test func anEntryBothChangedIsAConflictWithItsBase() throws {
        let base = Self.register(count: 3)
        var mine = base
        mine.entries[0].owner = "Mine"
        var theirs = base
        theirs.entries[0].owner = "Theirs"
        let journal = try #require(RecoveryJournal(from: base, to: mine))
        let merge = RegisterMerge(base: journal.base(onto: theirs), mine: journal.edited(onto: theirs), theirs: theirs)
        #expect(merge.conflicts.count == 1)
        #expect(merge.conflicts.first?.base == .string("Owner 1"))
    }
}
