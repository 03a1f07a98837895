import Foundation
import Glibc

/// A program on a pseudo-terminal with an emulated screen: every byte it writes is fed to a
/// `ScreenEmulator`, so waits can look at the screen and a key's frame can be measured in time,
/// bytes and changed cells. Every wait has a timeout and says when it ran out.
final class TerminalSession {
    /// What one key did: times from writing it, and the frame it drew.
    struct Frame {
        /// To the first byte of output; nil when nothing came before the timeout.
        let firstByte: Duration?
        /// To the last byte before the terminal went quiet; nil when it never went quiet within
        /// `TerminalSession.frameLimit` (then the end of the frame is not known).
        let endOfFrame: Duration?
        /// Bytes written for the frame.
        let bytes: Int
        /// Screen cells the frame changed.
        let changedCells: Int
    }

    static let width = 120
    static let height = 40
    /// The longest a frame is read after its first byte before it counts as never ending.
    static let frameLimit = Duration.seconds(5)

    private let terminal: PseudoTerminal
    private(set) var screen = ScreenEmulator(width: TerminalSession.width, height: TerminalSession.height)
    /// When the program was started.
    let started: ContinuousClock.Instant
    private let clock = ContinuousClock()

    /// Starts `executable arguments` on a 120×40 pseudo-terminal.
    init(executable: String, arguments: [String], environment: [String: String]) throws {
        started = clock.now
        terminal = try PseudoTerminal(executable: executable, arguments: arguments, width: Self.width, height: Self.height,
                                      environment: environment)
    }

    deinit {
        terminal.close()
    }

    /// Reads output until `condition` holds for the screen; the time since `start` (the spawn when
    /// nil) at which it first held, or nil after `timeout` seconds.
    func wait(timeout: Double, from start: ContinuousClock.Instant? = nil, until condition: (ScreenEmulator) -> Bool) -> Duration? {
        let deadline = clock.now + .milliseconds(Int(timeout * 1000))
        if condition(screen) { return clock.now - (start ?? started) }
        while clock.now < deadline {
            guard let chunk = terminal.readChunk(waitMilliseconds: 20) else { continue }
            screen.feed(chunk)
            if condition(screen) { return clock.now - (start ?? started) }
        }
        return nil
    }

    /// Waits until the screen shows `text`.
    func wait(for text: String, timeout: Double, from start: ContinuousClock.Instant? = nil) -> Duration? {
        wait(timeout: timeout, from: start) { $0.text.contains(text) }
    }

    /// Reads until the terminal has been quiet for `quietMilliseconds`, or for `limit` seconds at
    /// most (a program that keeps drawing, such as a loading indicator, is never quiet).
    func settle(quietMilliseconds: Int32 = 100, limit: Double = 10) {
        let deadline = clock.now + .milliseconds(Int(limit * 1000))
        while clock.now < deadline, let chunk = terminal.readChunk(waitMilliseconds: quietMilliseconds) { screen.feed(chunk) }
    }

    /// Writes `keys`, then times the frame they draw: to the first byte (waiting up to
    /// `timeout` milliseconds) and to the last byte before `quietMilliseconds` of quiet.
    func press(_ keys: String, timeout: Int32 = 5000, quietMilliseconds: Int32 = 40) -> Frame {
        let before = screen.cells
        let start = clock.now
        terminal.type(keys)
        guard let first = terminal.readChunk(waitMilliseconds: timeout) else {
            return Frame(firstByte: nil, endOfFrame: nil, bytes: 0, changedCells: 0)
        }
        let firstByte = clock.now - start
        screen.feed(first)
        var bytes = first.count
        var last = clock.now
        var quiet = false
        while clock.now - last < Self.frameLimit {
            guard let chunk = terminal.readChunk(waitMilliseconds: quietMilliseconds) else {
                quiet = true
                break
            }
            last = clock.now
            screen.feed(chunk)
            bytes += chunk.count
        }
        return Frame(firstByte: firstByte, endOfFrame: quiet ? last - start : nil, bytes: bytes,
                     changedCells: screen.changedCells(since: before))
    }

    /// Writes `keys` without timing them.
    func type(_ keys: String) {
        terminal.type(keys)
    }

    /// Reads the program's peak memory (see `PeakMemory`), sends the quit keys and waits for it
    /// to exit; the peak in bytes, or nil when it did not exit within `timeout` seconds (then it
    /// is killed) or /proc did not tell.
    func quit(keys: String, timeout: Double = 30) -> Int? {
        let peak = PeakMemory.of(terminal.processID)
        return terminal.quit(keys: keys, timeout: timeout) ? peak : nil
    }
}
