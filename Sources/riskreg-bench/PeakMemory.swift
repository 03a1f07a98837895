import Foundation

/// Peak resident memory of a running process, from `VmHWM` in /proc/PID/status.
///
/// Not `ru_maxrss` from wait4: on Linux a child's ru_maxrss starts at the parent's own peak
/// (exec records the high-water mark of the address space it replaces, which for posix_spawn is
/// the parent's), so every child of a benchmark that has generated 480 MB of registers would
/// report at least the benchmark's peak. VmHWM belongs to the address space made by exec, so
/// it counts the program alone. It must be read while the process lives: just before it is told
/// to quit, or polled until it exits.
enum PeakMemory {
    /// The process's peak resident memory so far, in bytes; nil when /proc does not say.
    static func of(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kibibytes = Int(line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        else { return nil }
        return kibibytes * 1024
    }
}
