import RiskRegister

/// The heat map pane: the register's 5×5 grid laid out like the council's Key to Scores (impact
/// from the top row down, likelihood from left to right), each cell with its count and band
/// colour, the cursor in brackets, the selected entry's marks, and the score-only strip. Where
/// the register states an appetite, the appetite line: each cell whose score is above the default
/// limit has ▴ after its score (not on a map of opportunities, to which appetite does not apply).
enum HeatMapPane {
    static func draw(_ state: AppState, register: Register, layout: Layout, on screen: inout Screen) {
        guard let model = state.heatModel else { return }
        let glyphs = state.glyphs
        let focused = state.focus == .heatMap
        screen.record(layout.heatMap, .pane(.heatMap))
        let search = state.searchText.isEmpty ? [] : ["\"\(state.searchText)\""]
        let appetite = register.appetite.map { ["appetite " + $0.defaultLimit.label] } ?? []
        let title = (["Heat map", state.rating.rawValue, state.kind.rawValue] + appetite + search).joined(separator: glyphs.separator)
        Frame.draw(layout.heatMap, title: title, focused: focused, glyphs: glyphs, on: &screen)
        let geometry = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        var marks = state.compareMarks ?? HeatMarks(entry: state.selectedEntry)
        var preview: Placement?
        if case .score(let editor) = state.overlay, let entry = state.selectedEntry {
            // Where Enter leaves the entry: the marks of the result, and the new cell bracketed.
            let result = editor.result(for: entry)
            marks = HeatMarks(entry: result)
            preview = Placement(result.rating(editor.kind))
        }
        drawHeader(register.scale, geometry: geometry, glyphs: glyphs, on: &screen)
        for impact in Scale.factorRange {
            let label = register.scale.impactLabel(impact, for: model.colourKind) ?? String(impact)
            screen.put(TextWidth.truncate(label, to: geometry.labelWidth, ellipsis: glyphs.ellipsis),
                       x: geometry.inner.x, y: geometry.cell(likelihood: 1, impact: impact).y, style: Style(.label))
            for likelihood in Scale.factorRange {
                drawCell(likelihood: likelihood, impact: impact, state: state, model: model, scale: register.scale,
                         marks: marks, geometry: geometry, focused: focused, preview: preview, on: &screen)
            }
        }
        drawAxis(marks: marks, anomaly: model.hasAnomalousCell, geometry: geometry, glyphs: glyphs, on: &screen)
        drawStrip(state: state, model: model, scale: register.scale, marks: marks, geometry: geometry,
                  focused: focused, on: &screen)
    }

    /// The labels of the strip's items, a score and how many entries have it in brackets
    /// ("25 (6)": never `25×6`, which would read as likelihood × impact); without colours each
    /// score carries its band letter.
    static func stripLabels(_ model: HeatMapModel, scale: Scale, state: AppState) -> [String] {
        model.strip.map { item in
            switch item.placement {
            case .scoreOnly(let score):
                let letter = state.capabilities.colours ? "" : BandStyle.letter(for: score, scale: scale)
                return "\(score)\(letter) (\(item.count))"
            default:
                return "unrated (\(item.count))"
            }
        }
    }

    private static func drawHeader(_ scale: Scale, geometry: HeatMapGeometry, glyphs: Glyphs, on screen: inout Screen) {
        for likelihood in Scale.factorRange {
            let cell = geometry.cell(likelihood: likelihood, impact: 1)
            // A space between labels; the last has no neighbour on its right.
            let room = likelihood == Scale.factorRange.upperBound ? geometry.cellWidth : geometry.cellWidth - 1
            let label = TextWidth.truncate(scale.likelihoodLabel(likelihood) ?? String(likelihood),
                                           to: room, ellipsis: glyphs.ellipsis)
            screen.put(centred(label, in: geometry.cellWidth), x: cell.x, y: geometry.headerY, style: Style(.dim))
        }
    }

