import Foundation
import Glibc

/// A cache of what riskreg needs to know about every register of a data directory without reading
/// it: per file its status and digest, header, entry ids and titles, and folded search text. It is
/// only a cache: the JSON files stay the truth, deleting the cache file loses nothing, and a cache
/// that is missing, damaged, of another version or for another directory is ignored (the index
/// starts empty and is rebuilt). A file's record is used only while its status (size, times in
/// nanoseconds, inode, device) is what it was when read; a file that changed while being read is
/// not recorded.
public struct DirectoryIndex: Sendable {
    /// The data directory, by its real path.
    public let directory: URL
    /// The cache file; nil when there is no cache directory.
    public let cacheFile: URL?
    /// The records, by file name.
    public private(set) var files: [String: IndexedFile]
    /// How close (in nanoseconds) to the time of its record a file's modification time may be
    /// before the record is distrusted: a write in the same timestamp tick as the read can leave
    /// size and times unchanged. Such a file is read again and compared by digest (no decode).
    public var racyWindow: Int64 = 2_000_000_000
    /// True when records changed since the index was opened or saved.
    public private(set) var isModified = false

    /// False for an index opened without its search text: it can tell headers, ids and titles,
    /// finds nothing, and is never saved (that would drop the search text).
    public let isSearchable: Bool

    /// The index of a data directory, from its cache file in `cacheDirectory` when that holds a
    /// valid one; otherwise empty. Never fails: a cache problem only means starting empty. With
    /// `includingSearchText` false only the cache's catalogue (headers, ids, titles) is read, for
    /// commands that pick a register by period.
    public static func open(for directory: URL, cacheDirectory: URL?, includingSearchText: Bool = true) -> DirectoryIndex {
        let real = URL(fileURLWithPath: FileIO.resolved(directory.path), isDirectory: true)
        let cacheFile = cacheDirectory.map { IndexCacheLocation.file(for: real.path, in: $0) }
        var files: [String: IndexedFile] = [:]
        if let cacheFile, let records = read(cacheFile, directory: real.path, includingSearchText: includingSearchText) {
            for record in records { files[record.name] = record }
        }
        return DirectoryIndex(directory: real, cacheFile: cacheFile, files: files, isSearchable: includingSearchText)
    }

    private init(directory: URL, cacheFile: URL?, files: [String: IndexedFile], isSearchable: Bool) {
        self.directory = directory
        self.cacheFile = cacheFile
        self.files = files
        self.isSearchable = isSearchable
    }

    /// The records of a cache file; nil when it is missing, unreadable or refused. The file is
    /// read once, front to back, each register's search text straight into the buffer its record
    /// keeps. A save never changes the file in place (it writes a new one and renames it over),
    /// so what is read is one save's whole file.
    private static func read(_ cacheFile: URL, directory: String, includingSearchText: Bool) -> [IndexedFile]? {
        guard var input = FileInput(path: cacheFile.path) else { return nil }
        return try? IndexCacheFormat.read(&input, directory: directory, includingSearchText: includingSearchText)
    }

    /// The record of a file when it is up to date: the file's status now is the one recorded, and
    /// not within `racyWindow` of the time of recording.
    public func freshRecord(for url: URL) -> IndexedFile? {
        guard let record = files[url.lastPathComponent], let status = FileStatus.of(url) else { return nil }
        return isFresh(record, status) ? record : nil
    }

    /// The files of a listing whose records are missing or out of date.
    public func stale(in listing: [URL]) -> [URL] {
        listing.filter { freshRecord(for: $0) == nil }
    }

    private func isFresh(_ record: IndexedFile, _ status: FileStatus) -> Bool {
        record.status == status && record.recordedAt - status.modified > racyWindow
    }

    /// Records a register read from `bytes`, given the file's status just before and just after
    /// reading. When they differ the file changed while being read: nothing is recorded (any old
    /// record is dropped) and false is returned.
    @discardableResult
    public mutating func update(file url: URL, bytes: [UInt8], register: Register,
                                statusBefore: FileStatus, statusAfter: FileStatus) -> Bool {
        let name = url.lastPathComponent
        guard statusBefore == statusAfter else {
            remove(fileNamed: name)
            return false
        }
        files[name] = IndexedFile(name: name, status: statusAfter, recordedAt: Self.now(), digest: Digest.sha256(bytes),
                                  register: register)
        isModified = true
        return true
    }

