/// What a screen region shows, recorded by the view as it draws, so that a click or wheel turn
/// is understood from the frame the user saw: `update` never measures the layout again.
public enum HitTarget: Hashable, Sendable {
    /// A pane, anywhere in its frame.
    case pane(Pane)
    /// A cell of the heat map.
    case heatCell(likelihood: Int, impact: Int)
    /// An item of the heat map's score-only strip.
    case stripItem(Int)
    /// A row of the entry list: the entry's index in the register.
    case listRow(Int)
    /// A removed entry listed in compare mode: its position among the removed entries listed.
    case removedRow(Int)
    /// A box drawn over the panes (help, picker, search, editors), anywhere in it.
    case overlay
    /// A row of the register picker.
    case pickerRow(Int)
    /// An entry found by the search across every register.
    case foundEntry(Int)
    /// A row of the summary risk profile, by its position in the order shown.
    case profileRow(Int)
    /// A row of the roll-up's table of entries not escalated.
    case rollUpRow(Int)
}
