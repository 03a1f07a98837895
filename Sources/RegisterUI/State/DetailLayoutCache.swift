import Foundation
import RiskRegister

/// Remembers the detail pane's last layout, so that moving the detail cursor, scrolling and
/// drawing a frame wrap the entry's text once, not once each. It is not part of the state:
/// copies of a state share it, and it never makes two states unequal.
final class DetailLayoutCache: Equatable, @unchecked Sendable {
    private struct Key: Equatable {
        let entry: Entry
        let scale: Scale
        let width: Int
        let unicode: Bool
    }

    private let lock = NSLock()
    private var key: Key?
    private var value: (rows: [[Span]], targets: [DetailTarget?]) = ([], [])

    /// The layout of an entry, computed only when the entry, scale, width or glyphs changed.
    func layout(for entry: Entry, scale: Scale, width: Int, unicode: Bool,
                compute: () -> (rows: [[Span]], targets: [DetailTarget?])) -> (rows: [[Span]], targets: [DetailTarget?]) {
        let wanted = Key(entry: entry, scale: scale, width: width, unicode: unicode)
        lock.lock()
        if key == wanted {
            let cached = value
            lock.unlock()
            return cached
        }
        lock.unlock()
        let computed = compute()
        lock.lock()
        key = wanted
        value = computed
        lock.unlock()
        return computed
    }

    static func == (lhs: DetailLayoutCache, rhs: DetailLayoutCache) -> Bool { true }
}
