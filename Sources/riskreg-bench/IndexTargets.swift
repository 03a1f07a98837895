import Foundation
import RiskRegister

/// Issue 24's targets for the directory index (its SQLite database), on a data directory: the
/// database's size after a build from nothing; a search over every register cold (a new index
/// opened, its first search) and warm (the same index searched again, reading the texts from the
/// database as `riskreg search` does, and keeping them in memory as the browser does); and one
/// changed register (one entry's title, and every entry's title) brought up to date, by `refresh`
/// (as `riskreg search` does: every file stat'ed, the changed one read) and by `reindex` of that
/// file alone (as the browser does for a file it saved or saw change): the time, and the bytes the
/// process handed to write(2) meanwhile (`wchar` in /proc/self/io: the database's write-ahead
/// log), with the checkpoint that later copies those pages into the database shared out over the
/// rounds. `riskreg-bench --index-targets DATA_DIR` runs it on a copy of a directory (such as
/// `riskreg-bench generate DIR --entries 100 --registers 1000`); the `--index` benchmark runs it
/// on its own 1,000 registers. Processor time is printed beside each median (`cpu`): on a busy
/// machine the wall-clock time also counts other programs' turns.
enum IndexTargets {
    /// The queries: the scale benchmark's words, the token only one entry holds, one letter.
    static let queries = ["capital", "pension", "workforce", "safeguarding", "zqxj", "budget", "q", "e"]

