/// What a cell shows, by meaning rather than by colour. The backend maps each role to a colour
/// pair and attributes when the terminal has colours, and to attributes alone when it does not.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    /// Body text.
    case normal
    /// Secondary text: column headings, empty heat-map cells, scroll positions.
    case dim
    /// The label of a "label: value" line.
    case label
    /// A section heading.
    case heading
    /// A sub-heading inside a section.
    case subheading
    /// The title of an unfocused pane.
    case title
    /// The title of the focused pane.
    case focusedTitle
    /// The frame of an unfocused pane.
    case border
    /// The frame of the focused pane or of an overlay.
    case focusedBorder
    /// The text cursor of an input line.
    case cursor
    /// The status line.
    case status
    /// The key names of the hint bar.
    case hintKey
    /// The descriptions of the hint bar.
    case hint
    /// Oddities of the source, load failures and other warnings.
    case warning
    /// Text that matches the search in force.
    case match
    /// A score band coloured green.
    case bandGreen
    /// A score band coloured yellow.
    case bandYellow
    /// A score band coloured amber.
    case bandAmber
    /// A score band coloured red.
    case bandRed
}
