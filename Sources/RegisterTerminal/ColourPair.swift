import RegisterUI

/// A curses colour pair the palette defines for one style role: a foreground and a background
/// colour number, -1 for the terminal's default.
struct ColourPair: Equatable {
    /// The role drawn in this pair.
    let role: StyleRole
    /// The text's colour.
    let foreground: Int16
    /// The background's colour.
    let background: Int16
}
