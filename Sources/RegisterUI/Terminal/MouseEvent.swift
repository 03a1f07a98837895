/// A mouse event at a screen cell, where the terminal reports the mouse.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Action: Hashable, Sendable {
        /// The left button was pressed (or clicked).
        case click
        /// The wheel turned away from the user (scroll up).
        case wheelUp
        /// The wheel turned towards the user (scroll down).
        case wheelDown
    }

    /// What the mouse did.
    public var action: Action
    /// The cell's column, from 0.
    public var x: Int
    /// The cell's row, from 0.
    public var y: Int
    /// What the frame the user saw showed there (`Screen.resolving`); nil outside anything.
    public var target: HitTarget?

    /// Creates a mouse event.
    public init(_ action: Action, x: Int, y: Int, target: HitTarget? = nil) {
        self.action = action
        self.x = x
        self.y = y
        self.target = target
    }
}
