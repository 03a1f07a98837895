import Foundation
import Testing
@testable import RiskRegister

/// The directory index is a cache: it gives what the files say, notices every change, never trusts
/// a damaged or foreign database, and loses nothing when its database is deleted.
@Suite(.timeLimit(.minutes(15))) struct DirectoryIndexTests {
    @Test func aBuiltIndexKnowsHeadersAndFindsWhatAScanFinds() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let index = try fixture.built()
        let scan = try RegisterStore.scan(fixture.data)
        #expect(index.orderedFiles.map(\.name) == scan.registers.map(\.fileName))
        #expect(index.orderedFiles.map(\.header.period) == scan.registers.map(\.register.period))
        #expect(index.orderedFiles.map(\.ids) == scan.registers.map { $0.register.entries.map(\.id) })
        for query in ["budget", "e", "CAFÉ", "social care", "corp 4", "zzz", "", "\u{301}"] {
            #expect(IndexFixture.found(index, query) == (try fixture.scanned(query)), "\(query)")
        }
        index.keepsSearchTextInMemory = true
        index.loadSearchTextIntoMemory()
        for query in ["budget", "e", "CAFÉ", "zzz", "", "budget"] {
            #expect(IndexFixture.found(index, query) == (try fixture.scanned(query)), "texts in memory: \(query)")
        }
        let hit = try #require(index.search("Strengths Based").last)
        #expect(hit.stem == "lcc-2021-22-q4" && hit.period == "2021/22 Q4" && hit.id == "CO1")
    }

    @Test func aSecondStartReadsNoRegisterFile() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let first = try fixture.builtAndClosed()
        let second = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        #expect(second.files == first)
        #expect(try second.refresh().read.isEmpty)
        #expect(!second.isModified)
        #expect(IndexFixture.found(second, "budget") == (try fixture.scanned("budget")))
        let catalogue = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache, includingSearchText: false)
        #expect(catalogue.orderedFiles.map(\.header) == second.orderedFiles.map(\.header))
        #expect(catalogue.files == first)
        #expect(catalogue.search("budget").isEmpty && !catalogue.isSearchable)
    }

    @Test func changedDeletedAndAddedFilesAreStale() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let data = fixture.data
        _ = try fixture.builtAndClosed()
        let changed = data.appendingPathComponent("lcc-2021-22-q3.json")
        var text = try String(contentsOf: changed, encoding: .utf8)
        let size = text.utf8.count
        text = text.replacingOccurrences(of: "Strengths Based Working", with: "Strengths Based Walking")
        try Data(text.utf8).write(to: changed)
        #expect(text.utf8.count == size)
        try FileManager.default.removeItem(at: data.appendingPathComponent("lcc-2016-17-q3.json"))
        try FileManager.default.copyItem(at: data.appendingPathComponent("lcc-2021-22-q4.json"),
                                         to: data.appendingPathComponent("added.json"))
        try IndexFixture.age(file: changed)
        try IndexFixture.age(file: data.appendingPathComponent("added.json"))
        let index = DirectoryIndex.open(for: data, cacheDirectory: fixture.cache)
        let listing = try RegisterStore.registerFiles(in: data)
        #expect(index.stale(in: listing).map(\.lastPathComponent) == ["added.json", "lcc-2021-22-q3.json"])
        let refresh = try index.refresh()
        #expect(refresh.read.map(\.lastPathComponent) == ["added.json", "lcc-2021-22-q3.json"])
        #expect(index.files["lcc-2016-17-q3.json"] == nil)
        #expect(IndexFixture.found(index, "based walking").first?.hasPrefix("lcc-2021-22-q3.json#") == true)
        #expect(IndexFixture.found(index, "based walking") == (try fixture.scanned("based walking")))
        #expect(IndexFixture.found(index, "budget") == (try fixture.scanned("budget")), "the deleted file's rows are gone")
    }

    @Test func aFileModifiedJustNowIsNotTrusted() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let url = fixture.data.appendingPathComponent("lcc-2021-22-q4.json")
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: url.path)
        let index = try fixture.built()
        #expect(index.stale(in: [url]) == [url], "modified within the racy window of being indexed")
        // Read again, its bytes have the recorded digest: the record is renewed without a decode.
        let before = index.written.rows
        #expect(try index.refresh().read == [url])
        #expect(index.written.rows - before == 1, "only the register row's status was written")
    }

    @Test func aFileChangedWhileBeingIndexedIsNotRecorded() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let index = try fixture.built()
        let url = fixture.data.appendingPathComponent("lcc-2021-22-q4.json")
        let loaded = try RegisterStore.load(url).get()
        let before = try #require(FileStatus.of(url))
        var after = before
        after.modified += 1
        let recordedChanged = index.update(with: loaded, statusBefore: before, statusAfter: after)
        #expect(!recordedChanged)
        #expect(index.files[url.lastPathComponent] == nil)
        #expect(index.stale(in: [url]) == [url])
        #expect(!IndexFixture.found(index, "Strengths Based").contains { $0.hasPrefix(url.lastPathComponent) },
                "its rows are gone too")
        let recordedSame = index.update(with: loaded, statusBefore: before, statusAfter: before)
        #expect(recordedSame)
        #expect(IndexFixture.found(index, "budget") == (try fixture.scanned("budget")))
    }

    @Test func deletingTheCacheLosesNothing() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let first = try fixture.built()
        let expected = IndexFixture.found(first, "budget")
        try FileManager.default.removeItem(at: fixture.cache)
        let rebuilt = DirectoryIndex.open(for: fixture.data, cacheDirectory: fixture.cache)
        #expect(rebuilt.files.isEmpty)
        try rebuilt.refresh()
        #expect(IndexFixture.found(rebuilt, "budget") == expected)
        let savedRebuilt = rebuilt.save()
        #expect(savedRebuilt)
    }

    @Test func anUnwritableCacheIsNoError() throws {
        let fixture = try IndexFixture()
        defer { fixture.remove() }
        let noCache = DirectoryIndex.open(for: fixture.data, cacheDirectory: nil)
        try noCache.refresh()
        let savedNocache = noCache.save()
        #expect(!savedNocache && !noCache.isPersistent)
        #expect(IndexFixture.found(noCache, "budget") == (try fixture.scanned("budget")), "a temporary database is searched")
        let impossible = DirectoryIndex.open(for: fixture.data, cacheDirectory: URL(fileURLWithPath: "/dev/null/riskreg"))
        try impossible.refresh()
        let savedImpossible = impossible.save()
        #expect(!savedImpossible)
        #expect(!impossible.search("budget").isEmpty)
        let catalogue = DirectoryIndex.open(for: fixture.data, cacheDirectory: nil, includingSearchText: false)
        #expect(catalogue.files.isEmpty && catalogue.search("").isEmpty)
    }

    @Test func theCacheLocationFollowsXDG() {
        #expect(IndexCacheLocation.directory(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.path == "/c/riskreg")
        #expect(IndexCacheLocation.directory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])?.path == "/h/.cache/riskreg")
        #expect(IndexCacheLocation.directory(environment: [:]) == nil)
        let file = IndexCacheLocation.file(for: "/srv/registers", in: URL(fileURLWithPath: "/c"))
        #expect(file.lastPathComponent.hasPrefix("index-") && file.lastPathComponent.count == "index-".count + 32 + ".sqlite".count)
    }
}
