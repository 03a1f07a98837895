/// The characters the interface draws with: box drawing, arrows and marks in Unicode, and ASCII
/// stand-ins of the same width for terminals without it.
struct Glyphs: Sendable {
    /// The frame of an unfocused pane.
    let frame: FrameGlyphs
    /// The frame of the focused pane and of overlays.
    let focusedFrame: FrameGlyphs
    /// Marks the selected row of a list.
    let selection: String
    /// A top-level bullet.
    let bullet: String
    /// A sub-bullet.
    let subBullet: String
    /// Ends a truncated text.
    let ellipsis: String
    /// Separates parts of a title or status line.
    let separator: String
    /// "score × count" in the score-only strip.
    let times: String
    /// An empty heat-map cell.
    let emptyCell: String
    /// The selected entry's current position on the heat map.
    let currentMark: String
    /// The selected entry's target (or residual) position.
    let targetMark: String
    /// Both positions in one cell.
    let bothMark: String
    /// Direction of travel up.
    let up: String
    /// Direction of travel down.
    let down: String
    /// Direction of travel level.
    let level: String
    /// The likelihood axis of the heat map.
    let rightArrow: String
    /// The impact axis of the heat map.
    let upArrow: String
    /// A missing value.
    let dash: String
    /// A range of numbers ("1–4").
    let rangeDash: String
    /// A dimension ("72×20").
    let by: String
    /// Marks a file that could not be loaded.
    let failure: String
    /// Marks a printed anomaly: a printed score that is not likelihood × impact.
    let anomaly: String
    /// Marks an entry reviewed this quarter (in a review).
    let reviewed: String
    /// Marks a heat-map cell above the appetite and a risk outside it in the list.
    let appetite: String

    /// Unicode glyphs.
    static let unicode = Glyphs(
        frame: FrameGlyphs(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│"),
        focusedFrame: FrameGlyphs(topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝", horizontal: "═", vertical: "║"),
        selection: "▸", bullet: "•", subBullet: "◦", ellipsis: "…", separator: " · ", times: "×", emptyCell: "·",
        currentMark: "●", targetMark: "○", bothMark: "◉", up: "↑", down: "↓", level: "→", rightArrow: "→", upArrow: "↑",
        dash: "—", rangeDash: "–", by: "×", failure: "✗", anomaly: EntryDetail.anomalyMark, reviewed: "✓", appetite: "▴"
    )

    /// ASCII glyphs, each as wide as its Unicode counterpart.
    static let ascii = Glyphs(
        frame: FrameGlyphs(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|"),
        focusedFrame: FrameGlyphs(topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#", horizontal: "=", vertical: "#"),
        selection: ">", bullet: "*", subBullet: "-", ellipsis: "~", separator: " | ", times: "x", emptyCell: ".",
        currentMark: "*", targetMark: "o", bothMark: "@", up: "^", down: "v", level: "=", rightArrow: ">", upArrow: "^",
        dash: "-", rangeDash: "-", by: "x", failure: "X", anomaly: "!", reviewed: "+", appetite: "^"
    )

    /// The glyphs for a terminal.
    static func of(_ capabilities: TerminalCapabilities) -> Glyphs {
        capabilities.unicode ? .unicode : .ascii
    }
}
