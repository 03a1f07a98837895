import Foundation
import Glibc

/// What riskreg knows about every register of a data directory without reading it: per file its
/// status and digest, header, entry ids and titles (the catalogue, held in memory) and each entry's
/// folded search text (held in an SQLite database in the cache directory, scanned by `search`).
/// It is only a cache: the JSON files stay the truth, deleting the database loses nothing, and a
/// database that is missing, damaged, of another version or for another directory is deleted and
/// made again, empty. Every change is written as it happens, each register's rows in a transaction
/// of their own: a changed file costs the pages of its own rows, never a rewrite of the whole. A
/// file's record is used only while its status (size, times in nanoseconds, inode, device) is what
/// it was when read; a file that changed while being read is not recorded.
///
/// Used from one thread at a time (it owns a database connection).
public final class DirectoryIndex {
    /// The data directory, by its real path.
    public let directory: URL
    /// The database file in the cache directory; nil when there is no cache directory.
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
    /// finds nothing, and writes nothing to the database.
    public let isSearchable: Bool

    /// True to keep every register's search text in memory once read, for an index searched again
    /// and again (the browser): a search then reads from the database only the registers written
    /// since, by this index or another riskreg, instead of every entry's text; at the cost of
    /// memory for all the text (about half the size of the register files). False by default
    /// (`riskreg search` searches once).
    public var keepsSearchTextInMemory = false {
        didSet {
            textCache = keepsSearchTextInMemory ? (textCache ?? SearchTextCache()) : nil
            store?.setMemoryMapped(!keepsSearchTextInMemory)
        }
    }

    /// The texts kept in memory, when `keepsSearchTextInMemory`.
    private var textCache: SearchTextCache?

    /// The database; nil when there is none (a catalogue without a cache file, or not even a
    /// temporary database could be opened): the index then holds records in memory only. Read
    /// through a memory map unless the texts are kept in memory (they are then read once, and
    /// the map's pages would only add to the resident set).
    private var store: IndexStore? {
        didSet { if keepsSearchTextInMemory { store?.setMemoryMapped(false) } }
    }
    /// The largest file the last refresh read, for reading every file again after finding the
    /// database damaged.
    private var maximumBytes = FormatLimits.defaultMaximumFileBytes
    /// How many times the database was found damaged and made again.
    private var resets = 0

    /// The index of a data directory, from its database in `cacheDirectory` when that holds a
    /// valid one; otherwise empty (the database made again, or a temporary one used when the
    /// cache directory cannot be). Never fails: a cache problem only means starting empty. With
    /// `includingSearchText` false only the register rows (headers, ids, titles) are read, and
    /// nothing is made or written, for commands that pick a register by period.
    public static func open(for directory: URL, cacheDirectory: URL?, includingSearchText: Bool = true) -> DirectoryIndex {
        let real = URL(fileURLWithPath: FileIO.resolved(directory.path), isDirectory: true)
        let cacheFile = cacheDirectory.map { IndexCacheLocation.file(for: real.path, in: $0) }
        let store = includingSearchText
            ? IndexStore.openForWriting(file: cacheFile, directory: real.path)
            : cacheFile.flatMap { IndexStore.openForReading(file: $0, directory: real.path) }
        let index = DirectoryIndex(directory: real, cacheFile: cacheFile, store: store, isSearchable: includingSearchText)
        index.loadCatalogue()
        return index
    }

    private init(directory: URL, cacheFile: URL?, store: IndexStore?, isSearchable: Bool) {
        self.directory = directory
        self.cacheFile = cacheFile
        self.store = store
        self.isSearchable = isSearchable
        files = [:]
    }

    /// Reads the records from the database; one that does not read back is damaged.
    private func loadCatalogue() {
        guard let store else { return }
        do {
            for record in try store.catalogue() { files[record.name] = record }
        } catch {
            files = [:]
            failed(error)
        }
    }

