import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads two pipes to their ends at once, in one thread: `poll` says which has bytes (or has
/// ended), and that one is read, so neither fills while the other is waited on.
enum PipeDrain {
    /// What each handle held until its end; each is closed once read.
    static func readToEnd(_ first: FileHandle, _ second: FileHandle) -> (Data, Data) {
        let handles = [first, second]
        var watched = handles.map { pollfd(fd: $0.fileDescriptor, events: Int16(POLLIN), revents: 0) }
        var collected = [Data(), Data()]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while watched.contains(where: { $0.fd >= 0 }) {
            // A negative descriptor is one poll skips: a stream already at its end.
            guard poll(&watched, nfds_t(watched.count), -1) >= 0 else {
                if errno == EINTR || errno == EAGAIN { continue }
                break
            }
            for index in watched.indices where watched[index].fd >= 0 && watched[index].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(watched[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    collected[index].append(contentsOf: buffer[0..<count])
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    watched[index].fd = -1
                }
            }
        }
        // Closing ends any stream poll could not watch (the child then gets EPIPE, not a wait).
        handles.forEach { try? $0.close() }
        return (collected[0], collected[1])
    }
}
