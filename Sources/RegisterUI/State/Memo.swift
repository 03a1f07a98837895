import Foundation

/// One remembered value of a derived view and the key it was computed for: asked again with the
/// same key, it answers without computing. It is not part of the state: copies of a state share
/// it, and it never makes two states unequal.
final class Memo<Key: Equatable, Value>: Equatable, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (key: Key, value: Value)?

    /// The value for `key`, computed only when the key differs from the last one.
    func value(for key: Key, compute: (_ previous: (key: Key, value: Value)?) -> Value) -> Value {
        lock.lock()
        let previous = stored
        lock.unlock()
        if let previous, previous.key == key { return previous.value }
        let computed = compute(previous)
        lock.lock()
        stored = (key, computed)
        lock.unlock()
        return computed
    }

    /// Remembers a value computed elsewhere (by background work) for `key`.
    func store(_ value: Value, for key: Key) {
        lock.withLock { stored = (key, value) }
    }

    static func == (lhs: Memo, rhs: Memo) -> Bool { true }
}
