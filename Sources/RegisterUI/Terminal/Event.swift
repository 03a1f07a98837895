/// Something that happened at the terminal: the input of `update`.
public enum Event: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// A mouse click or wheel turn.
    case mouse(MouseEvent)
    /// The terminal changed size (curses `KEY_RESIZE`); the new size in columns and rows.
    case resize(width: Int, height: Int)
}
