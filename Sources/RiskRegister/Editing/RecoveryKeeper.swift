import Foundation

/// Keeps unsaved work in recovery files while the browser runs, like vim's swap file: each
/// change is written within `delay` seconds (changes made meanwhile ride along, so typing
/// costs one write per interval, not one per key), a register whose edits were saved or undone
/// loses the recovery file this keeper wrote, and a register whose earlier recovery file is
/// still unresolved is left alone. Time is passed in (seconds on any monotonic clock), so the
/// policy is tested without waiting.
public struct RecoveryKeeper: Sendable {
    /// How long a change may wait before it is written.
    public let delay: Double
    /// Whose recovery files these are.
    public let user: String
    /// The edits last written, by register file.
    private var written: [URL: Register] = [:]
    /// The work last noted.
    private var work: [LoadedRegister] = []
    private var held: Set<URL> = []
    /// When the noted work must be written; nil when nothing waits.
    public private(set) var due: Double?

    /// A keeper of `user`'s recovery files, writing each change within `delay` seconds.
    public init(user: String, delay: Double = 0.5) {
        self.user = user
        self.delay = delay
    }

    /// The unsaved work as it is now (every register with unsaved edits), and the register files
    /// whose recovery file belongs to an earlier session still to be resolved.
    public mutating func note(_ work: [LoadedRegister], holding held: Set<URL> = [], now: Double) {
        self.work = work.filter { !held.contains($0.url) }
        self.held = held
        let changed = self.work.contains { written[$0.url] != $0.register }
            || written.keys.contains { url in !self.work.contains { $0.url == url } }
        if changed, due == nil { due = now + delay }
    }

    /// Seconds until the next write is due (0 when overdue), nil when nothing waits.
    public func secondsUntilDue(now: Double) -> Double? {
        due.map { max(0, $0 - now) }
    }

    /// Writes the noted work when it is due. Returns the errors of writes that failed (they are
    /// tried again at the next change).
    public mutating func writeIfDue(now: Double) -> [SaveError] {
        guard let due, due <= now else { return [] }
        return writeNow()
    }

    /// Writes the noted work at once (when the program is stopped).
    @discardableResult
    public mutating func writeNow() -> [SaveError] {
        due = nil
        var errors: [SaveError] = []
        for loaded in work where written[loaded.url] != loaded.register {
            do {
                try RecoveryFile.write(loaded.register, startedFrom: loaded.diskBytes, for: loaded.url, user: user)
                written[loaded.url] = loaded.register
            } catch {
                errors.append(error)
            }
        }
        for url in written.keys where !work.contains(where: { $0.url == url }) && !held.contains(url) {
            RecoveryFile.discard(for: url, user: user)
            written[url] = nil
        }
        return errors
    }
}
