/// One of the three panes of the browser.
public enum Pane: String, CaseIterable, Hashable, Sendable {
    /// The 5×5 heat map with its score-only strip.
    case heatMap
    /// The list of entries.
    case list
    /// Everything about the selected entry.
    case detail

    /// The pane's own keys.
    var context: CommandContext {
        switch self {
        case .heatMap: .heatMap
        case .list: .list
        case .detail: .detail
        }
    }

    /// The next pane, as Tab goes: heat map, list, detail, heat map.
    var next: Pane {
        switch self {
        case .heatMap: .list
        case .list: .detail
        case .detail: .heatMap
        }
    }

    /// The previous pane, as Shift-Tab goes.
    var previous: Pane {
        switch self {
        case .heatMap: .detail
        case .list: .heatMap
        case .detail: .list
        }
    }
}
