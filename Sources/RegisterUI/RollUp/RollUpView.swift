import RiskRegister

/// The roll-up (`U`) over the panes: every register of the open register's period together. At the
/// top left one 5×5 heat map counting the open entries of all of them by current rating (likelihood
/// across, impact up, band colours from the open register's scale), beside it how many each register
/// brings; below, the directorate risks at or above their register's escalation threshold that link
/// to no corporate entry, highest score first, the highlighted one opened with Enter.
///
/// ```
/// 2021/22 Q4 · 2 registers · 11 open entries
///          Rare Unli… Poss… Like… Certa…  Register          Level      Open
/// Catastr…  5  ·  10 ·  15 ·  20 ·  25 ·   lcc-2021-22-q4    corporate     8
/// Major     4  ·  8  ·  12 2  16 4  20 2   asc-2021-22-q4    directorate   3
/// …
/// ↑ impact likelihood→
/// Off the grid: none
///
/// Not escalated (1): at or above the threshold, linked to no corporate entry
///   Register        Id       Title                            Cur  Threshold
/// ▸ asc-2021-22-q4  ASC 2    Care market sufficiency          16H         16
/// ```
enum RollUpView {
    static func draw(_ state: AppState, table: RollUpTable, layout: Layout, on screen: inout Screen) {
        guard let rollUp = state.rollUp, let register = state.register else { return }
        let glyphs = state.glyphs
        let frame = layout.profileBox
        let geometry = RollUpGeometry(box: frame)
        let inner = geometry.inner
        screen.fill(frame)
        screen.record(frame, .overlay)
        let keys = [CommandTable.hint(.openRollUpEntry, in: .rollUp, "opens"), CommandTable.hint(.closeOverlay, in: .rollUp, "closes")]
        Frame.draw(frame, title: (["Roll-up", rollUp.period] + keys).joined(separator: glyphs.separator), focused: true,
                   glyphs: glyphs, on: &screen)
        screen.put(summary(rollUp, loading: state.rollUpRegistersLoading, glyphs: glyphs), x: inner.x, y: inner.y,
                   style: Style(.dim), limit: inner.maxX)
        drawGrid(rollUp, scale: register.scale, geometry: geometry, state: state, on: &screen)
        drawCounts(rollUp, in: geometry.counts, glyphs: glyphs, on: &screen)
        drawTable(rollUp, table: table, geometry: geometry, scale: register.scale, glyphs: glyphs, on: &screen)
    }

    /// How many rows of the table of entries not escalated the box shows at once.
    static func tableRows(in layout: Layout) -> Int { RollUpGeometry(box: layout.profileBox).table.height }

    /// "2021/22 Q4 · 2 registers · 10 open entries", and the registers still being read.
    private static func summary(_ rollUp: RollUp, loading: Int, glyphs: Glyphs) -> String {
        let registers = rollUp.registers.count
        let entries = rollUp.entries.count
        var parts = ["\(rollUp.period)", "\(registers) register\(registers == 1 ? "" : "s")",
                     "\(entries) open entr\(entries == 1 ? "y" : "ies")"]
        if loading > 0 { parts.append("loading \(loading) register\(loading == 1 ? "" : "s")\(glyphs.ellipsis)") }
        return parts.joined(separator: glyphs.separator)
    }

    private static func drawGrid(_ rollUp: RollUp, scale: Scale, geometry: RollUpGeometry, state: AppState,
                                 on screen: inout Screen) {
        let glyphs = state.glyphs
        let x = geometry.inner.x
        for likelihood in Scale.factorRange {
            let cell = geometry.cell(likelihood: likelihood, impact: 1)
            let room = likelihood == Scale.factorRange.upperBound ? geometry.cellWidth : geometry.cellWidth - 1
            let label = TextWidth.truncate(scale.likelihoodLabel(likelihood) ?? String(likelihood), to: room, ellipsis: glyphs.ellipsis)
            screen.put(HeatMapPane.centred(label, in: geometry.cellWidth), x: cell.x, y: geometry.headerY, style: Style(.dim))
        }
        for impact in Scale.factorRange {
            let label = TextWidth.truncate(scale.impactLabel(impact, for: .risk) ?? String(impact), to: geometry.labelWidth,
                                           ellipsis: glyphs.ellipsis)
            screen.put(label, x: x, y: geometry.cell(likelihood: 1, impact: impact).y, style: Style(.label))
            for likelihood in Scale.factorRange {
                let cell = geometry.cell(likelihood: likelihood, impact: impact)
                let score = Scale.score(likelihood: likelihood, impact: impact)
                let style = Style(BandStyle.role(for: score, scale: scale, kind: .risk))
                screen.fill(cell, style: style)
                let letter = state.capabilities.colours ? "" : BandStyle.letter(for: score, scale: scale)
                let count = rollUp.entries(likelihood: likelihood, impact: impact).count
                let text = cellText(score: String(score) + letter, count: count == 0 ? glyphs.emptyCell : String(count),
                                    width: geometry.cellWidth - 2)
                screen.put(" " + text + " ", x: cell.x, y: cell.y, style: style, limit: cell.maxX)
            }
        }
        screen.put(TextWidth.truncate("\(glyphs.upArrow) impact", to: geometry.labelWidth, ellipsis: glyphs.ellipsis), x: x,
                   y: geometry.axisY, style: Style(.dim))
        screen.put("likelihood\(glyphs.rightArrow)", x: geometry.gridX, y: geometry.axisY, style: Style(.dim))
        screen.put(offGrid(rollUp, glyphs: glyphs), x: x, y: geometry.axisY + 1, style: Style(.dim), limit: geometry.gridMaxX)
    }

