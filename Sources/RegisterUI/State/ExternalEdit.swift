/// An edit in $EDITOR under way: what its text will replace, and whether it was started from the
/// in-program editor (which then opens again when $EDITOR fails).
struct ExternalEdit: Equatable, Sendable {
    /// The field or item being edited, with the text handed to $EDITOR.
    let editor: TextEditor
    /// True when it started from the in-program editor (`Ctrl-E` in it), not from the detail pane.
    let fromEditor: Bool
}
