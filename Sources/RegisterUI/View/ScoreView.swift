import RiskRegister

/// The score editor: a box over the detail pane with the rating chosen, the likelihood and impact
/// pickers in the register's words, and the score and band they make.
enum ScoreView {
    static func draw(_ editor: ScoreEditor, state: AppState, layout: Layout, on screen: inout Screen) {
        guard let entry = state.selectedEntry, let register = state.register else { return }
        let glyphs = state.glyphs
        let scale = register.scale
        let frame = EditorView.box(layout: layout)
        let box = Rect(x: frame.x, y: max(layout.detail.y, frame.maxY - 12), width: frame.width, height: min(12, layout.detail.height))
        let inner = box.inset(by: 1)
        screen.fill(box)
        Frame.draw(box, title: "Score" + glyphs.separator + entry.id, footer: "Enter applies" + glyphs.separator + "Esc cancels",
                   focused: true, glyphs: glyphs, on: &screen)
        var rows: [[Span]] = []
        rows.append([Span("Rating: ", .label)] + RatingKind.allCases.enumerated().flatMap { number, kind -> [Span] in
            let text = "\(number + 1) \(kind.rawValue)"
            return kind == editor.kind ? [Span("[\(text)]", .focusedTitle), Span(" ")] : [Span(" \(text) ", .dim), Span(" ")]
        })
        rows.append([Span("Was: ", .label), Span(EntryDetail.describe(entry.rating(editor.kind), kind: entry.kind, scale: scale), .dim)])
        rows.append([])
        rows.append(picker("Likelihood", value: editor.likelihood, keys: "h/l",
                           label: { scale.likelihoodLabel($0) }, glyphs: glyphs))
        rows.append(picker("Impact", value: editor.impact, keys: "j/k",
                           label: { scale.impactLabel($0, for: entry.kind) }, glyphs: glyphs))
        rows.append([])
        let band = scale.band(for: editor.score)
        let role = BandStyle.role(for: editor.score, scale: scale, kind: entry.kind)
        rows.append([Span("Score: ", .label), Span("\(editor.likelihood) \(glyphs.times) \(editor.impact) = "),
                     Span("\(editor.score)\(band.map { " " + $0.name } ?? "")", role)])
        for (offset, row) in rows.enumerated() where offset < inner.height {
            screen.put(row, x: inner.x, y: inner.y + offset, limit: inner.maxX)
        }
    }

    /// "Likelihood ◂ 4 Likely ▸  (h/l)".
    private static func picker(_ name: String, value: Int, keys: String, label: (Int) -> String?, glyphs: Glyphs) -> [Span] {
        let left = value > 1 ? "<" : " "
        let right = value < 5 ? ">" : " "
        return [Span(name + ": ", .label), Span("\(left) \(value) \(label(value) ?? "")  \(right)", .focusedTitle),
                Span("  (\(keys))", .dim)]
    }
}
