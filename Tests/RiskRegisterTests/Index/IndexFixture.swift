import Foundation
import Testing
@testable import RiskRegister

/// A copy of Data/ with its files aged an hour (a file modified within `racyWindow` of being
/// indexed is read again), an empty cache directory beside it, and what the index tests ask of them.
struct IndexFixture {
    let root: URL
    let data: URL
    let cache: URL

    init() throws {
        root = try Fixtures.temporaryDirectory()
        data = root.appendingPathComponent("data")
        cache = root.appendingPathComponent("cache")
        try FileManager.default.copyItem(at: Fixtures.dataDirectory, to: data)
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
            try Self.age(file: data.appendingPathComponent(name))
        }
    }

    /// Removes the fixture's files.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    static func age(file: URL) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3_600)], ofItemAtPath: file.path)
    }

    /// The database file of the data directory.
    var databaseFile: URL {
        IndexCacheLocation.file(for: FileIO.resolved(data.path), in: cache)
    }

    /// An index brought up to date and saved.
    func built() throws -> DirectoryIndex {
        let index = DirectoryIndex.open(for: data, cacheDirectory: cache)
        let refresh = try index.refresh()
        #expect(refresh.failures.isEmpty)
        let saved = index.save()
        #expect(saved)
        return index
    }

    /// The records of a built index, its database closed (so its write-ahead log is folded in
    /// and removed) before they are returned.
    func builtAndClosed() throws -> [String: IndexedFile] {
        try built().files
    }

    /// What a full scan finds for a query, as "file name#entry index".
    func scanned(_ query: String) throws -> [String] {
        try RegisterStore.scan(data).registers.flatMap { loaded in
            loaded.register.entries.indices.filter { index in
                loaded.register.entries[index].searchFields.contains { SearchText.contains($0, query) }
            }.map { "\(loaded.fileName)#\($0)" }
        }
    }

    /// What the index finds for a query, as "file name#entry index".
    static func found(_ index: DirectoryIndex, _ query: String) -> [String] {
        index.search(query).map { "\($0.file.lastPathComponent)#\($0.entryIndex)" }
    }

    /// Records equal but for the time each was made.
    static func sameRecords(_ left: [String: IndexedFile], _ right: [String: IndexedFile]) -> Bool {
        left.count == right.count && left.allSatisfy { name, record in
            guard var other = right[name] else { return false }
            other.recordedAt = record.recordedAt
            return other == record
        }
    }
}
