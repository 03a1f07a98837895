import Foundation

/// Numbers as the scale benchmark prints them.
enum Units {
    /// "12.3 ms" (or "1.23 s" from 10 s up).
    static func time(_ duration: Duration) -> String {
        let milliseconds = seconds(duration) * 1000
        return milliseconds >= 10_000 ? String(format: "%.2f s", milliseconds / 1000) : String(format: "%.1f ms", milliseconds)
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    /// "44.1 MB" (decimal megabytes, like the sizes in issue 10).
    static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6) : String(format: "%.1f KB", Double(bytes) / 1e3)
    }

    /// "p50 1.2 ms, p99 3.4 ms" of samples, or nil when there are none.
    static func percentiles(_ samples: [Duration], worst: Bool = false) -> String? {
        guard !samples.isEmpty else { return nil }
        let measured = Measurement(name: "", samples: samples)
        var text = "p50 \(time(measured.percentile(0.5))), p99 \(time(measured.percentile(0.99)))"
        if worst, let last = measured.samples.last { text += ", worst \(time(last))" }
        return text + " (n=\(samples.count))"
    }
}
