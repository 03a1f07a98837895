import Foundation

/// The printed lines of the scale benchmark and its summary table: every measure as measured,
/// problems (timeouts) said in words, and nothing printed for what could not be measured.
struct ScaleReport {
    let quick: Bool

    func printLaunch(_ dataset: ScaleDataset, _ launches: RiskregProbe.Launches) {
        print("first frame, \(dataset.name) (\(Units.size(dataset.bytes))): \(Units.percentiles(launches.firstFrame) ?? "not measured")")
        print("  entries visible (\(dataset.firstEntryID) on screen): \(Units.percentiles(launches.entriesVisible) ?? "not measured")")
        if let peak = launches.peakMemory.max() {
            print("  peak memory \(Units.size(peak)), \(ratio(peak, dataset.bytes))× the data")
        }
        launches.problems.forEach { print("  problem: \($0)") }
        fflush(nil) // show progress when the output is a file or a pipe
    }

    func printKeys(_ dataset: ScaleDataset, _ keys: RiskregProbe.Keys) {
        print("j in the entry list of \(dataset.name): to first byte \(Units.percentiles(keys.moveFirstByte) ?? "not measured")")
        print("  to end of frame (then 40 ms quiet) \(Units.percentiles(keys.moveEndOfFrame) ?? "not measured")")
        if keys.moveChangedCells > 0, keys.movesCounted > 0 {
            let count = keys.movesCounted
            print("  \(keys.moveBytes / count) bytes and \(keys.moveChangedCells / count) changed cells per move: "
                  + "\(ratio(keys.moveBytes, keys.moveChangedCells)) bytes per changed cell")
        }
        print("search letter (/ then one letter at a time): to first byte "
              + (Units.percentiles(keys.searchFirstByte, worst: true) ?? "not measured"))
        print("  to end of frame \(Units.percentiles(keys.searchEndOfFrame, worst: true) ?? "not measured")")
        Set(keys.problems).sorted().forEach { problem in
            print("  problem: \(problem) (\(keys.problems.filter { $0 == problem }.count)×)")
        }
        fflush(nil) // show progress when the output is a file or a pipe
    }

    func printSaves(_ saves: [Duration?], problems: [String]) {
        print("save after one progress note, 3 times in one run: "
              + saves.map { $0.map(Units.time) ?? "timed out" }.joined(separator: ", "))
        problems.forEach { print("  problem: \($0)") }
        fflush(nil) // show progress when the output is a file or a pipe
    }

    func printList(_ dataset: ScaleDataset, _ list: (times: [Duration], peakMemory: Int, failed: Bool)) {
        print("riskreg list --register \(dataset.lastFile.deletingPathExtension().lastPathComponent) (\(dataset.name)): "
              + "\(Units.percentiles(list.times) ?? "not measured"), peak memory \(Units.size(list.peakMemory))"
              + (list.failed ? " (a run FAILED: non-zero exit)" : ""))
        fflush(nil) // show progress when the output is a file or a pipe
    }

    func printVisiData(_ dataset: ScaleDataset, path: String, _ launch: VisiDataProbe.Launch) {
        print("vd \(dataset.name == "Data/" ? "Data/" + URL(fileURLWithPath: path).lastPathComponent : dataset.name): "
              + "first frame \(Units.percentiles(launch.firstFrame) ?? "not measured")")
        print("  loaded (first row drawn) \(Units.percentiles(launch.loaded) ?? "not measured")")
        if let peak = launch.peakMemory.max() { print("  peak memory \(Units.size(peak)), \(ratio(peak, dataset.bytes))× the data") }
        launch.problems.forEach { print("  problem: \($0)") }
        fflush(nil) // show progress when the output is a file or a pipe
    }

