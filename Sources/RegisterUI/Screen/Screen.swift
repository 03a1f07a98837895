/// A frame to show: a grid of cells, each a character, its width in columns and its style.
///
/// `view` draws into a screen; the backend writes the cells that changed since the last frame.
/// Writing text measures it in columns, clips it at the given right edge and the screen's edge,
/// never wraps, and replaces control characters with a placeholder, so data can never move the
/// terminal's cursor. On a screen made without Unicode every cell holds ASCII.
public struct Screen: Hashable, Sendable {
    /// Columns and rows.
    public let size: Size
    /// Whether cells may hold characters outside ASCII.
    public let unicode: Bool
    /// Where the backend should show the terminal's cursor (an input line), or nil to hide it.
    public var cursor: Point?
    private var cells: [Cell]
    /// What each region shows, in drawing order (a region drawn later lies on top).
    public private(set) var regions: [HitRegion] = []

    /// A blank screen.
    public init(size: Size, unicode: Bool = true) {
        self.size = size
        self.unicode = unicode
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// The cell at a column and row, both inside the screen.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(bounds.contains(x: x, y: y), "cell \(x),\(y) outside a \(size.width)×\(size.height) screen")
        return cells[y * size.width + x]
    }

    /// The cells of one row, left to right.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[y * size.width..<(y + 1) * size.width]
    }

    /// Records what a region shows, on top of what was recorded before.
    public mutating func record(_ rect: Rect, _ target: HitTarget) {
        regions.append(HitRegion(rect: rect, target: target))
    }

    /// What the screen shows at a cell: the target of the topmost region holding it.
    public func target(atX x: Int, y: Int) -> HitTarget? {
        regions.last { $0.rect.contains(x: x, y: y) }?.target
    }

    /// An event with its mouse position resolved against this frame (`MouseEvent.target`).
    public func resolving(_ event: Event) -> Event {
        guard case .mouse(var mouse) = event else { return event }
        mouse.target = target(atX: mouse.x, y: mouse.y)
        return .mouse(mouse)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The screen as plain text: one line per row, each as wide as the screen, and a final newline.
    public func text() -> String {
        (0..<size.height).map { y in row(y).map(\.character).joined() + "\n" }.joined()
    }

    /// Writes text from column `x` of row `y`, stopping before column `limit` (default: the
    /// screen's edge) and returning the columns written. A wide character that would straddle the
    /// limit is replaced by a space.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        let right = min(limit ?? size.width, size.width)
        guard (0..<size.height).contains(y), x >= 0 else { return 0 }
        var column = x
        for character in text {
            var parts = DisplayText.columns(for: character, unicode: unicode)
            if parts.count == 1, column > 0, column < right, joinsCell(before: column, y: y, with: parts[0]) {
                // A spacing mark or a lone regional indicator would join the character in the cell
                // before it: shown on a dotted circle, or as a placeholder, so each cell stays one
                // character of its own width.
                let replacement = DisplayText.standalone(parts[0], unicode: unicode)
                let columns = TextWidth.columns(of: character)
                parts = columns == 2 && TextWidth.columns(of: replacement) == 1 ? [replacement, replacement] : [replacement]
            }
            let wide = unicode && parts.count == 1 && TextWidth.columns(of: parts[0]) == 2
            let needed = wide ? 2 : parts.count
            guard column + needed <= right else {
                if column < right { place(" ", width: 1, x: column, y: y, style: style) }
                return (column < right ? column + 1 : column) - x
            }
            if wide {
                place(parts[0], width: 2, x: column, y: y, style: style)
            } else {
                for (offset, part) in parts.enumerated() {
                    place(part, width: 1, x: column + offset, y: y, style: style)
                }
            }
            column += needed
        }
        return column - x
    }

    /// True when `character` would join the character of the cell before column `x` into one
    /// grapheme cluster.
    private func joinsCell(before x: Int, y: Int, with character: String) -> Bool {
        var index = y * size.width + x - 1
        if cells[index].isContinuation, x > 1 { index -= 1 }
        let previous = cells[index].character
        return !previous.isEmpty && (previous + character).count == 1
    }

    /// Clears a rectangle to spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                place(" ", width: 1, x: x, y: y, style: style)
            }
        }
    }

    /// Gives every cell of a rectangle a role, keeping its text and its highlight.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                cells[y * size.width + x].style.role = role
            }
        }
    }

    /// Marks every cell of a rectangle as part of the focused selection, keeping its role.
    public mutating func highlight(_ rect: Rect) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                cells[y * size.width + x].style.isHighlighted = true
            }
        }
    }

    /// Puts one character, breaking any wide character it partly covers into spaces so that no
    /// half of a wide character is left behind.
    private mutating func place(_ character: String, width: Int, x: Int, y: Int, style: Style) {
        let covered = x..<(x + width)
        for column in covered {
            let index = y * size.width + column
            if cells[index].isContinuation, column - 1 >= 0, !covered.contains(column - 1) {
                cells[index - 1] = Cell(" ", style: cells[index - 1].style)
            }
            if cells[index].width == 2, column + 1 < size.width, !covered.contains(column + 1) {
                cells[index + 1] = Cell(" ", style: cells[index + 1].style)
            }
        }
        let index = y * size.width + x
        cells[index] = Cell(character, width: width, style: style)
        if width == 2 { cells[index + 1] = Cell("", width: 0, style: style) }
    }
}
