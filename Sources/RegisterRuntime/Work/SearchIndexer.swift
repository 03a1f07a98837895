import Foundation
import RegisterUI
import RiskRegister

/// Keeps the data directory's index (`DirectoryIndex`) on its own worker thread: opens the cache,
/// reads every register whose record is missing or stale (one job per file, so a search can run
/// between them; each writes only that register's rows), reports progress and the registers'
/// headers, and answers searches across every register. A search asked for while another waits
/// replaces it. The index is touched only by jobs of the worker, one at a time; the lock guards
/// the reference and the counters, which the input thread reads too.
final class SearchIndexer: @unchecked Sendable {
    private let worker: BackgroundWorker
    private let inbox: Inbox
    private let directory: URL
    private let cacheDirectory: URL?
    private let maximumBytes: Int
    private let lock = NSLock()
    private var index: DirectoryIndex?
    private var latestSearch = 0
    private var progress = (indexed: 0, total: 0, posted: 0.0)

    /// An indexer of `directory` working on `worker` and reporting to `inbox`.
    init(worker: BackgroundWorker, inbox: Inbox, directory: URL, cacheDirectory: URL?, maximumBytes: Int) {
        self.worker = worker
        self.inbox = inbox
        self.directory = directory
        self.cacheDirectory = cacheDirectory
        self.maximumBytes = maximumBytes
    }

    /// Opens the index and brings it up to date, in the background.
    func start() {
        worker.submit(.background) { [self] in
            let opened = DirectoryIndex.open(for: directory, cacheDirectory: cacheDirectory)
            opened.keepsSearchTextInMemory = true  // searched a letter at a time
            guard let listing = try? DirectoryListing.of(directory) else {
                lock.withLock { index = opened }
                return .indexProgress(indexed: 0, total: 0)
            }
            let names = Set(listing.files.map(\.lastPathComponent))
            for name in opened.files.keys where !names.contains(name) { opened.remove(fileNamed: name) }
            let stale = opened.stale(in: listing.files)
            let total = listing.files.count
            lock.withLock {
                index = opened
                progress = (total - stale.count, total, 0)
            }
            for url in stale {
                worker.submit(.background) { [self] in reindex(url) }
            }
            worker.submit(.background) { [self] in finish() }
            return .indexProgress(indexed: total - stale.count, total: total)
        }
    }

    /// Searches every indexed register for `query`, unless another search is asked for first.
    func search(_ query: String) {
        let generation = lock.withLock {
            latestSearch += 1
            return latestSearch
        }
        worker.submit(.urgent) { [self] in
            let current = lock.withLock { generation == latestSearch ? index : nil }
            guard let current else { return nil }
            let hits = current.search(query)
            return lock.withLock { generation == latestSearch } ? .searchResults(query: query, hits: hits) : nil
        }
    }

    /// Reads `url` into the index again, in the background (writing only its rows): a register
    /// another program changed is found by the next search with its new words.
    func refresh(_ url: URL) {
        worker.submit(.background) { [self] in
            _ = lock.withLock({ index })?.reindex(url, maximumBytes: maximumBytes)
            return nil
        }
    }

    /// Records a register the browser just saved, in the background (writing only its rows, and
    /// without decoding the file when it holds the bytes saved): the next search of every
    /// register finds the words just written.
    func refresh(saved: LoadedRegister) {
        worker.submit(.background) { [self] in
            _ = lock.withLock({ index })?.update(saved: saved, maximumBytes: maximumBytes)
            return nil
        }
    }

    /// Lists the directory again, in the background, with what the index knows of each file or
    /// its header: a register file that came or went (a pull, a colleague's new quarter) is in
    /// the picker or out of it.
    func relist() {
        worker.submit(.background) { [self] in
            let files = (try? DirectoryListing.of(directory).files) ?? []
            let known = lock.withLock { index }
            let slots = files.map { url in
                let header = known?.freshRecord(for: url)?.header ?? (try? RegisterHeader.read(url, maximumBytes: maximumBytes).get())
                return RegisterSlot(id: RegisterID(url), period: header?.period, title: header?.title, entryCount: header?.entryCount)
            }
            return .listed(slots)
        }
    }

    private func reindex(_ url: URL) -> Event? {
        guard let current = lock.withLock({ index }) else { return nil }
        _ = current.reindex(url, maximumBytes: maximumBytes)
        let now = MonotonicClock.seconds()
        return lock.withLock {
            progress.indexed += 1
            guard now - progress.posted >= 0.1 else { return nil }
            progress.posted = now
            return .indexProgress(indexed: progress.indexed, total: progress.total)
        }
    }

    /// Makes the index durable, reports the register files as now listed, with what the index
    /// knows of each, and then (a job of its own) reads every register's search text into memory,
    /// so that the first search of every register need not.
    private func finish() -> Event? {
        guard let current = lock.withLock({ index }) else { return nil }
        if current.isModified { current.save() }
        worker.submit(.background) { [self] in
            lock.withLock { index }?.loadSearchTextIntoMemory()
            return nil
        }
        let files = (try? DirectoryListing.of(directory).files) ?? []
        let slots = files.map { url in
            let header = current.files[url.lastPathComponent]?.header
            return RegisterSlot(id: RegisterID(url), period: header?.period, title: header?.title, entryCount: header?.entryCount)
        }
        let total = lock.withLock { progress.total }
        inbox.post(.listed(slots))
        return .indexProgress(indexed: total, total: total)
    }
}
