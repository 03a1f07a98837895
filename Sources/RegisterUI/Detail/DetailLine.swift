/// One paragraph of an entry's detail: a heading, a labelled value, a bullet or plain text.
public struct DetailLine: Equatable, Sendable {
    /// What the paragraph is, which decides how it is drawn.
    public enum Role: Equatable, Sendable {
        /// A section heading ("Controls").
        case section
        /// A sub-heading inside a list ("Capacity").
        case subheading
        /// A "label: value" line.
        case field
        /// A list item at an indent level.
        case bullet(level: Int)
        /// Running text.
        case text
        /// An oddity of the source.
        case note
    }

    /// How to draw it.
    public let role: Role
    /// The text (for `.field`, the whole "label: value").
    public let text: String
    /// True for a line drawn dim: read only, or pointing at nothing found (an identity, a link
    /// no register resolves).
    public let isDim: Bool

    /// Creates a line, dim with `dim`.
    public init(_ role: Role, _ text: String, dim: Bool = false) {
        self.role = role
        self.text = text
        self.isDim = dim
    }
}
