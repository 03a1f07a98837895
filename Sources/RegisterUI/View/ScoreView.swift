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
        // The rating as it was, word-wrapped under its label.
        let was = EntryDetail.describe(entry.rating(editor.kind), kind: entry.kind, scale: scale)
        var wasRows = WordWrap.lines("Was: " + was, width: inner.width).enumerated().map { index, line -> [Span] in
            index == 0 && line.hasPrefix("Was: ") ? [Span("Was: ", .label), Span(String(line.dropFirst(5)), .dim)] : [Span(line, .dim)]
        }
        let pickers = [
            picker("Likelihood", value: editor.likelihood, keys: "h/l", label: { scale.likelihoodLabel($0) }, glyphs: glyphs,
                   width: inner.width),
            picker("Impact", value: editor.impact, keys: "j/k", label: { scale.impactLabel($0, for: entry.kind) }, glyphs: glyphs,
                   width: inner.width),
        ]
        let band = scale.band(for: editor.score)
        let role = BandStyle.role(for: editor.score, scale: scale, kind: entry.kind)
        let score: [Span] = [Span("Score: ", .label), Span("\(editor.likelihood) \(glyphs.times) \(editor.impact) = "),
                             Span("\(editor.score)\(band.map { " " + $0.name } ?? "")", role)]
        // In a short box the blank lines go first, then the end of "Was", so that the pickers and
        // the score always show.
        let essential = 1 + pickers.count + 1
        let blank: [[Span]] = essential + wasRows.count + 2 <= inner.height ? [[]] : []
        wasRows = Array(wasRows.prefix(max(1, inner.height - essential - 2 * blank.count)))
        let rows = [ratingRow(editor, width: inner.width)] + wasRows + blank + pickers + blank + [score]
        for (offset, row) in rows.enumerated() where offset < inner.height {
            screen.put(row, x: inner.x, y: inner.y + offset, limit: inner.maxX)
        }
    }

    /// "Rating:  1 current  [2 target]  3 residual"; where that does not fit, without the label and
    /// the extra spaces (" 1 current [2 target] 3 residual"); where that does not fit either, the
    /// chosen rating alone ("[2 target]  Tab next").
    private static func ratingRow(_ editor: ScoreEditor, width: Int) -> [Span] {
        func choices(spacing: String) -> [Span] {
            RatingKind.allCases.enumerated().flatMap { number, kind -> [Span] in
                let text = "\(number + 1) \(kind.rawValue)"
                return kind == editor.kind ? [Span("[\(text)]", .focusedTitle), Span(spacing)]
                    : [Span(" \(text) ", .dim), Span(spacing)]
            }
        }
        let number = (RatingKind.allCases.firstIndex(of: editor.kind) ?? 0) + 1
        let forms = [
            [Span("Rating: ", .label)] + choices(spacing: " "),
            choices(spacing: ""),
            [Span("[\(number) \(editor.kind.rawValue)]", .focusedTitle), Span("  Tab next", .dim)],
        ]
        return forms.first { Span.columns(of: $0) <= width } ?? forms.last ?? []
    }

    /// "Likelihood: < 4 Likely  >  (h/l)", without the keys where they do not fit.
    private static func picker(_ name: String, value: Int, keys: String, label: (Int) -> String?, glyphs: Glyphs,
                               width: Int) -> [Span] {
        let left = value > 1 ? "<" : " "
        let right = value < 5 ? ">" : " "
        let spans = [Span(name + ": ", .label), Span("\(left) \(value) \(label(value) ?? "")  \(right)", .focusedTitle)]
        let withKeys = spans + [Span("  (\(keys))", .dim)]
        return Span.columns(of: withKeys) <= width ? withKeys : spans
    }
}
