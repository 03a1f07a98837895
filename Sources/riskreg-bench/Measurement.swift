/// Timings of one benchmark: repeated runs, reported as median and 99th percentile.
struct Measurement {
    let name: String
    let samples: [Duration]

    /// Times `body` `iterations` times after `warmup` untimed runs.
    init(_ name: String, iterations: Int, warmup: Int = 5, _ body: () throws -> Void) rethrows {
        for _ in 0..<warmup { try body() }
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            samples.append(try clock.measure(body))
        }
        self.name = name
        self.samples = samples.sorted()
    }

    /// Wraps samples measured elsewhere.
    init(name: String, samples: [Duration]) {
        self.name = name
        self.samples = samples.sorted()
    }

    func percentile(_ fraction: Double) -> Duration {
        samples[min(samples.count - 1, Int((Double(samples.count - 1) * fraction).rounded()))]
    }

    /// "name  median 1.23 ms  p99 2.34 ms  (n=200)".
    var line: String {
        "\(name.padding(toLength: 52, withPad: " ", startingAt: 0))  median \(Self.milliseconds(percentile(0.5)))  p99 \(Self.milliseconds(percentile(0.99)))  (n=\(samples.count))"
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String(format: "%.3f ms", ms)
    }
}