    /// Records a loaded register (its `diskBytes` are what was read), as `update(file:bytes:…)`.
    @discardableResult
    public mutating func update(with loaded: LoadedRegister, statusBefore: FileStatus, statusAfter: FileStatus) -> Bool {
        update(file: loaded.url, bytes: loaded.diskBytes, register: loaded.register,
               statusBefore: statusBefore, statusAfter: statusAfter)
    }

    /// Forgets a file.
    public mutating func remove(fileNamed name: String) {
        if files.removeValue(forKey: name) != nil { isModified = true }
    }

    /// Brings the index up to date with the data directory: forgets files that are gone, and reads
    /// every file whose record is missing or stale (a file whose bytes still have the recorded
    /// digest only has its status renewed; others are decoded). Throws only when the directory
    /// cannot be listed.
    @discardableResult
    public mutating func refresh(maximumBytes: Int = FormatLimits.defaultMaximumFileBytes) throws -> IndexRefresh {
        let listing = try RegisterStore.listing(of: directory)
        let names = Set(listing.files.map(\.lastPathComponent))
        for name in files.keys where !names.contains(name) { remove(fileNamed: name) }
        var result = IndexRefresh()
        for url in stale(in: listing.files) {
            result.read.append(url)
            if let failure = reindex(url, maximumBytes: maximumBytes) { result.failures.append(failure) }
        }
        result.failures += listing.unnamable
        return result
    }

    /// Reads one file into the index (a file whose bytes still have the recorded digest only has
    /// its status renewed); the failure when it does not load.
    public mutating func reindex(_ url: URL, maximumBytes: Int) -> LoadFailure? {
        let name = url.lastPathComponent
        let before = FileStatus.of(url)
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(url.path, maximumBytes: maximumBytes)
        } catch {
            remove(fileNamed: name)
            return LoadFailure(url: url, reading: error)
        }
        let after = FileStatus.of(url)
        guard let before, let after, before == after else {
            remove(fileNamed: name)
            return nil
        }
        if var record = files[name], record.digest == Digest.sha256(bytes) {
            record.status = after
            record.recordedAt = Self.now()
            files[name] = record
            isModified = true
            return nil
        }
        switch RegisterFile.decode(bytes) {
        case .success(let register):
            update(file: url, bytes: bytes, register: register, statusBefore: before, statusAfter: after)
            return nil
        case .failure(let error):
            remove(fileNamed: name)
            return LoadFailure(url: url, messages: error.messages(file: SafeText.visible(url.path)))
        }
    }

    /// Writes the index to its cache file atomically (created 0600, in a cache directory made
    /// 0700 when missing; temporary files left there by killed saves are removed first), streamed:
    /// each register's search text goes to the file from the buffer that holds it, so a save
    /// needs memory for the catalogue only. Returns false, writing nothing, when there is no cache
    /// file or it cannot be written, or the index was opened without its search text: the index
    /// is a cache, so that is never an error.
    @discardableResult
    public mutating func save() -> Bool {
        guard let cacheFile, isSearchable else { return false }
        let folder = cacheFile.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            RegisterStore.removeLeftovers(in: folder)  // temporary files of saves that were killed
            let path = directory.path
            let files = orderedFiles
            try RegisterStore.replace(cacheFile, mode: 0o600) { output throws(FileIO.Failure) in
                try IndexCacheFormat.write(directory: path, files: files, to: output)
            }
        } catch {
            return false
        }
        isModified = false
        return true
    }

    /// The records ordered as `RegisterStore.scan` orders registers: by period (oldest first), then
    /// file name.
    public var orderedFiles: [IndexedFile] {
        files.values.map { (record: $0, period: $0.header.period.flatMap(Period.init)) }
            .sorted { lhs, rhs in
                if lhs.period != rhs.period, let left = lhs.period, let right = rhs.period { return left < right }
                return lhs.record.name < rhs.record.name
            }
            .map(\.record)
    }

    /// Every entry of every indexed register that contains the query (as the browser's search
    /// finds it: `SearchText`), registers in `orderedFiles` order, entries in file order.
    public func search(_ query: String) -> [SearchHit] {
        orderedFiles.flatMap { record in
            let file = directory.appendingPathComponent(record.name)
            let period = record.header.period ?? ""
            return record.search.matches(query).map { index in
                SearchHit(file: file, period: period, entryIndex: index, id: record.ids[index], title: record.titles[index])
            }
        }
    }

    /// Nanoseconds since 1970, by the real-time clock (the clock file times are in).
    private static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
