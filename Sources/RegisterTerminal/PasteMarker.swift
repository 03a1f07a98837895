import CNcursesw

/// The markers a terminal in bracketed paste mode puts around pasted text, taught to curses as
/// keys of their own so a paste can be told from typing.
enum PasteMarker {
    case start, end

    /// What the terminal sends.
    var sequence: String {
        switch self {
        case .start: "\u{1B}[200~"
        case .end: "\u{1B}[201~"
        }
    }

    /// The key code curses returns for it (beyond curses' own codes).
    var code: Int32 {
        switch self {
        case .start: KEY_MAX + 1
        case .end: KEY_MAX + 2
        }
    }
}