    /// Runs `--index-targets DATA_DIR`.
    static func run(_ arguments: [String]) throws {
        guard arguments.count == 1 else { throw UsageError("usage: riskreg-bench --index-targets DATA_DIR") }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-bench-index-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let data = work.appendingPathComponent("data")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: arguments[0]), to: data)
        let past = Date(timeIntervalSinceNow: -3_600)
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: data.appendingPathComponent(name).path)
        }
        try measure(data: data, cache: work.appendingPathComponent("cache"))
    }

    /// Builds the index of `data` from nothing in `cache`, then measures; prints as it goes.
    static func measure(data: URL, cache: URL) throws {
        let clock = ContinuousClock()
        let index = DirectoryIndex.open(for: data, cacheDirectory: cache)
        let written = Written()
        let build = try clock.measure { try index.refresh() }
        print(Measurement(name: "index build from nothing (\(index.files.count) files)", samples: [build]).line
              + "  written \(Units.size(written.since()))")
        index.save()
        let size = databaseSize(index)
        print("index database after the build: \(Units.size(size)) (database and write-ahead log)")
        print(Measurement("index open (second start: catalogue in memory)", iterations: 5, warmup: 1) {
            _ = DirectoryIndex.open(for: data, cacheDirectory: cache)
        }.line)
        print(Measurement("index open, catalogue only", iterations: 20, warmup: 2) {
            _ = DirectoryIndex.open(for: data, cacheDirectory: cache, includingSearchText: false)
        }.line)
        print(try Measurement("refresh with every file fresh (stat each file)", iterations: 10, warmup: 1) {
            let refresh = try index.refresh()
            precondition(refresh.read.isEmpty, "a fresh index read \(refresh.read.count) files")
        }.line)
        // As the browser keeps it: the texts read into memory by the first search.
        let browser = DirectoryIndex.open(for: data, cacheDirectory: cache)
        browser.keepsSearchTextInMemory = true
        var cpu = CPUTime()
        print(Measurement("first search, texts read into memory", iterations: 1, warmup: 0) {
            cpu.measure { _ = browser.search("zqxj") }
        }.line + "  cpu \(cpu.median)")
        for query in queries {
            var hits = 0
            cpu = CPUTime()
            print(Measurement("cold search \"\(query)\" (open, first search)", iterations: 3, warmup: 0) {
                cpu.measure { hits = DirectoryIndex.open(for: data, cacheDirectory: cache).search(query).count }
            }.line + "  cpu \(cpu.median)  \(hits) hits")
            cpu = CPUTime()
            print(Measurement("warm search \"\(query)\"", iterations: 10, warmup: 1) {
                cpu.measure { _ = index.search(query) }
            }.line + "  cpu \(cpu.median)")
            cpu = CPUTime()
            print(Measurement("warm search \"\(query)\", texts in memory", iterations: 10, warmup: 0) {
                cpu.measure { _ = browser.search(query) }
            }.line + "  cpu \(cpu.median)")
        }
        try changes(index, data: data, rounds: 20, wholeRegister: false, alone: false)
        try changes(index, data: data, rounds: 20, wholeRegister: false, alone: true)
        try changes(index, data: data, rounds: 10, wholeRegister: true, alone: false)
        try changes(index, data: data, rounds: 10, wholeRegister: true, alone: true)
        print("index database now: \(Units.size(databaseSize(index)))")
    }

    /// Rounds of one register changed on disk (one entry's title, or every entry's), then
    /// `refresh`, or `reindex` of that file `alone`: its time and bytes written, and the
    /// checkpoint at the end shared out.
    private static func changes(_ index: DirectoryIndex, data: URL, rounds: Int, wholeRegister: Bool, alone: Bool) throws {
        let files = index.orderedFiles.map { data.appendingPathComponent($0.name) }
        guard !files.isEmpty else { return }
        let clock = ContinuousClock()
        var times: [Duration] = []
        var bytes: [Int] = []
        var cpu = CPUTime()
        let past = Date(timeIntervalSinceNow: -1_800)
        for round in 0..<rounds {
            let url = files[(round * 397 + (alone ? 211 : 0)) % files.count]
            var register = try RegisterFile.decode(Array(try Data(contentsOf: url))).get()
            for position in register.entries.indices where wholeRegister || position == 5 % register.entries.count {
                register.entries[position].title += " (changed \(round))"
            }
            try Data(RegisterFile.encode(register)).write(to: url)
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: url.path)
            let written = Written()
            var read = 0
            var failure: Error?
            times.append(clock.measure {
                cpu.measure {
                    if alone {
                        read = index.reindex(url, maximumBytes: FormatLimits.defaultMaximumFileBytes) == nil ? 1 : 0
                    } else {
                        do { read = try index.refresh().read.count } catch { failure = error }
                    }
                }
            })
            if let failure { throw failure }
            precondition(read == 1, "refresh read \(read) files")
            bytes.append(written.since())
        }
        let checkpoint = Written()
        index.save()
        let shared = checkpoint.since()
        let what = (wholeRegister ? "every title of one register" : "one title of one register")
            + (alone ? ", reindex alone" : ", refresh")
        let sorted = bytes.sorted()
        print(Measurement(name: "\(what)", samples: times).line
              + "  cpu \(cpu.median)  written median \(Units.size(sorted[sorted.count / 2])), max \(Units.size(sorted.last ?? 0)); "
              + "with the checkpoint \(Units.size((bytes.reduce(0, +) + shared) / rounds)) a round")
    }

    /// The processor time of the calling thread over runs of a body (wall-clock time on a busy
    /// machine also counts other programs' turns).
    private struct CPUTime {
        private var samples: [Duration] = []

        mutating func measure(_ body: () -> Void) {
            let start = Self.now()
            body()
            samples.append(Self.now() - start)
        }

        /// The median run, as Measurement prints times.
        var median: String {
            samples.isEmpty ? "-" : Measurement.milliseconds(samples.sorted()[samples.count / 2])
        }

        private static func now() -> Duration {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
        }
    }

    /// The database's size with its write-ahead log.
    private static func databaseSize(_ index: DirectoryIndex) -> Int {
        guard let file = index.cacheFile?.path else { return 0 }
        return [file, file + "-wal"].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }

    /// Bytes the process has handed to write(2) and its kin since this was made (`wchar`).
    private struct Written {
        let start = Self.now()

        func since() -> Int { Self.now() - start }

        private static func now() -> Int {
            guard let io = try? String(contentsOfFile: "/proc/self/io", encoding: .utf8),
                  let line = io.split(separator: "\n").first(where: { $0.hasPrefix("wchar:") }),
                  let value = Int(line.dropFirst("wchar:".count).trimmingCharacters(in: .whitespaces)) else { return 0 }
            return value
        }
    }
}
