import Foundation

/// A value shared by copies of a state and never compared, like `Memo`, set by whoever computes it.
final class Box<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    /// A box holding `value`.
    init(_ value: Value) { stored = value }

    /// The value held.
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
