import RiskRegister

/// The summary risk profile (`P`, Appendix B of the Q4 2021/22 pack) over the panes: one row per
/// open entry with its id and description, current and target score (coloured by band, ▴ after a
/// risk outside appetite), target date, confidence per quarter as letters (G A R, coloured), the
/// printed direction of travel and the computed one since the predecessor; in the order chosen.
enum ProfileView {
    /// Fixed columns: pointer, id, current, its mark, target, date, confidence, printed and
    /// computed direction, each with a space after it but the last.
    private static let widths = (pointer: 2, id: 9, score: 3, mark: 1, date: 19, confidence: 7, printed: 10, computed: 1)

    static func draw(_ state: AppState, table: ProfileTable, layout: Layout, on screen: inout Screen) {
        guard let profile = state.summaryProfile, let register = state.register else { return }
        let glyphs = state.glyphs
        let frame = layout.profileBox
        let inner = frame.inset(by: 1)
        screen.fill(frame)
        screen.record(frame, .overlay)
        let origin = profile.isPrinted ? "as printed" : "computed"
        let keys = [CommandTable.hint(.openProfileEntry, in: .profile, "opens"), CommandTable.hint(.cycleSort, in: .profile, "sorts"),
                    CommandTable.hint(.closeOverlay, in: .profile, "closes")]
        Frame.draw(frame, title: (["Summary risk profile", register.period, origin, table.sort.label] + keys).joined(separator: glyphs.separator),
                   focused: true, glyphs: glyphs, on: &screen)
        let goal = profile.goalKind == .target ? "Tgt" : "Res"
        let header = cells(pointer: "", id: "ID", description: "Description", current: ("Cur", .dim), mark: "",
                           target: (goal, .dim), date: "Target date", confidence: [Span("Q1-Q4", .dim)],
                           printed: "Direction", computed: " ", width: inner.width, glyphs: glyphs, role: .dim)
        screen.put(header, x: inner.x, y: inner.y, limit: inner.maxX)
        let order = table.sort.order(profile.rows)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: rows(in: layout))
        TableView(rect: list, count: order.count, showing: table.selection).draw(on: &screen, row: { position in
            let row = profile.rows[order[position]]
            return cells(pointer: position == table.selection ? glyphs.selection : " ", id: row.id, description: row.description,
                         current: score(row.currentScore, kind: row.kind, scale: register.scale, glyphs: glyphs),
                         mark: row.outsideAppetite ? glyphs.appetite : "",
                         target: score(row.targetScore, kind: row.kind, scale: register.scale, glyphs: glyphs),
                         date: row.targetDate ?? glyphs.dash, confidence: confidence(row.confidence, glyphs: glyphs),
                         printed: row.printedDirection ?? glyphs.dash, computed: movement(row.movement, glyphs: glyphs),
                         width: list.width, glyphs: glyphs, role: .normal)
        }, target: { .profileRow($0) })
    }

    /// How many rows the box shows at once, below its header.
    static func rows(in layout: Layout) -> Int { max(1, layout.profileBox.inset(by: 1).height - 1) }

    /// A score right-aligned with its band letter ("16H") and its band's colour.
    private static func score(_ score: Int?, kind: EntryKind, scale: Scale, glyphs: Glyphs) -> (String, StyleRole) {
        (BandStyle.chip(for: score, scale: scale, glyphs: glyphs), BandStyle.role(for: score, scale: scale, kind: kind))
    }

    /// The four quarters' letters, each coloured: "G A R -".
    private static func confidence(_ confidence: Confidence, glyphs: Glyphs) -> [Span] {
        confidence.quarters.enumerated().flatMap { index, rag -> [Span] in
            let letter = Span(rag.map { String($0.rawValue.prefix(1)).uppercased() } ?? "-", rag.map(role) ?? .dim)
            return index == 0 ? [letter] : [Span(" "), letter]
        }
    }

    private static func role(_ rag: RAG) -> StyleRole {
        switch rag {
        case .green: .bandGreen
        case .amber: .bandAmber
        case .red: .bandRed
        }
    }

    /// The computed movement's glyph, or a space when there is no predecessor.
    private static func movement(_ movement: Movement?, glyphs: Glyphs) -> String {
        switch movement {
        case .up: glyphs.up
        case .down: glyphs.down
        case .level: glyphs.level
        case .new: "+"
        case .removed: "x"
        case nil: " "
        }
    }

    /// One row's spans, the description taking the room the fixed columns leave.
    private static func cells(pointer: String, id: String, description: String, current: (String, StyleRole), mark: String,
                              target: (String, StyleRole), date: String, confidence: [Span], printed: String, computed: String,
                              width: Int, glyphs: Glyphs, role: StyleRole) -> [Span] {
        let w = widths
        let fixed = w.pointer + w.id + 1 + 1 + w.score + w.mark + 1 + w.score + 1 + w.date + 1 + w.confidence + 1 + w.printed + 1 + w.computed
        let room = max(0, width - fixed)
        func pad(_ text: String, _ columns: Int) -> String { TextWidth.pad(text, to: columns, ellipsis: glyphs.ellipsis) }
        let confidenceColumns = Span.columns(of: confidence)
        return [Span(pad(pointer, w.pointer), .focusedTitle), Span(pad(id, w.id) + " ", role),
                Span(pad(description, room) + " ", role),
                Span(pad(current.0, w.score), current.1), Span(pad(mark, w.mark), .warning), Span(" "),
                Span(pad(target.0, w.score), target.1), Span(" "), Span(pad(date, w.date) + " ", role)]
            + confidence + [Span(String(repeating: " ", count: max(0, w.confidence - confidenceColumns)) + " "),
                            Span(pad(printed, w.printed) + " ", role), Span(computed, role)]
    }
}