    /// Fills the summary table (the rows of issue 10).
    func fill(_ table: inout ResultTable, datasets: (shipped: ScaleDataset, big: ScaleDataset, many: ScaleDataset),
              launches: [String: RiskregProbe.Launches], visidata: [String: VisiDataProbe.Launch], keys: RiskregProbe.Keys,
              saves: [Duration?], list: (times: [Duration], peakMemory: Int, failed: Bool), starts: [Duration], libraries: Int?,
              searchable: (found: Duration?, peakMemory: Int?)) {
        let targets: [(ScaleDataset, Double)] = [(datasets.shipped, 0.030), (datasets.big, 0.150), (datasets.many, 0.300)]
        for (dataset, target) in targets {
            let launch = launches[dataset.name]
            let frame = median(launch?.firstFrame ?? [])
            let visible = median(launch?.entriesVisible ?? [])
            let vd = visidata[dataset.name]
            let vdText = median(vd?.firstFrame ?? []).map { vdFrame in
                "\(Units.time(vdFrame)) (loaded \(median(vd?.loaded ?? []).map(Units.time) ?? "?"))"
                    + (visible.map { "; riskreg/vd \(ratio($0, median(vd?.loaded ?? []) ?? vdFrame))" } ?? "")
            } ?? "—"
            table.add("first frame \(dataset.name)",
                      riskreg: frame.map { "\(Units.time($0)) (entries \(visible.map(Units.time) ?? "not seen"))" } ?? "not measured",
                      visidata: vdText, target: "≤ \(Int(target * 1000)) ms", met: visible.map { Units.seconds($0) <= target })
        }
        let dataBytes = datasets.many.bytes
        let peak = (launches[datasets.many.name]?.peakMemory ?? []).max().map { max($0, searchable.peakMemory ?? 0) }
        let vdPeak = visidata[datasets.many.name]?.peakMemory.max()
        table.add("peak memory \(datasets.many.name) (data \(Units.size(dataBytes)))",
                  riskreg: peak.map { "\(Units.size($0)) = \(ratio($0, dataBytes))× data" } ?? "not measured",
                  visidata: vdPeak.map { vd in
                      "\(Units.size(vd)) = \(ratio(vd, dataBytes))× data" + (peak.map { "; riskreg/vd \(ratio($0, vd))" } ?? "")
                  } ?? "—",
                  target: "≤ 1.0× data", met: peak.map { Double($0) <= Double(dataBytes) })
        let moveP99 = p99(keys.moveEndOfFrame)
        table.add("key to frame j (\(datasets.big.name))",
                  riskreg: moveP99.map { _ in "first byte p50 \(p50Text(keys.moveFirstByte)) p99 \(p99Text(keys.moveFirstByte)); "
                      + "frame p50 \(p50Text(keys.moveEndOfFrame)) p99 \(p99Text(keys.moveEndOfFrame))" } ?? "not measured",
                  target: "p99 < 10 ms", met: moveP99.map { Units.seconds($0) < 0.010 })
        let searchP99 = p99(keys.searchEndOfFrame)
        table.add("search letter (\(datasets.big.name))",
                  riskreg: searchP99.map { _ in "frame p50 \(p50Text(keys.searchEndOfFrame)) p99 \(p99Text(keys.searchEndOfFrame)) "
                      + "worst \(keys.searchEndOfFrame.max().map(Units.time) ?? "?")" } ?? "not measured",
                  target: "p99 < 30 ms", met: searchP99.map { Units.seconds($0) < 0.030 })
        let perCell = keys.moveChangedCells > 0 ? Double(keys.moveBytes) / Double(keys.moveChangedCells) : nil
        table.add("bytes per move (j)",
                  riskreg: perCell.map { String(format: "%.2f bytes per changed cell (%d bytes, %d cells per move)", $0,
                                                keys.moveBytes / max(1, keys.movesCounted),
                                                keys.moveChangedCells / max(1, keys.movesCounted)) } ?? "not measured",
                  target: "≤ 1.2× changed cells", met: perCell.map { $0 <= 1.2 })
        let listMedian = median(list.times)
        table.add("list --register (\(datasets.many.name))",
                  riskreg: list.failed
                      ? "failed" : listMedian.map { "\(Units.time($0)), peak \(Units.size(list.peakMemory))" } ?? "not measured",
                  target: "≤ 0.5 s", met: list.failed ? false : listMedian.map { Units.seconds($0) <= 0.5 })
        let saved = saves.compactMap { $0 }
        table.add("save ×3 (\(datasets.big.name))",
                  riskreg: saves.isEmpty ? "not measured" : saves.map { $0.map(Units.time) ?? "timed out" }.joined(separator: ", "),
                  target: "≤ 200 ms, flat", met: saves.isEmpty ? nil : saved.count == 3 && saved.allSatisfy { Units.seconds($0) <= 0.2 })
        let start = median(starts)
        table.add("process start (--help, p50)",
                  riskreg: start.map { "\(Units.time($0)); " + (libraries.map { "\($0) shared libraries" } ?? "ldd failed") }
                      ?? "not measured",
                  target: "≤ 5 ms", met: start.map { Units.seconds($0) <= 0.005 })
        table.add("all searchable (\(datasets.many.name))",
                  riskreg: searchable.found.map(Units.time) ?? "not supported by this binary",
                  target: "≤ 2 s", met: searchable.found.map { Units.seconds($0) <= 2 } ?? false)
    }

    private func median(_ samples: [Duration]) -> Duration? {
        samples.isEmpty ? nil : Measurement(name: "", samples: samples).percentile(0.5)
    }

    private func p99(_ samples: [Duration]) -> Duration? {
        samples.isEmpty ? nil : Measurement(name: "", samples: samples).percentile(0.99)
    }

    private func p50Text(_ samples: [Duration]) -> String { median(samples).map(Units.time) ?? "?" }

    private func p99Text(_ samples: [Duration]) -> String { p99(samples).map(Units.time) ?? "?" }

    private func ratio(_ part: Int, _ whole: Int) -> String {
        whole > 0 ? String(format: "%.2f", Double(part) / Double(whole)) : "?"
    }

    private func ratio(_ part: Duration, _ whole: Duration) -> String {
        let denominator = Units.seconds(whole)
        return denominator > 0 ? String(format: "%.2f", Units.seconds(part) / denominator) : "?"
    }
}
