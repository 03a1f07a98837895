/// A run of text in one role: panes build their lines from spans.
struct Span: Hashable, Sendable {
    /// The text.
    var text: String
    /// Its role.
    var role: StyleRole

    /// Creates a span.
    init(_ text: String, _ role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }

    /// The columns the spans take together.
    static func columns(of spans: [Span]) -> Int {
        spans.reduce(0) { $0 + TextWidth.columns(of: $1.text) }
    }
}