    /// After a failed database call: a damaged database is deleted and made again empty (every
    /// record forgotten, so every file is read again); one replaced meanwhile by another riskreg
    /// is opened again and its records taken; a catalogue stops using either. Other failures
    /// (another riskreg holding the lock too long, a full disk) leave it as it is.
    private func failed(_ error: SQLiteError) {
        guard error.isDamage || error.isMoved else { return }
        if error.isMoved, isSearchable, store?.file != nil {
            reopen()
            return
        }
        guard isSearchable else {
            store = nil
            return
        }
        let file = store?.file
        store = nil  // closed before the files are deleted
        if let file { CacheFiles.remove(file) }
        store = IndexStore.openForWriting(file: file == nil ? nil : cacheFile, directory: directory.path)
        if !files.isEmpty { isModified = true }
        files = [:]
        resets += 1
        if textCache != nil { textCache = SearchTextCache() }
    }

    /// Rows changed and pages written by this index's database connection since it opened (for
    /// tests and benchmarks of what an update costs); zero without a database.
    var written: (rows: Int64, pages: Int) {
        (store?.connection.rowsChanged ?? 0, store?.connection.pagesWritten ?? 0)
    }

    /// The database file opened again, and its records taken, when the one open was deleted or
    /// replaced meanwhile (another riskreg found it damaged and made it again): what this index
    /// writes and searches must be what the others see. Looked at before each write and search.
    private func followMovedFile() {
        guard isSearchable, let store, store.file != nil, store.connection.fileHasMoved else { return }
        reopen()
    }

    private func reopen() {
        store = nil
        store = IndexStore.openForWriting(file: cacheFile, directory: directory.path)
        if textCache != nil { textCache = SearchTextCache() }
        files = [:]
        isModified = true
        resets += 1
        loadCatalogue()
    }

    /// True when the index lives in a database file in the cache directory (not a temporary one):
    /// what it records is there for the next run.
    public var isPersistent: Bool { store?.file != nil && isSearchable }

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
    /// reading, and writes its rows (one transaction). When the statuses differ the file changed
    /// while being read: nothing is recorded (any old record is dropped) and false is returned.
    /// False too when the rows could not be written (the file is then read again next time).
    @discardableResult
    public func update(file url: URL, bytes: [UInt8], register: Register,
                       statusBefore: FileStatus, statusAfter: FileStatus) -> Bool {
        let name = url.lastPathComponent
        guard statusBefore == statusAfter else {
            remove(fileNamed: name)
            return false
        }
        let record = IndexedFile(name: name, status: statusAfter, recordedAt: Self.now(), digest: Digest.sha256(bytes), register: register)
        return keep(record, texts: EntrySearchIndex(register))
    }

    /// Records a loaded register (its `diskBytes` are what was read), as `update(file:bytes:…)`.
    @discardableResult
    public func update(with loaded: LoadedRegister, statusBefore: FileStatus, statusAfter: FileStatus) -> Bool {
        update(file: loaded.url, bytes: loaded.diskBytes, register: loaded.register,
               statusBefore: statusBefore, statusAfter: statusAfter)
    }

    /// Records a register just saved (`loaded` as `RegisterStore.save` returns it), writing only
    /// its rows: the file is read again and, when it holds the bytes saved, recorded from the
    /// saved register without decoding it; otherwise (changed since) it is read as `reindex`
    /// reads it. The failure when it does not load.
    public func update(saved loaded: LoadedRegister, maximumBytes: Int) -> LoadFailure? {
        let url = loaded.url
        let before = FileStatus.of(url)
        guard let bytes = try? FileIO.read(url.path, maximumBytes: maximumBytes), bytes == loaded.diskBytes,
              let before, let after = FileStatus.of(url), before == after else {
            return reindex(url, maximumBytes: maximumBytes)
        }
        update(file: url, bytes: bytes, register: loaded.baseline, statusBefore: before, statusAfter: after)
        return nil
    }

    /// Keeps a record and writes its rows; false, keeping nothing, when they cannot be written (or
    /// could not be read back: `IndexStore.fits`).
    private func keep(_ record: IndexedFile, texts: EntrySearchIndex) -> Bool {
        guard IndexStore.fits(record, texts: texts) else {
            remove(fileNamed: record.name)
            return false
        }
        followMovedFile()
        if isSearchable, let store {
            do {
                let id = try store.write(record, texts: texts)
                textCache?.keep(texts, of: id, digest: record.digest)
            } catch {
                failed(error)
                files[record.name] = nil
                isModified = true
                return false
            }
        }
        files[record.name] = record
        isModified = true
        return true
    }