    private static func drawCell(likelihood: Int, impact: Int, state: AppState, model: HeatMapModel, scale: Scale,
                                 marks: HeatMarks, geometry: HeatMapGeometry, focused: Bool, preview: Placement?,
                                 on screen: inout Screen) {
        let glyphs = state.glyphs
        let rect = geometry.cell(likelihood: likelihood, impact: impact)
        screen.record(rect, .heatCell(likelihood: likelihood, impact: impact))
        let score = Scale.score(likelihood: likelihood, impact: impact)
        let style = Style(BandStyle.role(for: score, scale: scale, kind: model.colourKind))
        screen.fill(rect, style: style)
        let placement = Placement.cell(likelihood: likelihood, impact: impact)
        let letter = state.capabilities.colours ? "" : BandStyle.letter(for: score, scale: scale)
        let parts = HeatCellText.Parts(
            score: String(score) + letter + (isAboveAppetite(score, state: state, model: model) ? glyphs.appetite : ""),
            anomaly: model.isAnomalous(likelihood: likelihood, impact: impact) ? glyphs.anomaly : "",
            ids: model.ids(likelihood: likelihood, impact: impact), empty: glyphs.emptyCell,
            mark: marks.mark(at: placement, glyphs: glyphs),
            change: CountChange.text(state.heatChange(likelihood: likelihood, impact: impact)))
        let rows = HeatCellText.rows(parts, width: geometry.cellWidth - 2, height: geometry.cellHeight)
        let isCursor = preview.map { $0 == placement }
            ?? (state.cursor.stripIndex == nil && state.cursor.likelihood == likelihood && state.cursor.impact == impact)
        for (offset, row) in rows.enumerated() where offset < rect.height {
            let text = offset > 0 ? " " + row : (isCursor ? "[" : " ") + row + (isCursor ? "]" : " ")
            screen.put(text, x: rect.x, y: rect.y + offset, style: style, limit: rect.maxX)
        }
        if isCursor && focused { screen.highlight(rect) }
    }

    /// True when a cell's score is above the register's default appetite limit on a map that
    /// shows risks.
    static func isAboveAppetite(_ score: Int, state: AppState, model: HeatMapModel) -> Bool {
        guard model.colourKind == .risk, let limit = state.register?.appetite?.defaultLimit.maximumScore else { return false }
        return score > limit
    }

    private static func drawAxis(marks: HeatMarks, anomaly: Bool, geometry: HeatMapGeometry, glyphs: Glyphs,
                                 on screen: inout Screen) {
        let y = geometry.axisY
        screen.put(TextWidth.truncate("\(glyphs.upArrow) impact", to: geometry.labelWidth, ellipsis: glyphs.ellipsis),
                   x: geometry.inner.x, y: y, style: Style(.dim))
        let axisEnd = geometry.gridX + screen.put("likelihood\(glyphs.rightArrow)", x: geometry.gridX, y: y,
                                                  style: Style(.dim), limit: geometry.inner.maxX)
        if let legend = marks.legend(glyphs: glyphs, width: geometry.inner.maxX - axisEnd - 1, anomaly: anomaly) {
            screen.put(legend, x: geometry.inner.maxX - TextWidth.columns(of: legend), y: y, style: Style(.dim))
        }
    }

    private static func drawStrip(state: AppState, model: HeatMapModel, scale: Scale, marks: HeatMarks,
                                  geometry: HeatMapGeometry, focused: Bool, on screen: inout Screen) {
        let glyphs = state.glyphs
        let area = geometry.stripArea
        let captionEnd = area.x + screen.put(HeatMapGeometry.stripCaption, x: area.x, y: area.y, style: Style(.dim))
        guard !model.strip.isEmpty else {
            screen.put(" none", x: captionEnd, y: area.y, style: Style(.dim), limit: area.maxX)
            return
        }
        let labels = stripLabels(model, scale: scale, state: state)
        let rects = geometry.stripRects(widths: labels.map { TextWidth.columns(of: $0) })
        for (index, item) in model.strip.enumerated() {
            guard let rect = rects[index] else { continue }
            screen.record(rect, .stripItem(index))
            let role: StyleRole
            if case .scoreOnly(let score) = item.placement {
                role = BandStyle.role(for: score, scale: scale, kind: model.colourKind)
            } else {
                role = .dim
            }
            let isCursor = state.cursor.stripIndex == index
            let text = (isCursor ? "[" : " ") + labels[index] + marks.mark(at: item.placement, glyphs: glyphs)
                + (isCursor ? "]" : " ")
            screen.put(text, x: rect.x, y: rect.y, style: Style(role), limit: rect.maxX)
            if isCursor && focused { screen.highlight(rect) }
        }
    }

    /// Text centred in a width (the extra space on the right), truncated if wider.
    static func centred(_ text: String, in width: Int) -> String {
        let room = width - TextWidth.columns(of: text)
        guard room > 0 else { return TextWidth.prefix(of: text, fitting: width) }
        return String(repeating: " ", count: room / 2) + text + String(repeating: " ", count: room - room / 2)
    }
}
