/// One column of one row of the screen.
///
/// A wide character (CJK, emoji) takes two cells: the character with width 2, then a
/// continuation cell with width 0 and an empty character, which the backend skips.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, free of control characters; empty in a continuation cell.
    public var character: String
    /// Columns the character takes: 1, 2 for a wide character, 0 for a continuation cell.
    public var width: Int
    /// How to draw it.
    public var style: Style

    /// Creates a cell.
    public init(_ character: String, width: Int = 1, style: Style = .normal) {
        self.character = character
        self.width = width
        self.style = style
    }

    /// A space in the normal style.
    public static let blank = Cell(" ")

    /// True for the second half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
