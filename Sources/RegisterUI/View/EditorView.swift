import RiskRegister

/// The text editor: a framed box over the detail pane with the text word-wrapped, the cursor
/// shown by the terminal's cursor and a highlighted cell.
enum EditorView {
    /// The editor's box: the detail pane's lower part, at least 8 rows.
    static func title(_ target: DetailTarget) -> String {
        switch target {
        case .item(let list, _): "Edit " + list.itemName
        case .field(let field): field.title
        case .rating(let kind): EntryDetail.label(kind)
        case .form(let field): field.title
        case .link: DetailAdditions.linksHeading
        }
    }

    static func draw(_ editor: TextEditor, state: AppState, layout: Layout, on screen: inout Screen) {
        let glyphs = state.glyphs
        let frame = layout.editorBox
        let inner = frame.inset(by: 1)
        screen.fill(frame)
        screen.record(frame, .overlay)
        let characters = editor.characters
        let lines = editor.lines(width: inner.width)
        let (cursorLine, cursorColumn) = editor.cursorPosition(width: inner.width)
        let top = max(0, cursorLine - inner.height + 1)
        let changed = editor.isChanged ? glyphs.separator + "changed" : ""
        Frame.draw(frame, title: title(editor.target) + changed,
                   footer: "Enter keeps" + glyphs.separator + "Esc cancels", focused: true, glyphs: glyphs, on: &screen)
        for offset in 0..<inner.height {
            let number = top + offset
            guard lines.indices.contains(number) else { break }
            let text = String(characters[lines[number]].filter { $0 != "\n" })
            screen.put(text, x: inner.x, y: inner.y + offset, limit: inner.maxX)
        }
        let point = Point(x: min(inner.maxX - 1, inner.x + cursorColumn), y: inner.y + cursorLine - top)
        screen.highlight(Rect(x: point.x, y: point.y, width: 1, height: 1))
        screen.cursor = point
    }
}
