/// Where everything goes for a terminal size: the heat map at the top left, the entry list below
/// it, the detail pane on the right, then the status line and the hint bar at the bottom.
///
/// ```
/// ┌ heat map ────┐┌ detail ───────────┐
/// │              ││                   │
/// └──────────────┘│                   │
/// ┌ entry list ──┐│                   │
/// │              ││                   │
/// └──────────────┘└───────────────────┘
///  status line
///  hint bar
/// ```
public struct Layout: Hashable, Sendable {
    /// The smallest terminal the panes fit: the heat map with room for its band letters and marks
    /// needs 44 columns and 11 rows, the detail pane at least 28 columns, the list at least four rows.
    public static let minimum = Size(width: 72, height: 20)

    /// The terminal's size.
    public let size: Size
    /// The heat map pane.
    public let heatMap: Rect
    /// The entry list pane.
    public let list: Rect
    /// The detail pane.
    public let detail: Rect
    /// The status line.
    public let status: Rect
    /// The hint bar.
    public let hints: Rect
    /// Rows of one heat-map grid row: 1 below 38 rows, then growing with the height (2 at 40
    /// rows, 4 at 60), the heat map taking under half of the rows above the status line.
    public let heatCellHeight: Int

    /// The layout of a size, or nil when the size is below `minimum`.
    public init?(size: Size) {
        guard size.width >= Self.minimum.width, size.height >= Self.minimum.height else { return nil }
        self.size = size
        let body = size.height - 2
        // Half the width and six columns for the heat map and the list, whose titles and owners
        // use what a wide terminal gives; the detail pane reads well in the other half.
        let left = max(44, min(size.width - 28, size.width / 2 + 6))
        heatCellHeight = max(1, min(4, (body * 9 / 20 - 6) / 5))
        let heatHeight = HeatMapGeometry.paneHeight(cellHeight: heatCellHeight)
        heatMap = Rect(x: 0, y: 0, width: left, height: heatHeight)
        list = Rect(x: 0, y: heatHeight, width: left, height: body - heatHeight)
        detail = Rect(x: left, y: 0, width: size.width - left, height: body)
        status = Rect(x: 0, y: body, width: size.width, height: 1)
        hints = Rect(x: 0, y: body + 1, width: size.width, height: 1)
    }

    /// The help overlay's box.
    var helpBox: Rect { centred(width: min(size.width - 4, 84), height: size.height - 4) }

    /// The register picker's box for a number of rows.
    /// The box of the text editor, the score editor and the merge question: the lower part of
    /// the detail pane.
    var editorBox: Rect {
        let height = max(8, min(detail.height, detail.height / 2 + 2))
        return Rect(x: detail.x, y: detail.y + detail.height - height, width: detail.width, height: height)
    }

    /// The box of the summary risk profile and of the roll-up: most of the screen, as wide as it is.
    var profileBox: Rect { centred(width: size.width - 4, height: size.height - 4) }

    /// The box of the search across every register: most of the screen.
    var allRegistersSearchBox: Rect { pickerBox(rows: max(0, size.height - 6)) }

    /// How many entries found the search across every register shows at once (below its input
    /// and summary lines).
    var allRegistersSearchRows: Int { max(1, allRegistersSearchBox.inset(by: 1).height - 2) }

    func pickerBox(rows: Int) -> Rect {
        centred(width: min(size.width - 4, 78), height: min(size.height - 4, rows + 2))
    }

    private func centred(width: Int, height: Int) -> Rect {
        Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
    }
}
