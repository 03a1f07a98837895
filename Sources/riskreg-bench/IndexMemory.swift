import Foundation
import RiskRegister

/// Peak memory of the directory index (issue 10: peak memory at most the data's size), one step
/// per process so that each peak is that step's alone:
/// - `build`: an index built from nothing over a data directory (every file read, decoded and
///   folded), then saved to the cache directory;
/// - `open`: the saved index opened (its catalogue read into memory) and searched for a word, as
///   `riskreg search` uses it;
/// - `search`: the saved index opened, its texts kept in memory, and searched five times for each
///   of `IndexTargets.queries`, as the browser's search of every register uses it.
/// Prints the process's peak resident set (`VmHWM`) against the size of the register files. The
/// database is read through a memory map: its pages count in the resident set, but they are the
/// file's pages in the page cache, shared and dropped under pressure, not the process's own.
enum IndexMemory {
    /// Runs the step named by the arguments after `--index-memory`: `build|open|search DATA_DIR CACHE_DIR`.
    static func run(_ arguments: [String]) throws {
        guard arguments.count == 3 else { usage() }
        let (step, data, cache) = (arguments[0], URL(fileURLWithPath: arguments[1]), URL(fileURLWithPath: arguments[2]))
        let clock = ContinuousClock()
        let elapsed: Duration
        switch step {
        case "build":
            let index = DirectoryIndex.open(for: data, cacheDirectory: cache)
            elapsed = try clock.measure {
                let refresh = try index.refresh()
                precondition(refresh.failures.isEmpty, "\(refresh.failures.count) files did not load")
                let saved = index.save()
                precondition(saved, "the index was not saved")
            }
        case "open":
            var files = 0
            elapsed = clock.measure {
                let index = DirectoryIndex.open(for: data, cacheDirectory: cache)
                files = index.files.count
                _ = index.search("budget")
            }
            precondition(files > 0, "no cache in \(cache.path): run the build step first")
        case "search":
            let index = DirectoryIndex.open(for: data, cacheDirectory: cache)
            index.keepsSearchTextInMemory = true
            precondition(!index.files.isEmpty, "no cache in \(cache.path): run the build step first")
            elapsed = clock.measure {
                for query in IndexTargets.queries {
                    for _ in 0..<5 { _ = index.search(query) }
                }
            }
        default:
            usage()
        }
        let listing = try RegisterStore.registerFiles(in: data)
        let dataBytes = listing.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
        let peak = peakResidentBytes()
        let megabytes = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1_000_000) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let processor = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        print("index \(step), \(listing.count) files (\(megabytes(dataBytes)) of JSON): \(String(format: "%.2f s", seconds)) "
              + "(process \(String(format: "%.2f s", processor)) of processor time), "
              + "peak memory \(megabytes(peak)), \(String(format: "%.2f", Double(peak) / Double(max(dataBytes, 1))))× the data")
    }

    private static func usage() -> Never {
        print("usage: riskreg-bench --index-memory build|open|search DATA_DIR CACHE_DIR")
        exit(2)
    }

    /// The process's peak resident set size (VmHWM in /proc/self/status), in bytes; 0 when unknown.
    private static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes * 1024
    }
}