    /// A cell's score at the left and its count at the right; the count alone where both do not fit.
    private static func cellText(score: String, count: String, width: Int) -> String {
        let room = width - TextWidth.columns(of: score) - TextWidth.columns(of: count)
        if room >= 1 { return score + String(repeating: " ", count: room) + count }
        return String(repeating: " ", count: max(0, width - TextWidth.columns(of: count))) + count
    }

    /// "Off the grid: 25 (2) · unrated (1)": the entries rated by a score alone, or not at all.
    private static func offGrid(_ rollUp: RollUp, glyphs: Glyphs) -> String {
        var scores: [(Int, Int)] = []
        var unrated = 0
        for (placement, entries) in rollUp.placements {
            switch placement {
            case .scoreOnly(let score): scores.append((score, entries.count))
            case .unrated: unrated = entries.count
            case .cell: break
            }
        }
        let parts = scores.sorted { $0.0 > $1.0 }.map { "\($0.0) (\($0.1))" } + (unrated > 0 ? ["unrated (\(unrated))"] : [])
        return "Off the grid: " + (parts.isEmpty ? "none" : parts.joined(separator: glyphs.separator))
    }

    /// Each register of the period: its stem, level and how many open entries it brings, as many
    /// as the rectangle's rows show below its column headings.
    private static func drawCounts(_ rollUp: RollUp, in rect: Rect, glyphs: Glyphs, on screen: inout Screen) {
        guard rect.width > 0, rect.height > 1 else { return }
        func row(_ stem: String, _ level: String, _ count: String, role: StyleRole) -> [Span] {
            TableView.fit([(stem, max(1, min(22, rect.width - 16)), role), (" " + level, 12, role)],
                          rest: (String(repeating: " ", count: max(0, 4 - TextWidth.columns(of: count))) + count, role),
                          width: rect.width, ellipsis: glyphs.ellipsis)
        }
        screen.put(row("Register", "Level", "Open", role: .dim), x: rect.x, y: rect.y, limit: rect.maxX)
        let rows = rect.height - 1
        let counts = rollUp.counts
        for (offset, count) in counts.prefix(rows).enumerated() {
            let level = rollUp.registers.first { $0.stem == count.stem }?.register.effectiveLevel.rawValue ?? ""
            let shown = offset == rows - 1 && counts.count > rows
                ? row("\(glyphs.ellipsis) and \(counts.count - rows + 1) more", "", "", role: .dim)
                : row(count.stem, level, String(count.count), role: .normal)
            screen.put(shown, x: rect.x, y: rect.y + 1 + offset, limit: rect.maxX)
        }
    }

    /// The entries not escalated: register, id, title, current score (in its band's colour) and
    /// the register's threshold; the highlighted one marked.
    private static func drawTable(_ rollUp: RollUp, table: RollUpTable, geometry: RollUpGeometry, scale: Scale, glyphs: Glyphs,
                                  on screen: inout Screen) {
        let inner = geometry.inner
        let count = rollUp.unescalated.count
        let headings = ["Not escalated (\(count)): directorate risks at or above their register's threshold, linked to no corporate entry",
                        "Not escalated (\(count)): at or above the threshold, linked to no corporate entry", "Not escalated (\(count))"]
        let heading = headings.first { TextWidth.columns(of: $0) <= inner.width } ?? headings[headings.count - 1]
        screen.put(heading, x: inner.x, y: geometry.headingY, style: Style(.heading), limit: inner.maxX)
        let stemWidth = inner.width >= 100 ? 22 : 16
        func cells(_ pointer: String, _ stem: String, _ id: String, _ title: String, _ score: (String, StyleRole),
                   _ threshold: String, role: StyleRole) -> [Span] {
            let fixed = 2 + stemWidth + 9 + 1 + 4 + 10
            let title = TextWidth.pad(title, to: max(0, inner.width - fixed), ellipsis: glyphs.ellipsis) + " "
            return [Span(TextWidth.pad(pointer, to: 2, ellipsis: glyphs.ellipsis), .focusedTitle),
                    Span(TextWidth.pad(stem, to: stemWidth, ellipsis: glyphs.ellipsis), role),
                    Span(TextWidth.pad(id, to: 9, ellipsis: glyphs.ellipsis), role), Span(title, role),
                    Span(TextWidth.pad(score.0, to: 4, ellipsis: glyphs.ellipsis), score.1),
                    Span(String(repeating: " ", count: max(0, 10 - TextWidth.columns(of: threshold))) + threshold, role)]
        }
        screen.put(cells("", "Register", "Id", "Title", ("Cur", .dim), "Threshold", role: .dim), x: inner.x,
                   y: geometry.headingY + 1, limit: inner.maxX)
        let list = geometry.table
        guard count > 0 else {
            let directorates = rollUp.registers.filter { $0.register.effectiveLevel == .directorate }.count
            let text = directorates == 0 ? "None: no directorate register in \(rollUp.period)"
                : "None: every such risk is linked to a corporate entry"
            screen.put(text, x: list.x + 2, y: list.y, style: Style(.dim), limit: list.maxX)
            return
        }
        TableView(rect: list, count: count, showing: table.selection).draw(on: &screen, row: { position in
            let row = rollUp.unescalated[position]
            let score = row.entry.current.effectiveScore
            let threshold = rollUp.registers.first { $0.stem == row.stem }?.register.escalationThreshold
                ?? Register.defaultEscalationThreshold
            return cells(position == table.selection ? glyphs.selection : " ", row.stem, row.entry.id, row.entry.title,
                         (BandStyle.chip(for: score, scale: scale, glyphs: glyphs), BandStyle.role(for: score, scale: scale, kind: .risk)),
                         String(threshold), role: .normal)
        }, target: { .rollUpRow($0) })
    }
}
