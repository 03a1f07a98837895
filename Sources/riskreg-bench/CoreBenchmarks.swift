import Foundation
import RiskRegister

/// The benchmarks of docs/benchmarks.md from issue 2 onwards: decoding and saving, the browser in
/// process and on a pseudo-terminal, and input without lag (`riskreg-bench [DATA_DIR]`).
enum CoreBenchmarks {
    /// Runs every benchmark on the registers of `dataArgument` (else the default data directory);
    /// only the index benchmarks, or only the 10,000-entry register's, when asked.
    static func run(dataArgument: String?, indexOnly: Bool, largeOnly: Bool) throws {
        let dataDirectory = DataDirectory.resolve(option: dataArgument)
        let scan = try RegisterStore.scan(dataDirectory)
        guard let base = scan.newest, !scan.registers.isEmpty else {
            print("no registers in \(dataDirectory.path)")
            throw ExitCode(2)
        }

        // A 100-entry register: the entries of every shipped register, repeated, with unique ids.
        var large = base.register
        let pool = scan.registers.flatMap(\.register.entries)
        large.entries = (0..<100).map { index in
            var entry = pool[index % pool.count]
            entry.id = "B\(index + 1)"
            return entry
        }
        let largeBytes = RegisterFile.encode(large)
        let workDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-bench-\(getpid())")
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workDirectory) }

        print("riskreg benchmarks: \(ProcessInfo.processInfo.processorCount) cores, data \(dataDirectory.path)")
        if indexOnly {
            try IndexBenchmarks.run(scan: scan, base: base.register, workDirectory: workDirectory)
            return
        }
        if largeOnly {
            try LargeRegisterBenchmarks.run(scan: scan, workDirectory: workDirectory)
            return
        }
        print("100-entry register: \(largeBytes.count) bytes")

        let decode = try Measurement("decode 100-entry register (parse + model)", iterations: 200) {
            _ = try RegisterFile.decode(largeBytes).get()
        }
        print(decode.line)
        let parsedValue = try JSONParser.parse(largeBytes)
        print(try Measurement("  of which: parse JSON", iterations: 200) { _ = try JSONParser.parse(largeBytes) }.line)
        print(Measurement("  of which: JSON to model", iterations: 200) { _ = RegisterDecoder.decode(parsedValue) }.line)
        print(Measurement("encode 100-entry register (model to bytes)", iterations: 200) { _ = RegisterFile.encode(large) }.line)

        let largeURL = workDirectory.appendingPathComponent("large.json")
        try Data(largeBytes).write(to: largeURL)
        var current = try RegisterStore.load(largeURL).get()
        var toggle = false
        let save = try Measurement("save 100-entry register (encode + atomic write)", iterations: 200) {
            toggle.toggle()
            var changed = current.register
            changed.entries[0].title = toggle ? "Benchmark A" : "Benchmark B"
            current = try RegisterStore.save(changed, over: current)
        }
        print(save.line)

        for loaded in scan.registers {
            let url = workDirectory.appendingPathComponent(loaded.fileName)
            try Data(loaded.diskBytes).write(to: url)
            var copy = try RegisterStore.load(url).get()
            let measurement = try Measurement("save \(loaded.fileName) (\(loaded.diskBytes.count / 1024) KiB)", iterations: 100) {
                copy = try RegisterStore.save(copy.register, over: copy)
            }
            print(measurement.line)
        }

        try IndexBenchmarks.run(scan: scan, base: base.register, workDirectory: workDirectory)
        try LargeRegisterBenchmarks.run(scan: scan, workDirectory: workDirectory)
        BrowserBenchmarks.inProcess(scan: scan)
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("riskreg").path
        if FileManager.default.isExecutableFile(atPath: executable) {
            try BrowserBenchmarks.onTerminal(executable: executable, data: dataDirectory.path)
            // Editing writes recovery files beside the registers: work on a copy.
            let dataCopy = workDirectory.appendingPathComponent("data")
            try FileManager.default.copyItem(at: dataDirectory, to: dataCopy)
            try InputBenchmarks.run(executable: executable, data: dataCopy.path, scan: scan)
        } else {
            print("(\(executable) not built: skipping the terminal timings; run swift build -c release first)")
        }
    }
}
