import Foundation

/// Seconds on the monotonic clock, for what the browser times (recovery writes due, progress
/// reports): never set back with the wall clock.
public enum MonotonicClock {
    /// Now, in seconds from an arbitrary start.
    public static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
