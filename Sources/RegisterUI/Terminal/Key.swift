/// A key press, as the backend reads it from the terminal.
public enum Key: Hashable, Sendable {
    /// A printable character, including space and upper case letters.
    case character(Character)
    /// Arrow keys.
    case up, down, left, right
    /// Page keys.
    case pageUp, pageDown
    /// Home and End.
    case home, end
    /// Enter (Return, carriage return or line feed).
    case enter
    /// Alt-Enter (Escape followed by Enter).
    case altEnter
    /// Escape, on its own.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab (curses `KEY_BTAB`).
    case backTab
    /// Backspace (DEL, ^H or curses `KEY_BACKSPACE`).
    case backspace
    /// Delete (curses `KEY_DC`).
    case delete
    /// Control and a letter, held as the lower-case letter: `.control("r")` is Ctrl-R.
    case control(Character)
    /// A function key, F1 to F12.
    case function(Int)

    /// The key a terminal sends as this character: Enter for carriage return or line feed, Tab,
    /// Escape, Backspace for DEL or ^H, Ctrl and a letter for the other control codes 1–26, and
    /// otherwise the character itself.
    public init(terminalCharacter scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0A, 0x0D: self = .enter
        case 0x09: self = .tab
        case 0x1B: self = .escape
        case 0x08, 0x7F: self = .backspace
        case 0x01...0x1A:
            self = .control(Character(Unicode.Scalar(UInt8(scalar.value) + 0x60)))
        default: self = .character(Character(scalar))
        }
    }

    /// How help and docs/keys.md name the key: "q", "Up", "PgDn", "Shift-Tab", "Ctrl-U", "F1".
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .altEnter: "Alt-Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .function(let number): "F\(number)"
        }
    }
}
