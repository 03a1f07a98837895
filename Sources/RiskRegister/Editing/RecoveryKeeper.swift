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
    /// The default delay, a quarter of a second, brings a change to disk (written and synced)
    /// within half a second.
    public init(user: String, delay: Double = 0.25) {
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
        guard let plan = plan(now: now) else { return [] }
        return record(plan.carryOut())
    }

    /// Writes the noted work at once.
    @discardableResult
    public mutating func writeNow() -> [SaveError] {
        record(planNow().carryOut())
    }

    /// What to write and remove when it is due, counted as done (a write that then fails is
    /// reported back with `failed`); nil when nothing is due.
    public mutating func plan(now: Double) -> RecoveryPlan? {
        guard let due, due <= now else { return nil }
        return planNow()
    }

    /// What to write and remove at once, counted as done.
    public mutating func planNow() -> RecoveryPlan {
        due = nil
        var plan = RecoveryPlan(user: user)
        for loaded in work where written[loaded.url] != loaded.register {
            plan.writes.append(loaded)
            written[loaded.url] = loaded.register
        }
        for url in written.keys where !work.contains(where: { $0.url == url }) && !held.contains(url) {
            plan.discards.append(url)
            written[url] = nil
        }
        return plan
    }

    /// The last plan, when the program stops: every register with unsaved work, whatever was
    /// written before (an earlier plan may not have run yet), and the recovery files this keeper
    /// wrote of registers clean since (saved or undone: the plan removing them may not have been
    /// due yet, and a write queued before the save may have landed after it); never one held.
    public func finalPlan() -> RecoveryPlan {
        let clean = written.keys.filter { url in !work.contains { $0.url == url } && !held.contains(url) }
        return RecoveryPlan(user: user, writes: work, discards: clean.sorted { $0.path < $1.path })
    }

    /// A planned write failed: it is tried again at the next change noted.
    public mutating func failed(_ url: URL) {
        written[url] = nil
    }

    private mutating func record(_ failures: [(url: URL, error: SaveError)]) -> [SaveError] {
        failures.forEach { failed($0.url) }
        return failures.map(\.error)
    }
}
