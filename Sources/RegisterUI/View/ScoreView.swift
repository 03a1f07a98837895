import RiskRegister

/// The score editor: a box over the detail pane with the rating chosen, the likelihood and impact
/// pickers in the register's words, and the score and band they make.
enum ScoreView {
    static func draw(_ editor: ScoreEditor, state: AppState, layout: Layout, on screen: inout Screen) {
        guard let entry = state.selectedEntry, let register = state.register else { return }
        let glyphs = state.glyphs
        let scale = register.scale
        let frame = layout.editorBox
        let box = Rect(x: frame.x, y: max(layout.detail.y, frame.maxY - 12), width: frame.width, height: min(12, layout.detail.height))
        let inner = box.inset(by: 1)
        screen.fill(box)
        screen.record(box, .overlay)
        let footer = CommandTable.hint(.score(.apply), in: .score, "applies") + glyphs.separator
            + CommandTable.hint(.score(.cancel), in: .score, "cancels")
        Frame.draw(box, title: "Score" + glyphs.separator + entry.id, footer: footer,
                   focused: true, glyphs: glyphs, on: &screen)
        // The rating as it was, word-wrapped under its label; a printed anomaly is told by its own row.
        let rating = entry.rating(editor.kind)
        let was = EntryDetail.describe(rating, kind: entry.kind, scale: scale, anomalyMark: nil)
        var wasRows = WordWrap.lines("Was: " + was, width: inner.width).enumerated().map { index, line -> [Span] in
            index == 0 && line.hasPrefix("Was: ") ? [Span("Was: ", .label), Span(String(line.dropFirst(5)), .dim)] : [Span(line, .dim)]
        }
        let pickers = [
            picker("Likelihood", value: editor.likelihood, keys: "h/l", label: { scale.likelihoodLabel($0) }, glyphs: glyphs,
                   width: inner.width),
            picker("Impact", value: editor.impact, keys: "j/k", label: { scale.impactLabel($0, for: entry.kind) }, glyphs: glyphs,
                   width: inner.width),
        ]
        let score = scoreRow(editor, rating: rating, kind: entry.kind, scale: scale, glyphs: glyphs, width: inner.width)
        let printed = printedRow(rating, kind: entry.kind, scale: scale, glyphs: glyphs, width: inner.width)
        // In a short box the blank lines go first, then the end of "Was", so that the pickers, the
        // score and a printed anomaly always show.
        let essential = 1 + printed.count + pickers.count + 1
        let blank: [[Span]] = essential + wasRows.count + 2 <= inner.height ? [[]] : []
        wasRows = Array(wasRows.prefix(max(1, inner.height - essential - 2 * blank.count)))
        let rows = [ratingRow(editor, width: inner.width)] + printed + wasRows + blank + pickers + blank + [score]
        for (offset, row) in rows.enumerated() where offset < inner.height {
            screen.put(row, x: inner.x, y: inner.y + offset, limit: inner.maxX)
        }
    }

    /// "Score: 4 × 2 = 8 Medium": what Enter writes. While nothing was changed and the printed
    /// score is not the product (a printed anomaly, or a score printed without factors), Enter
    /// keeps it, and the row says so: "Score: 20 Very high kept · = for 3 × 2 = 6".
    private static func scoreRow(_ editor: ScoreEditor, rating: Rating, kind: EntryKind, scale: Scale, glyphs: Glyphs,
                                 width: Int) -> [Span] {
        func named(_ score: Int) -> String { "\(score)" + (scale.band(for: score).map { " " + $0.name } ?? "") }
        let factors = "\(editor.likelihood) \(glyphs.times) \(editor.impact) = "
        let kept = rating.effectiveScore
        guard !editor.isChanged, kept != editor.score else {
            return [Span("Score: ", .label), Span(factors),
                    Span(named(editor.score), BandStyle.role(for: editor.score, scale: scale, kind: kind))]
        }
        let product = factors + "\(editor.score)"
        let label = Span("Score: ", .label)
        let score = Span(kept.map(named) ?? "none", BandStyle.role(for: kept, scale: scale, kind: kind))
        let verb = Span(kept == nil ? "" : " kept")
        let key = CommandTable.keyName(for: .score(.rescore)) ?? "="
        let forms = [
            [label, score, verb, Span(glyphs.separator + "\(key) for " + product, .dim)],
            [label, score, verb, Span(" (\(key) for \(editor.score))", .dim)],
            [label, score, verb],
            [label, score],
        ]
        return forms.first { Span.columns(of: $0) <= width } ?? forms.last ?? []
    }

    /// "≠ Printed: 20 Very high, not 3 × 2 = 6" for a printed anomaly (shorter where that does not
    /// fit); no row otherwise.
    private static func printedRow(_ rating: Rating, kind: EntryKind, scale: Scale, glyphs: Glyphs, width: Int) -> [[Span]] {
        guard rating.isAnomalous, let score = rating.score, let likelihood = rating.likelihood, let impact = rating.impact
        else { return [] }
        let head = [Span(glyphs.anomaly, .warning), Span(" Printed: ", .label)]
        let band = scale.band(for: score).map { " " + $0.name } ?? ""
        let role = BandStyle.role(for: score, scale: scale, kind: kind)
        let factors = ", not \(likelihood) \(glyphs.times) \(impact)"
        let forms = [
            head + [Span("\(score)\(band)", role), Span(factors + " = \(likelihood * impact)")],
            head + [Span("\(score)\(band)", role), Span(factors)],
            head + [Span("\(score)", role), Span(factors)],
        ]
        return [forms.first { Span.columns(of: $0) <= width } ?? forms.last ?? []]
    }

    /// "Rating:  1 current  [2 target]  3 residual"; where that does not fit, without the label and
    /// the extra spaces (" 1 current [2 target] 3 residual"); where that does not fit either, the
    /// chosen rating alone ("[2 target]  Tab next").
    private static func ratingRow(_ editor: ScoreEditor, width: Int) -> [Span] {
        // Nothing follows the last choice, so that " 1 current [2 target] 3 residual" fits 32 columns.
        func choices(spacing: String) -> [Span] {
            let spans = RatingKind.allCases.enumerated().flatMap { number, kind -> [Span] in
                let text = "\(number + 1) \(kind.rawValue)"
                let last = number == RatingKind.allCases.count - 1
                return kind == editor.kind ? [Span("[\(text)]", .focusedTitle), Span(spacing)]
                    : [Span(" \(text)" + (last ? "" : " "), .dim), Span(spacing)]
            }
            return Array(spans.filter { !$0.text.isEmpty }.dropLast(spacing.isEmpty ? 0 : 1))
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
