import Foundation
import RiskRegister

/// Benchmarks of issue 10 (many registers, big registers): the header read on a 10,000-entry
/// register, search over its entries, and the directory index over 1,000 registers of 100 entries.
enum IndexBenchmarks {
    /// A register of `count` entries: the entries of every shipped register, repeated, with
    /// unique ids.
    static func register(_ count: Int, from scan: DirectoryScan, base: Register) -> Register {
        var register = base
        let pool = scan.registers.flatMap(\.register.entries)
        register.entries = (0..<count).map { index in
            var entry = pool[index % pool.count]
            entry.id = "B\(index + 1)"
            return entry
        }
        return register
    }

    static func run(scan: DirectoryScan, base: Register, workDirectory: URL) throws {
        let huge = register(10_000, from: scan, base: base)
        let hugeBytes = RegisterFile.encode(huge)
        let hugeURL = workDirectory.appendingPathComponent("huge.json")
        try Data(hugeBytes).write(to: hugeURL)
        print("10,000-entry register: \(hugeBytes.count) bytes")
        print(Measurement("header read, 10,000 entries (first 16 KiB)", iterations: 200) {
            _ = RegisterHeader.read(hugeURL)
        }.line)
        print(Measurement("header read counting entries (whole file)", iterations: 20) {
            _ = RegisterHeader.read(hugeURL, countingEntries: true)
        }.line)
        print(Measurement("  of which: scan bytes in memory", iterations: 20) {
            _ = RegisterHeader.scan(hugeBytes)
        }.line)
        print(try Measurement("full decode, 10,000 entries (for comparison)", iterations: 3, warmup: 1) {
            _ = try RegisterFile.decode(hugeBytes).get()
        }.line)

        let index = EntrySearchIndex(huge)
        print("search text of 10,000 entries: \(index.bytes.count) bytes")
        print(Measurement("build search index, 10,000 entries", iterations: 5, warmup: 1) {
            _ = EntrySearchIndex(huge)
        }.line)
        for query in ["e", "q", "z", "budget", "é", "Budget reductions"] {
            let hits = index.matches(query).count
            print(Measurement("search \"\(query)\" over 10,000 entries (\(hits) hits)", iterations: 50) {
                _ = index.matches(query)
            }.line)
        }
        let first = index.matches("b")
        print(Measurement("refine \"b\" (\(first.count) hits) to \"bu\"", iterations: 50) {
            _ = index.matches("bu", within: first)
        }.line)
        print(Measurement("without the index: fold every field, for \"q\"", iterations: 3, warmup: 1) {
            _ = huge.entries.filter { entry in entry.searchFields.contains { SearchText.contains($0, "q") } }
        }.line)

        try directoryIndex(scan: scan, base: base, workDirectory: workDirectory)
    }

    /// 1,000 registers of 100 entries: building the index from nothing, opening it (whole, and the
    /// catalogue only), a refresh that finds every file fresh, searches cold and warm, and one
    /// changed register brought up to date (`IndexTargets`).
    static func directoryIndex(scan: DirectoryScan, base: Register, workDirectory: URL) throws {
        let data = workDirectory.appendingPathComponent("many")
        let cache = workDirectory.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        var template = register(100, from: scan, base: base)
        var total = 0
        for number in 0..<1_000 {
            template.period = "\(2000 + number / 4)/\(String(format: "%02d", (1 + number / 4) % 100)) Q\(1 + number % 4)"
            let bytes = RegisterFile.encode(template)
            total += bytes.count
            let url = data.appendingPathComponent(String(format: "r%04d.json", number))
            try Data(bytes).write(to: url)
        }
        // Files written just now are "racy" (modified within 2 s of indexing): age them.
        let past = Date(timeIntervalSinceNow: -3_600)
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: data.appendingPathComponent(name).path)
        }
        print("1,000 registers of 100 entries: \(total / 1_000_000) MB")
        try IndexTargets.measure(data: data, cache: cache)
    }
}
