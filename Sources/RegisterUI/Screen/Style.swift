/// How a cell is drawn: a semantic role, and whether it is part of the highlighted selection of
/// the focused pane or overlay (the cursor cell of the heat map, the selected list row). The
/// backend draws a highlighted cell in reverse video, or the terminal's nearest equivalent.
public struct Style: Hashable, Sendable {
    /// What the cell shows.
    public var role: StyleRole
    /// True for the focused selection.
    public var isHighlighted: Bool

    /// Creates a style.
    public init(_ role: StyleRole = .normal, highlighted: Bool = false) {
        self.role = role
        self.isHighlighted = highlighted
    }

    /// Body text, not highlighted.
    public static let normal = Style()
}
