/// Help that is not a key binding: the mouse, and what the heat map's marks mean.
enum HelpText {
    /// Mouse gestures and what they do.
    static let mouse: [(gesture: String, help: String)] = [
        ("click", "Focus the pane under the pointer; select a heat-map cell (click it again to filter the list by it), a score-only group, a list row or a register in the picker."),
        ("wheel", "Move the list selection, scroll the detail pane or the help, or move the picker's highlight, three lines at a time."),
    ]
}
