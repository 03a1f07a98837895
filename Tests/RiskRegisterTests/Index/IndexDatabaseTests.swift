import Foundation
import Testing
@testable import RiskRegister

/// The index's SQLite database: a damaged, foreign or old one is never trusted (refused when
/// opened, or found damaged by the first search, which then reads every file again), a forged
/// length costs no memory, a changed register writes only its own rows, the files are private and
/// a symbolic link or another user's file at the database's path is never used.
@Suite(.timeLimit(.minutes(15))) struct IndexDatabaseTests {
    private static let pageSize = IndexSchema.pageSize
    private static let queries = ["budget", "e", "social care", "zzz", ""]

    /// Opens the damaged database and checks that nothing wrong comes out of it: the searches
    /// give what a scan gives, and once refreshed the records are the good ones again.
    private func expectRecovered(_ fixture: IndexFixture, good: [String: IndexedFile], refusedAtOpen: Bool,
                                 _ comment: Comment) throws {
        let index = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        if refusedAtOpen { #expect(index.files.isEmpty, "\(comment): a damaged database was used") }
        if index.files.isEmpty {
            #expect(index.search("").isEmpty, "\(comment): nothing indexed, nothing found")
        } else {
            for query in Self.queries {
                #expect(IndexFixture.found(index, query) == (try fixture.scanned(query)), "\(comment): \(query)")
            }
        }
        try index.refresh()
        #expect(IndexFixture.sameRecords(index.files, good), "\(comment)")
        #expect(IndexFixture.found(index, "budget") == (try fixture.scanned("budget")), "\(comment)")
    }

    @Test func aDamagedForeignOrOldDatabaseIsNeverTrusted() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let good = try fixture.builtAndClosed()
        let file = fixture.databaseFile
        #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"), "closed, the log is folded in")
        let bytes = try Array(Data(contentsOf: file))
        let pages = bytes.count / Self.pageSize
        #expect(pages > 3 && bytes.count % Self.pageSize == 0)
        func changed(_ change: (inout [UInt8]) -> Void) -> [UInt8] {
            var copy = bytes
            change(&copy)
            return copy
        }
        // Refused when opened: not a database, cut within its first page, another format,
        // version or application.
        var refused: [(String, [UInt8])] = [
            ("random bytes", (0..<5_000).map { _ in UInt8.random(in: 0...255) }), ("text", Array("riskidx\n".utf8)),
            ("7 bytes", Array(bytes.prefix(7))), ("header only", Array(bytes.prefix(100))),
            ("first page only", Array(bytes.prefix(Self.pageSize))),
            ("magic", changed { $0[0] ^= 0x40 }), ("user_version", changed { $0[63] &+= 1 }), ("application_id", changed { $0[71] ^= 1 }),
            ("page 1 zeroed past the header", changed { $0.replaceSubrange(100..<Self.pageSize, with: repeatElement(0, count: Self.pageSize - 100)) }),
        ]
        refused.append(("schema page type", changed { $0[100] = 0xFF }))
        for (name, variant) in refused {
            try Data(variant).write(to: file)
            try expectRecovered(fixture, good: good, refusedAtOpen: true, "\(name)")
        }
        // Damaged anywhere else: a b-tree page zeroed, the start of any page changed (a b-tree
        // page's type, or where an overflow page says the value goes on), the file cut short or
        // lengthened, even by a byte. Refused when opened, or found damaged by a search or a
        // write; an empty file is a new database. (SQLite checks the structure of what it reads,
        // not the bytes of a value: zeroing the middle of a long entry's text would go unseen.)
        var damaged: [(String, [UInt8])] = [("empty", []), ("half", Array(bytes.prefix(bytes.count / 2))),
                                            ("one page short", Array(bytes.dropLast(Self.pageSize))),
                                            ("one byte short", Array(bytes.dropLast())), ("one byte more", bytes + [0])]
        let bTreePageTypes: Set<UInt8> = [0x02, 0x05, 0x0A, 0x0D]
        for page in stride(from: 1, to: pages, by: max(1, pages / 12)) {
            let start = page * Self.pageSize
            if bTreePageTypes.contains(bytes[start]) {
                damaged.append(("page \(page) zeroed", changed { $0.replaceSubrange(start..<start + Self.pageSize, with: repeatElement(0, count: Self.pageSize)) }))
            }
            damaged.append(("page \(page) start", changed { $0[start] ^= 0xFF }))
        }
        for (name, variant) in damaged {
            try Data(variant).write(to: file)
            try expectRecovered(fixture, good: good, refusedAtOpen: false, "\(name)")
        }
        // The database of another directory that happens to be at this one's path is not used either.
        let other = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: other) }
        try Data(bytes).write(to: file)
        try FileManager.default.copyItem(at: file, to: IndexCacheLocation.file(for: FileIO.resolved(other.path), in: fixture.cache))
        #expect(DirectoryIndex.open(for: other, cacheDirectory: fixture.cache).files.isEmpty)
        #expect(DirectoryIndex.open(for: other, cacheDirectory: fixture.cache, includingSearchText: false).files.isEmpty)
    }

    /// SQLite's variable-length integer (big-endian groups of 7 bits, the high bit set on all
    /// but the last), as record headers hold a value's type and length.
    private func varint(_ value: UInt64) -> [UInt8] {
        var groups: [UInt8] = [UInt8(value & 0x7F)]
        var rest = value >> 7
        while rest > 0 {
            groups.insert(UInt8(rest & 0x7F) | 0x80, at: 0)
            rest >>= 7
        }
        return groups
    }

    /// A register row whose ids blob is forged to claim 128 MiB (in a file made 2 GiB long, sparse)
    /// is refused before anything of that size is read: opening it costs no memory of its size.
    @Test func aForgedValueLengthIsRefusedWithoutReadingIt() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        _ = try fixture.builtAndClosed()
        let file = fixture.databaseFile
        let length = 1_200_000  // a blob length whose type takes 4 bytes, as the forged one does
        do {
            let connection = try SQLiteConnection(path: file.path, options: [.readWrite])
            try connection.execute("UPDATE register SET ids = zeroblob(\(length)) WHERE name = 'lcc-2021-22-q4.json'")
        }
        var bytes = try Array(Data(contentsOf: file))
        let type = varint(UInt64(length) * 2 + 12)
        let forged = varint((1 << 28) - 2)  // a blob of 134,217,721 bytes
        #expect(type.count == 4 && forged.count == 4)
        let offsets = bytes.indices.dropLast(3).filter { bytes[$0..<$0 + 4].elementsEqual(type) }
        #expect(offsets.count == 1)
        for offset in offsets { bytes.replaceSubrange(offset..<offset + 4, with: forged) }
        try Data(bytes).write(to: file)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        var before = rusage()
        getrusage(RUSAGE_SELF.rawValue, &before)
        let index = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        var after = rusage()
        getrusage(RUSAGE_SELF.rawValue, &after)
        #expect(index.files.isEmpty, "the forged database was used")
        #expect(after.ru_maxrss - before.ru_maxrss < 100 * 1024, "peak memory grew by \(after.ru_maxrss - before.ru_maxrss) KiB")
        #expect(try index.refresh().read.count == 5)
        #expect(IndexFixture.found(index, "budget") == (try fixture.scanned("budget")))
    }

    @Test func aChangedRegisterWritesOnlyItsOwnRows() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let index = try fixture.built()
        let url = fixture.data.appendingPathComponent("lcc-2021-22-q3.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Strengths Based Working", with: "Strengths Based Walking").utf8).write(to: url)
        try IndexFixture.age(file: url)
        let before = index.written
        #expect(try index.refresh().read == [url])
        let oneTitle = (rows: index.written.rows - before.rows, pages: index.written.pages - before.pages)
        #expect(oneTitle.rows == 2, "the register row and the changed entry's text")
        #expect(oneTitle.pages <= 3, "\(oneTitle.pages) pages of \(Self.pageSize) bytes written")
        #expect(IndexFixture.found(index, "based walking") == (try fixture.scanned("based walking")))
        // Every entry changed: the register row and each entry's text, still no other register's.
        var register = try RegisterFile.decode(Array(try Data(contentsOf: url))).get()
        for position in register.entries.indices { register.entries[position].title += " (revised)" }
        try Data(RegisterFile.encode(register)).write(to: url)
        try IndexFixture.age(file: url)
        let middle = index.written
        #expect(try index.refresh().read == [url])
        #expect(index.written.rows - middle.rows == Int64(1 + register.entries.count))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: fixture.databaseFile.path)[.size] as? Int)
        #expect((index.written.pages - middle.pages) * Self.pageSize < size / 2, "not a rewrite of the whole")
        #expect(IndexFixture.found(index, "revised") == (try fixture.scanned("revised")))
        // A file that went: its rows only.
        try FileManager.default.removeItem(at: url)
        let last = index.written
        try index.refresh()
        #expect(index.written.rows - last.rows == Int64(1 + register.entries.count))
        #expect(IndexFixture.found(index, "e") == (try fixture.scanned("e")))
    }

    @Test func aSavedRegisterIsRecordedFromWhatWasSaved() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let index = try fixture.built()
        let url = fixture.data.appendingPathComponent("lcc-2021-22-q4.json")
        let loaded = try RegisterStore.load(url).get()
        var edited = loaded.register
        edited.entries[0].title = "Saved just now"
        let saved = try RegisterStore.save(edited, over: loaded)
        let before = index.written.rows
        #expect(index.update(saved: saved, maximumBytes: FormatLimits.defaultMaximumFileBytes) == nil)
        #expect(index.written.rows - before == 2, "the register row and the one entry's text")
        #expect(index.files[url.lastPathComponent]?.titles.first == "Saved just now")
        #expect(IndexFixture.found(index, "saved just now") == ["\(url.lastPathComponent)#0"])
        // Changed again since that save (by someone else): read as it is now.
        var theirs = edited
        theirs.entries[0].title = "Theirs"
        try Data(RegisterFile.encode(theirs)).write(to: url)
        #expect(index.update(saved: saved, maximumBytes: FormatLimits.defaultMaximumFileBytes) == nil)
        #expect(index.files[url.lastPathComponent]?.titles.first == "Theirs")
        #expect(IndexFixture.found(index, "saved just now").isEmpty)
    }

    @Test func anotherIndexsWritesAreSearchedAsOneState() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let first = try fixture.built()
        first.keepsSearchTextInMemory = true
        #expect(IndexFixture.found(first, "e") == (try fixture.scanned("e")), "the texts read into memory")
        let second = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        let url = fixture.data.appendingPathComponent("lcc-2021-22-q3.json")
        var register = try RegisterFile.decode(Array(try Data(contentsOf: url))).get()
        register.entries.removeLast(2)
        register.entries[0].title = "Only the second knows"
        try Data(RegisterFile.encode(register)).write(to: url)
        try IndexFixture.age(file: url)
        #expect(try second.refresh().read == [url])
        // The first index still holds the old record (and the old texts in memory), but searches
        // what the database holds now.
        #expect(first.files[url.lastPathComponent]?.ids.count == register.entries.count + 2)
        #expect(IndexFixture.found(first, "only the second knows") == ["\(url.lastPathComponent)#0"])
        #expect(IndexFixture.found(first, "e") == (try fixture.scanned("e")))
        #expect(first.search("only the second knows").first?.title == "Only the second knows")
    }

    @Test func aDatabaseMadeAgainByAnotherIndexIsOpenedAgain() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let first = try fixture.built()
        // Another riskreg finds the database damaged, deletes it and builds a new one.
        CacheFiles.remove(fixture.databaseFile.path)
        let second = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        #expect(second.files.isEmpty)
        try second.refresh()
        // The first, writing a changed register, finds its file gone: it opens the new one.
        let url = fixture.data.appendingPathComponent("lcc-2021-22-q3.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Strengths Based Working", with: "Strengths Based Walking").utf8).write(to: url)
        try IndexFixture.age(file: url)
        #expect(try first.refresh().read.contains(url))
        #expect(first.isPersistent)
        #expect(IndexFixture.found(first, "based walking") == (try fixture.scanned("based walking")))
        #expect(IndexFixture.found(second, "based walking") == (try fixture.scanned("based walking")), "written to the new file")
        #expect(IndexFixture.sameRecords(first.files, try fixture.builtAndClosed()))
    }

    @Test func aRecordThatWouldNotReadBackIsNotWritten() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let good = try fixture.builtAndClosed()
        let index = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        let register = Fixtures.register()
        let status = FileStatus(size: 1, modified: 1, changed: 1, inode: 1, device: 1)
        let odd = URL(fileURLWithPath: "/srv/registers/..")
        #expect(odd.lastPathComponent == "..")
        #expect(!index.update(file: odd, bytes: [], register: register, statusBefore: status, statusAfter: status))
        #expect(index.files[".."] == nil)
        // The database still reads back whole: nothing made it look damaged.
        #expect(IndexFixture.sameRecords(DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache).files, good))
    }

    @Test func theDatabaseIsPrivate() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let index = try fixture.built()
        #expect(index.isPersistent)
        #expect(FileIO.permissions(of: fixture.cache.path) == 0o700)
        for path in [fixture.databaseFile.path] + CacheFiles.companions(of: fixture.databaseFile.path)
        where FileManager.default.fileExists(atPath: path) {
            #expect(FileIO.permissions(of: path) == 0o600, "\(path)")
        }
        // A cache directory others may write to is narrowed; the cache of an earlier version goes.
        let legacy = fixture.databaseFile.deletingPathExtension().appendingPathExtension("bin")
        try Data("riskidx\n".utf8).write(to: legacy)
        chmod(fixture.cache.path, 0o777)
        _ = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        #expect(FileIO.permissions(of: fixture.cache.path) == 0o700)
        #expect(!FileManager.default.fileExists(atPath: legacy.path))
    }

    @Test func aSymbolicLinkAtTheDatabasePathIsNotFollowed() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let target = fixture.root.appendingPathComponent("precious")
        let precious = Array("not a database, and not to be written\n".utf8)
        try Data(precious).write(to: target)
        try FileManager.default.createDirectory(at: fixture.cache, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let link = fixture.databaseFile
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        // SQLite itself refuses the link (the index also checks before opening).
        #expect(throws: SQLiteError.self) { try SQLiteConnection(path: link.path, options: [.readWrite, .noFollow]) }
        // A catalogue leaves it be; the index replaces it with a database of its own.
        let catalogue = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache, includingSearchText: false)
        #expect(catalogue.files.isEmpty)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) != nil)
        do {
            let index = try fixture.built()
            #expect(index.isPersistent)
            #expect(CacheFiles.isOwnRegularFile(link.path))
            #expect(try Array(Data(contentsOf: target)) == precious)
            #expect(IndexFixture.found(index, "budget") == (try fixture.scanned("budget")))
        }
        // A link at the write-ahead log's path (the database closed) is not followed either.
        let log = link.path + "-wal"
        #expect(!CacheFiles.exists(log))
        try FileManager.default.createSymbolicLink(atPath: log, withDestinationPath: target.path)
        #expect(DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache, includingSearchText: false).files.isEmpty)
        let again = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        #expect(again.files.count == 5)
        try FileManager.default.removeItem(at: fixture.data.appendingPathComponent("lcc-2016-17-q3.json"))
        try again.refresh()
        #expect(try Array(Data(contentsOf: target)) == precious)
        #expect(CacheFiles.isOwnRegularFile(log))
    }

    /// Run as root only (it gives a file to another user).
    @Test func aDatabaseOfAnotherUserIsNotUsed() throws {
        guard geteuid() == 0 else { return }
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let good = try fixture.builtAndClosed()
        #expect(chown(fixture.databaseFile.path, 12_345, 12_345) == 0)
        #expect(DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache, includingSearchText: false).files.isEmpty)
        let index = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        #expect(index.files.isEmpty, "another user's database was used")
        try index.refresh()
        #expect(IndexFixture.sameRecords(index.files, good))
        #expect(CacheFiles.isOwnRegularFile(fixture.databaseFile.path), "replaced by one of the user's own")
        // A cache directory of another user's is not used at all: the index runs on a temporary database.
        #expect(chown(fixture.cache.path, 12_345, 12_345) == 0)
        let elsewhere = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        #expect(elsewhere.files.isEmpty && !elsewhere.isPersistent)
        try elsewhere.refresh()
        #expect(IndexFixture.found(elsewhere, "budget") == (try fixture.scanned("budget")))
    }
}