    /// Forgets a file, deleting its rows.
    public func remove(fileNamed name: String) {
        followMovedFile()
        if isSearchable, let store {
            do {
                if let id = try store.remove(name) { textCache?.forget(id) }
            } catch {
                failed(error)
            }
        }
        if files.removeValue(forKey: name) != nil { isModified = true }
    }

    /// Brings the index up to date with the data directory: forgets files that are gone, and reads
    /// every file whose record is missing or stale (a file whose bytes still have the recorded
    /// digest only has its status renewed; others are decoded). Throws only when the directory
    /// cannot be listed.
    @discardableResult
    public func refresh(maximumBytes: Int = FormatLimits.defaultMaximumFileBytes) throws -> IndexRefresh {
        self.maximumBytes = maximumBytes
        let listing = try RegisterStore.listing(of: directory)
        let names = Set(listing.files.map(\.lastPathComponent))
        for name in files.keys where !names.contains(name) { remove(fileNamed: name) }
        var result = IndexRefresh()
        // A database found damaged midway is made again empty: the files read before are read again.
        for pass in 0..<2 {
            let resetsBefore = resets
            let stale = stale(in: listing.files)
            if pass == 0 {
                result.read = stale
            } else {
                let read = Set(result.read)
                result.read += stale.filter { !read.contains($0) }
            }
            result.failures = []
            for url in stale {
                if let failure = reindex(url, maximumBytes: maximumBytes) { result.failures.append(failure) }
            }
            if resets == resetsBefore { break }
        }
        result.failures += listing.unnamable
        return result
    }

    /// Reads one file into the index (a file whose bytes still have the recorded digest only has
    /// its status renewed); the failure when it does not load. Writes only that file's rows.
    public func reindex(_ url: URL, maximumBytes: Int) -> LoadFailure? {
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
            if renew(record) { return nil }
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

    /// Renews a record's status in memory and in its row; false when the row does not hold the
    /// record's digest (another riskreg wrote other bytes, or a write was lost), so the file must
    /// be decoded and written whole.
    private func renew(_ record: IndexedFile) -> Bool {
        followMovedFile()
        if isSearchable, let store {
            do {
                guard try store.renew(record) else { return false }
            } catch {
                failed(error)
                return false
            }
        }
        files[record.name] = record
        isModified = true
        return true
    }

    /// Makes what was written durable in the database file (a checkpoint of its write-ahead log;
    /// every change was already committed as it was made). Returns false when there is no
    /// database file to keep (no cache directory, one that cannot be used, or the index was
    /// opened without its search text): the index is a cache, so that is never an error.
    @discardableResult
    public func save() -> Bool {
        guard isPersistent, let store else { return false }
        store.checkpoint()
        isModified = false
        return true
    }

    /// The records ordered as `RegisterStore.scan` orders registers: by period (oldest first), then
    /// file name.
    public var orderedFiles: [IndexedFile] {
        files.values.map { (key: RegisterOrder.Key(name: $0.name, period: $0.header.period), record: $0) }
            .sorted { $0.key < $1.key }
            .map(\.record)
    }

    /// Every entry of every indexed register that contains the query (as the browser's search
    /// finds it: `SearchText`), registers in `orderedFiles` order, entries in file order. Read
    /// from the database, as one state of it (a register another riskreg wrote since is searched
    /// as it wrote it). A database found damaged here is made again and every file read again
    /// (the search then runs on what was read); nothing is found in an index opened without its
    /// search text.
    public func search(_ query: String) -> [SearchHit] {
        guard isSearchable else { return [] }
        followMovedFile()
        let prepared = SearchQuery(query)
        for attempt in 0..<2 {
            guard let store else { return [] }
            do {
                return try store.search(prepared, known: files, in: directory, cache: textCache)
            } catch {
                failed(error)
                guard attempt == 0, error.isDamage, (try? refresh(maximumBytes: maximumBytes)) != nil else { return [] }
            }
        }
        return []
    }

    /// Reads into memory the texts of every register not there yet, when `keepsSearchTextInMemory`
    /// (the browser does it in the background once its index is up to date, so that its first
    /// search of every register need not). Nothing otherwise.
    public func loadSearchTextIntoMemory() {
        guard isSearchable, let textCache else { return }
        followMovedFile()
        guard let store else { return }
        do {
            try store.load(into: textCache, known: files)
        } catch {
            failed(error)
        }
    }

    /// Nanoseconds since 1970, by the real-time clock (the clock file times are in).
    private static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
