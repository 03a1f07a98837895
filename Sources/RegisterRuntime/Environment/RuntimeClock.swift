import Foundation

/// The browser's one clock: the time stamps of changes and reviews, and the date of notes, are
/// read from it for each action, never fixed at launch. Tests set it.
public protocol RuntimeClock: Sendable {
    /// Now.
    func now() -> Date
}

/// The system's clock.
public struct SystemClock: RuntimeClock {
    /// The system's clock.
    public init() {}

    public func now() -> Date { Date() }
}
