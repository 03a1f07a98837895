import Dispatch
import Foundation

/// Work over many elements split into one contiguous chunk per core, done at once.
enum ParallelChunks {
    /// `body` applied to `0..<count` cut into contiguous ranges (one per active core, none shorter
    /// than `minimumChunk`), all run at once; the results in the order of their ranges.
    static func map<T: Sendable>(count: Int, minimumChunk: Int, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = max(1, min(cores, count / max(1, minimumChunk)))
        if chunks == 1 { return [body(0..<count)] }
        let ranges = (0..<chunks).map { chunk in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) }
        // Each chunk writes its own slot, and all are read after every chunk is done.
        nonisolated(unsafe) let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: chunks)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            slots[chunk] = body(ranges[chunk])
        }
        return slots.compactMap { $0 }
    }
}
