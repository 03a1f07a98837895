/// What shows when the terminal is smaller than `Layout.minimum`: the size needed, the size there
/// is, and how to leave; centred. On a very narrow terminal the lines are split so that the size
/// needed is never clipped away.
enum TooSmallView {
    static func draw(_ state: AppState, on screen: inout Screen) {
        let by = state.glyphs.by
        let minimum = Layout.minimum
        let need = "need \(minimum.width)\(by)\(minimum.height)"
        let headline = "terminal too small: \(need)"
        let narrow = TextWidth.columns(of: headline) > state.size.width
        let lines: [Span] = (narrow
            ? [Span("terminal too small:", .warning), Span(need, .warning)]
            : [Span(headline, .warning)]) + [
                Span("this one is \(state.size.width)\(by)\(state.size.height)", .normal),
                Span(narrow ? "q quits" : "enlarge it, or press q to quit", .dim),
            ]
        let top = max(0, (state.size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (state.size.width - TextWidth.columns(of: line.text)) / 2)
            screen.put(line.text, x: x, y: top + offset, style: Style(line.role))
        }
    }
}
