import Foundation
import RiskRegister

/// Timings of a 10,000-entry register (issue #10): decoding, encoding, the history diff and
/// saves after one progress note, each save timed on its own to show whether they stay flat.
enum LargeRegisterBenchmarks {
    static let entryCount = 10_000

    /// The shipped entries repeated, with unique ids, up to `count` entries.
    static func register(from scan: DirectoryScan, count: Int) -> Register? {
        guard var register = scan.newest?.register else { return nil }
        let pool = scan.registers.flatMap(\.register.entries)
        register.entries = (0..<count).map { index in
            var entry = pool[index % pool.count]
            entry.id = "L\(index + 1)"
            return entry
        }
        return register
    }

    static func run(scan: DirectoryScan, workDirectory: URL) throws {
        guard let large = register(from: scan, count: entryCount) else { return }
        let bytes = RegisterFile.encode(large)
        print("\(entryCount)-entry register: \(bytes.count) bytes")
        print(try Measurement("decode 10,000 entries (parse + model)", iterations: 5, warmup: 1) {
            _ = try RegisterFile.decode(bytes).get()
        }.line)
        let parsed = try JSONParser.parse(bytes)
        print(try Measurement("  of which: parse JSON", iterations: 5, warmup: 1) { _ = try JSONParser.parse(bytes) }.line)
        print(Measurement("  of which: JSON to model", iterations: 5, warmup: 1) { _ = RegisterDecoder.decode(parsed) }.line)
        print(Measurement("encode 10,000 entries (model to bytes)", iterations: 5, warmup: 1) {
            _ = RegisterFile.encode(large)
        }.line)

        var edited = large
        edited.entries[entryCount / 2].progress.insert(Item(text: "Benchmark note", date: "2026-11-27", author: "bench"), at: 0)
        print(Measurement("history diff, one changed entry of 10,000", iterations: 5, warmup: 1) {
            _ = HistoryRecorder.recording(edited, since: large, at: "2026-11-27T12:00:00Z", author: "bench")
        }.line)

        let url = workDirectory.appendingPathComponent("large-10000.json")
        try Data(bytes).write(to: url)
        var loaded = try RegisterStore.load(url).get()
        // What the browser's `w` does: history recorded against the register as loaded, then saved.
        let saver = RegisterSaver(author: "bench", clock: { Date(timeIntervalSince1970: 1_795_341_600) })
        for round in 1...3 {
            var register = loaded.register
            register.entries[round * 1000].progress.insert(Item(text: "Note \(round)", date: "2026-11-27", author: "bench"), at: 0)
            loaded.register = register
            // A person takes longer than this to add a note; the file's last change is then
            // settled, and the check before the rename compares its stamp, not its bytes.
            Thread.sleep(forTimeInterval: 3.5)
            let clock = ContinuousClock()
            var saved: LoadedRegister?
            let cpuBefore = processorTime()
            let time = try clock.measure { saved = try saver.save(loaded, since: loaded.baseline) }
            let cpu = processorTime() - cpuBefore
            print(Measurement(name: "save after one progress note, save \(round) of 3", samples: [time]).line
                  + String(format: "  cpu %.1f ms", cpu * 1000))
            if let saved { loaded = saved }
        }
    }

    /// Seconds of processor time this process has used, on every core.
    private static func processorTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
