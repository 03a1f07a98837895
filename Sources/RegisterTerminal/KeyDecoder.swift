import CNcursesw
import RegisterUI

/// Turns curses key codes into events.
enum KeyDecoder {
    /// The event for a key code curses returned (`KEY_CODE_YES`): a named key, a function key
    /// F1–F12, the terminal's new `size` for a resize, the mouse event curses holds; nil for a code
    /// riskreg has no use for.
    static func event(forKeyCode code: Int32, size: Size) -> Event? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_RESIZE: return .resize(width: size.width, height: size.height)
        case KEY_MOUSE: return mouse()
        case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    private static func mouse() -> Event? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x)
        let y = Int(event.y)
        if rr_is_wheel_up(event.bstate) != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
        if rr_is_wheel_down(event.bstate) != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
        if rr_is_click(event.bstate) != 0 { return .mouse(MouseEvent(.click, x: x, y: y)) }
        return nil
    }
}
