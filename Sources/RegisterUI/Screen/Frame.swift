/// Draws a box around a pane or overlay, with a title in its top edge and an optional note (a
/// scroll position) at the right of its bottom edge. The focused box has a double line (ASCII:
/// `#` and `=`), so focus shows without colour.
enum Frame {
    static func draw(_ rect: Rect, title: String, footer: String? = nil, focused: Bool, glyphs: Glyphs,
                     on screen: inout Screen) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let lines = focused ? glyphs.focusedFrame : glyphs.frame
        let border = Style(focused ? .focusedBorder : .border)
        let horizontal = String(repeating: lines.horizontal, count: rect.width - 2)
        screen.put(lines.topLeft + horizontal + lines.topRight, x: rect.x, y: rect.y, style: border)
        screen.put(lines.bottomLeft + horizontal + lines.bottomRight, x: rect.x, y: rect.maxY - 1, style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            screen.put(lines.vertical, x: rect.x, y: y, style: border)
            screen.put(lines.vertical, x: rect.maxX - 1, y: y, style: border)
        }
        let room = rect.width - 4
        if room > 2, !title.isEmpty {
            let text = " " + TextWidth.truncate(title, to: room - 2, ellipsis: glyphs.ellipsis) + " "
            screen.put(text, x: rect.x + 1, y: rect.y, style: Style(focused ? .focusedTitle : .title))
        }
        if let footer, room > 2 {
            let text = " " + TextWidth.truncate(footer, to: room - 2, ellipsis: glyphs.ellipsis) + " "
            screen.put(text, x: rect.maxX - 1 - TextWidth.columns(of: text), y: rect.maxY - 1, style: Style(.dim))
        }
    }
}
