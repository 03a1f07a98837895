import Foundation
import Testing
@testable import RiskRegister

/// The directory index is a cache: it gives what the files say, notices every change, never trusts
/// a damaged or foreign cache file, and loses nothing when deleted.
@Suite(.timeLimit(.minutes(15))) struct DirectoryIndexTests {
    /// A copy of Data/ with its files aged an hour (a file modified within `racyWindow` of being
    /// indexed is read again), and an empty cache directory.
    private func fixture() throws -> (data: URL, cache: URL) {
        let root = try Fixtures.temporaryDirectory()
        let data = root.appendingPathComponent("data")
        try FileManager.default.copyItem(at: Fixtures.dataDirectory, to: data)
        try age(data)
        return (data, root.appendingPathComponent("cache"))
    }

    private func age(_ directory: URL) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            try age(file: directory.appendingPathComponent(name))
        }
    }

    private func age(file: URL) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3_600)], ofItemAtPath: file.path)
    }

    private func built(_ data: URL, _ cache: URL) throws -> DirectoryIndex {
        var index = DirectoryIndex.open(for: data, cacheDirectory: cache)
        let refresh = try index.refresh()
        #expect(refresh.failures.isEmpty)
        let savedIndex = index.save()
        #expect(savedIndex)
        return index
    }

    /// What a full scan finds for a query, as (file name, entry index).
    private func scanned(_ data: URL, _ query: String) throws -> [String] {
        try RegisterStore.scan(data).registers.flatMap { loaded in
            loaded.register.entries.indices.filter { index in
                loaded.register.entries[index].searchFields.contains { SearchText.contains($0, query) }
            }.map { "\(loaded.fileName)#\($0)" }
        }
    }

    private func found(_ index: DirectoryIndex, _ query: String) -> [String] {
        index.search(query).map { "\($0.file.lastPathComponent)#\($0.entryIndex)" }
    }

    @Test func aBuiltIndexKnowsHeadersAndFindsWhatAScanFinds() throws {
        let (data, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let index = try built(data, cache)
        let scan = try RegisterStore.scan(data)
        #expect(index.orderedFiles.map(\.name) == scan.registers.map(\.fileName))
        #expect(index.orderedFiles.map(\.header.period) == scan.registers.map(\.register.period))
        #expect(index.orderedFiles.map(\.ids) == scan.registers.map { $0.register.entries.map(\.id) })
        for query in ["budget", "e", "CAFÉ", "social care", "corp 4", "zzz"] {
            #expect(found(index, query) == (try scanned(data, query)), "\(query)")
        }
        let hit = try #require(index.search("Strengths Based").last)
        #expect(hit.stem == "lcc-2021-22-q4" && hit.period == "2021/22 Q4" && hit.id == "CO1")
    }

    @Test func aSecondStartReadsNoRegisterFile() throws {
        let (data, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let first = try built(data, cache)
        var second = DirectoryIndex.open(for: data, cacheDirectory: cache)
        #expect(second.files == first.files)
        #expect(try second.refresh().read.isEmpty)
        #expect(!second.isModified)
        let catalogue = DirectoryIndex.open(for: data, cacheDirectory: cache, includingSearchText: false)
        #expect(catalogue.orderedFiles.map(\.header) == first.orderedFiles.map(\.header))
        #expect(catalogue.search("budget").isEmpty && !catalogue.isSearchable)
    }

    @Test func aDamagedForeignOrOldCacheIsIgnoredAndRebuilt() throws {
        let (data, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let good = try built(data, cache)
        let file = try #require(good.cacheFile)
        let bytes = try Array(Data(contentsOf: file))
        var damaged: [[UInt8]] = [[], Array(bytes.prefix(7)), Array(bytes.prefix(bytes.count / 2)), Array(bytes.dropLast()),
                                  bytes + [0], (0..<5_000).map { _ in UInt8.random(in: 0...255) }]
        var oldVersion = bytes
        oldVersion[8] &+= 1
        damaged.append(oldVersion)
        for offset in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 23)) {
            var flipped = bytes
            flipped[offset] ^= 0x40
            damaged.append(flipped)
        }
        for variant in damaged {
            try Data(variant).write(to: file)
            var index = DirectoryIndex.open(for: data, cacheDirectory: cache)
            #expect(index.files.isEmpty, "a damaged cache was used")
            #expect(try index.refresh().read.count == 5)
            #expect(index.files == good.files.mapValues { record in
                var same = record
                same.recordedAt = index.files[record.name]?.recordedAt ?? 0
                return same
            })
        }
        // The cache of another directory that happens to be at this one's path is not used either.
        let other = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: other) }
        try FileManager.default.copyItem(at: file, to: IndexCacheLocation.file(for: FileIO.resolved(other.path), in: cache))
        #expect(DirectoryIndex.open(for: other, cacheDirectory: cache).files.isEmpty)
    }

    /// A cache whose catalogue length is forged to match a large sparse file is refused before
    /// anything is read: opening it costs no memory of its size (the process's peak resident set
    /// grows by far less than the 2 GiB the length names).
    @Test func aForgedCatalogueLengthIsRefusedWithoutReadingIt() throws {
        let (data, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let file = try #require(try built(data, cache).cacheFile)
        var bytes = try Array(Data(contentsOf: file))
        let forged: UInt64 = 2 << 30
        for index in 0..<8 { bytes[12 + index] = UInt8(truncatingIfNeeded: forged >> (8 * UInt64(index))) }
        try Data(bytes).write(to: file)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: forged + 64)
        try handle.close()
        var before = rusage()
        getrusage(RUSAGE_SELF.rawValue, &before)
        var index = DirectoryIndex.open(for: data, cacheDirectory: cache)
        var after = rusage()
        getrusage(RUSAGE_SELF.rawValue, &after)
        #expect(index.files.isEmpty, "the forged cache was used")
        #expect(after.ru_maxrss - before.ru_maxrss < 512 * 1024, "peak memory grew by \(after.ru_maxrss - before.ru_maxrss) KiB")
        #expect(try index.refresh().read.count == 5)
    }

    @Test func changedDeletedAndAddedFilesAreStale() throws {
        let (data, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        _ = try built(data, cache)
        let changed = data.appendingPathComponent("lcc-2021-22-q3.json")
        var text = try String(contentsOf: changed, encoding: .utf8)
        let size = text.utf8.count
        text = text.replacingOccurrences(of: "Strengths Based Working", with: "Strengths Based Walking")
        try Data(text.utf8).write(to: changed)
        #expect(text.utf8.count == size)
        try FileManager.default.removeItem(at: data.appendingPathComponent("lcc-2016-17-q3.json"))
        try FileManager.default.copyItem(at: data.appendingPathComponent("lcc-2021-22-q4.json"),
                                         to: data.appendingPathComponent("added.json"))
        try age(file: changed)
        try age(file: data.appendingPathComponent("added.json"))
        var index = DirectoryIndex.open(for: data, cacheDirectory: cache)
        let listing = try RegisterStore.registerFiles(in: data)
        #expect(index.stale(in: listing).map(\.lastPathComponent) == ["added.json", "lcc-2021-22-q3.json"])
        let refresh = try index.refresh()
        #expect(refresh.read.map(\.lastPathComponent) == ["added.json", "lcc-2021-22-q3.json"])
        #expect(index.files["lcc-2016-17-q3.json"] == nil)
        #expect(found(index, "based walking").first?.hasPrefix("lcc-2021-22-q3.json#") == true)
        #expect(found(index, "based walking") == (try scanned(data, "based walking")))
    }

    @Test func aFileModifiedJustNowIsNotTrusted() throws {
        let (data, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let url = data.appendingPathComponent("lcc-2021-22-q4.json")
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: url.path)
        var index = try built(data, cache)
        #expect(index.stale(in: [url]) == [url], "modified within the racy window of being indexed")
        // Read again, its bytes have the recorded digest: the record is renewed without a decode.
        #expect(try index.refresh().read == [url])
    }

    @Test func aFileChangedWhileBeingIndexedIsNotRecorded() throws {
        let (data, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        var index = try built(data, cache)
        let url = data.appendingPathComponent("lcc-2021-22-q4.json")
        let loaded = try RegisterStore.load(url).get()
        let before = try #require(FileStatus.of(url))
        var after = before
        after.modified += 1
        let recordedChanged = index.update(with: loaded, statusBefore: before, statusAfter: after)
        #expect(!recordedChanged)
        #expect(index.files[url.lastPathComponent] == nil)
        #expect(index.stale(in: [url]) == [url])
        let recordedSame = index.update(with: loaded, statusBefore: before, statusAfter: before)
        #expect(recordedSame)
    }

    @Test func deletingTheCacheLosesNothing() throws {
        let (data, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let first = try built(data, cache)
        try FileManager.default.removeItem(at: cache)
        var rebuilt = DirectoryIndex.open(for: data, cacheDirectory: cache)
        #expect(rebuilt.files.isEmpty)
        try rebuilt.refresh()
        #expect(found(rebuilt, "budget") == found(first, "budget"))
        let savedRebuilt = rebuilt.save()
        #expect(savedRebuilt)
    }

    @Test func anUnwritableCacheIsNoError() throws {
        let (data, _) = try fixture()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        var noCache = DirectoryIndex.open(for: data, cacheDirectory: nil)
        try noCache.refresh()
        let savedNocache = noCache.save()
        #expect(!savedNocache)
        var impossible = DirectoryIndex.open(for: data, cacheDirectory: URL(fileURLWithPath: "/dev/null/riskreg"))
        try impossible.refresh()
        let savedImpossible = impossible.save()
        #expect(!savedImpossible)
        #expect(!impossible.search("budget").isEmpty)
    }

    @Test func theCacheLocationFollowsXDG() {
        #expect(IndexCacheLocation.directory(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.path == "/c/riskreg")
        #expect(IndexCacheLocation.directory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])?.path == "/h/.cache/riskreg")
        #expect(IndexCacheLocation.directory(environment: [:]) == nil)
        let file = IndexCacheLocation.file(for: "/srv/registers", in: URL(fileURLWithPath: "/c"))
        #expect(file.lastPathComponent.hasPrefix("index-") && file.lastPathComponent.count == "index-".count + 32 + ".bin".count)
    }
}
