import Foundation
import RegisterUI
import RiskRegister

/// Keeps the data directory's index (`DirectoryIndex`) on its own worker thread: opens the cache,
/// reads every register whose record is missing or stale (one job per file, so a search can run
/// between them), reports progress and the registers' headers, saves the cache, and answers
/// searches across every register. A search asked for while another waits replaces it.
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
            guard let listing = try? DirectoryListing.of(directory) else {
                lock.withLock { index = opened }
                return .indexProgress(indexed: 0, total: 0)
            }
            var current = opened
            let names = Set(listing.files.map(\.lastPathComponent))
            for name in current.files.keys where !names.contains(name) { current.remove(fileNamed: name) }
            let stale = current.stale(in: listing.files)
            let total = listing.files.count
            lock.withLock {
                index = current
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
            let snapshot = lock.withLock { generation == latestSearch ? index : nil }
            guard let snapshot else { return nil }
            let hits = snapshot.search(query)
            return lock.withLock { generation == latestSearch } ? .searchResults(query: query, hits: hits) : nil
        }
    }

    /// Reads `url` into the index again, in the background: a register the browser saved is found
    /// by the next search of every register with the words just written.
    func refresh(_ url: URL) {
        worker.submit(.background) { [self] in
            guard var current = lock.withLock({ index }) else { return nil }
            _ = current.reindex(url, maximumBytes: maximumBytes)
            lock.withLock { index = current }
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
        // Searches run on the same thread, between these jobs: nothing else touches the index now.
        guard var current = lock.withLock({ index }) else { return nil }
        _ = current.reindex(url, maximumBytes: maximumBytes)
        let now = MonotonicClock.seconds()
        return lock.withLock {
            index = current
            progress.indexed += 1
            guard now - progress.posted >= 0.1 else { return nil }
            progress.posted = now
            return .indexProgress(indexed: progress.indexed, total: progress.total)
        }
    }

    /// Saves the cache and reports the register files as now listed, with what the index knows
    /// of each.
    private func finish() -> Event? {
        guard var current = lock.withLock({ index }) else { return nil }
        if current.isModified { current.save() }
        let files = (try? DirectoryListing.of(directory).files) ?? []
        let slots = files.map { url in
            let header = current.files[url.lastPathComponent]?.header
            return RegisterSlot(id: RegisterID(url), period: header?.period, title: header?.title, entryCount: header?.entryCount)
        }
        let total = lock.withLock {
            index = current
            return progress.total
        }
        inbox.post(.listed(slots))
        return .indexProgress(indexed: total, total: total)
    }
}
