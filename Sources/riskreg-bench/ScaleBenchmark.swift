import Foundation
import RiskRegister

/// `riskreg-bench scale [--quick]`: many registers and big registers (issue 10). Generates the
/// data sets into a temporary directory (removed afterwards), measures the release `riskreg`
/// beside this binary on a 120×40 pseudo-terminal, and VisiData on the same files, then prints
/// the summary table. `--quick` is a smoke run on small data without VisiData.
struct ScaleBenchmark {
    let quick: Bool

    /// How many times each measure is repeated.
    private var launchesSmall: Int { quick ? 5 : 20 }
    private var launchesLarge: Int { quick ? 2 : 5 }
    private var launchesMany: Int { quick ? 2 : 3 }
    private var moves: Int { quick ? 30 : 200 }
    private var words: [String] { quick ? ["capital"] : ["capital", "pension", "workforce", "safeguarding", "zqxj"] }

    func run() throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("riskreg").path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            print("\(executable) is not built: run swift build -c release first")
            throw ExitCode(2)
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-bench-scale-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin",
                           "RISKREG_AUTHOR": "bench", "HOME": work.appendingPathComponent("home").path]
        print("riskreg scale benchmark\(quick ? " (quick)" : ""): \(ProcessInfo.processInfo.processorCount) cores, "
              + "\(Units.size(Int(ProcessInfo.processInfo.physicalMemory))) memory, binary \(executable)")
        print("terminal 120×40, TERM=xterm-256color, LANG=C.UTF-8; screens read with the built-in VT emulator (ScreenEmulator.swift)")

        let clock = ContinuousClock()
        let generationStart = clock.now
        let shippedSource = DataDirectory.resolve(option: nil)
        let shipped = try ScaleDataset.shipped(shippedSource, copyTo: work.appendingPathComponent("shipped"),
                                               firstEntryID: newestFirstEntryID(shippedSource) ?? "Corp 1")
        let small = try ScaleDataset.generate(name: "50 entries", entries: 50, registers: 1, into: work.appendingPathComponent("r50"))
        let big = quick ? small : try ScaleDataset.generate(name: "10,000 entries", entries: 10_000, registers: 1,
                                                            into: work.appendingPathComponent("r10000"))
        let many = quick
            ? try ScaleDataset.generate(name: "20×20", entries: 20, registers: 20, into: work.appendingPathComponent("m20"))
            : try ScaleDataset.generate(name: "1,000×100", entries: 100, registers: 1000, into: work.appendingPathComponent("m1000"))
        print("generated in \(Units.time(clock.now - generationStart)): " + [shipped, small, big, many].map {
            "\($0.name) \(Units.size($0.bytes))"
        }.joined(separator: ", "))
        for dataset in quick ? [small, many] : [small, big, many] {
            let check = ChildRun(executable, ["validate", "--data", dataset.directory.path], environment: environment, timeout: 600)
            let verdict = check.status == 0 ? "valid" : "FAILED (exit \(check.status.map(String.init) ?? "killed"))"
            print("riskreg validate --data <\(dataset.name)>: \(verdict)")
            fflush(nil)
        }

        let riskreg = RiskregProbe(executable: executable, environment: environment)
        var table = ResultTable()
        let report = ScaleReport(quick: quick)

        print("\n== riskreg")
        let launchCounts = [launchesSmall, launchesSmall, launchesLarge, launchesMany]
        var launches: [String: RiskregProbe.Launches] = [:]
        for (dataset, count) in zip([shipped, small, big, many], launchCounts) where launches[dataset.name] == nil {
            let result = riskreg.launches(dataset, count: count)
            launches[dataset.name] = result
            report.printLaunch(dataset, result)
        }

        let keys = riskreg.keys(big, moves: moves, words: words)
        report.printKeys(big, keys)

        var saveProblems: [String] = []
        let saves = riskreg.saves(try big.copy(to: work.appendingPathComponent("save")), problems: &saveProblems)
        report.printSaves(saves, problems: saveProblems)

        let list = riskreg.list(many, count: quick ? 2 : 5)
        report.printList(many, list)

        let starts = riskreg.processStart(count: quick ? 10 : 50)
        let libraries = riskreg.sharedLibraries()
        print("process start (riskreg --help)  \(Units.percentiles(starts) ?? "no runs");  "
              + "ldd: \(libraries.map(String.init) ?? "failed") shared libraries")

        var searchProblems: [String] = []
        let searchable = riskreg.allSearchable(many, problems: &searchProblems)
        print("all registers searchable (\(many.name), token in \(many.tokenEntryID ?? "?")): "
              + (searchable.found.map(Units.time) ?? "not supported by this binary (not found within 30 s)"))
        if let peak = searchable.peakMemory {
            print("  peak memory by then \(Units.size(peak)), \(String(format: "%.2f", Double(peak) / Double(many.bytes)))× the data")
        }
        searchProblems.forEach { print("  problem: \($0)") }

        var visidata: [String: VisiDataProbe.Launch] = [:]
        if quick {
            print("\n(--quick: visidata skipped)")
        } else if let vd = VisiDataProbe.prepare(home: work.appendingPathComponent("vd-home"), environment: environment) {
            print("\n== visidata (\(vd.version))")
            // A file is loaded when its one row (the top-level object) shows; a directory when it counts every file.
            let files: [(ScaleDataset, String, String, Int)] = [
                (shipped, shipped.lastFile.path, "riskreg-register", 5),
                (big, big.lastFile.path, "riskreg-register", 3),
                (many, many.directory.path, "\(many.fileCount) files", 3),
            ]
            for (dataset, path, loadedText, count) in files {
                let result = vd.launches(path, loadedText: loadedText, count: count)
                visidata[dataset.name] = result
                report.printVisiData(dataset, path: path, result)
            }
        }

        report.fill(&table, datasets: (shipped, big, many), launches: launches, visidata: visidata, keys: keys, saves: saves,
                    list: list, starts: starts, libraries: libraries, searchable: searchable)
        print("\n" + table.markdown)
    }

    /// The id of the first entry of the register the browser opens in `directory`.
    private func newestFirstEntryID(_ directory: URL) -> String? {
        (try? RegisterStore.scan(directory))?.newest?.register.entries.first?.id
    }
}
