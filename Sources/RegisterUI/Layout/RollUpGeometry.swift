/// Where the parts of the roll-up go inside its box: a summary row; the heat map (a row of
/// likelihood labels, five grid rows from the highest impact down, each `cellHeight` rows and
/// labelled on the left, an axis row and a row for the entries off the grid) with the registers'
/// counts beside it; a blank row; the table's heading, its column headings and its rows.
struct RollUpGeometry: Hashable, Sendable {
    /// The inside of the box.
    let inner: Rect
    /// Columns of the impact labels: 13 ("Insignificant") from 100 columns, else 8.
    let labelWidth: Int
    /// Columns of one grid cell: 9 from 100 columns (room for "Unlikely"), else 6.
    let cellWidth: Int
    /// Rows of one grid cell: 2 where the box has 30 rows or more, else 1.
    let cellHeight: Int

    /// The geometry inside a box.
    init(box: Rect) {
        inner = box.inset(by: 1)
        labelWidth = inner.width >= 100 ? 13 : 8
        cellWidth = inner.width >= 100 ? 9 : 6
        cellHeight = inner.height >= 30 ? 2 : 1
    }

    /// The row of likelihood labels.
    var headerY: Int { inner.y + 1 }

    /// The first column of the grid.
    var gridX: Int { inner.x + labelWidth + 1 }

    /// The column after the grid.
    var gridMaxX: Int { gridX + 5 * cellWidth }

    /// The rectangle of a grid cell.
    func cell(likelihood: Int, impact: Int) -> Rect {
        Rect(x: gridX + (likelihood - 1) * cellWidth, y: headerY + 1 + (5 - impact) * cellHeight, width: cellWidth,
             height: cellHeight)
    }

    /// The row below the grid, for the axis names.
    var axisY: Int { headerY + 1 + 5 * cellHeight }

    /// The registers' counts, beside the grid, from the row of likelihood labels to the axis row.
    var counts: Rect { Rect(x: gridMaxX + 2, y: headerY, width: max(0, inner.maxX - gridMaxX - 2), height: axisY - headerY + 1) }

    /// The row of the table's heading.
    var headingY: Int { axisY + 3 }

    /// The table's rows, below its heading and column headings.
    var table: Rect { Rect(x: inner.x, y: headingY + 2, width: inner.width, height: max(1, inner.maxY - headingY - 2)) }
}
