import RiskRegister

/// The status line: the register's title and period, its file, the filters in force, the
/// unsaved-changes marker and any message; or, while searching, the search prompt.
enum StatusLine {
    /// Marks a register with unsaved changes.
    static let unsavedMarker = "[modified]"

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, style: Style(.status))
        if state.isSearching && state.overlay == nil {
            let end = rect.x + screen.put(" Search: " + state.searchText, x: rect.x, y: rect.y, style: Style(.status),
                                          limit: rect.maxX - 1)
            screen.put(" ", x: end, y: rect.y, style: Style(.cursor), limit: rect.maxX)
            screen.cursor = Point(x: end, y: rect.y)
            return
        }
        if state.mergeSession != nil || state.overlay == .conflict || { if case .prompt = state.overlay { true } else { false } }() {
            // The longest form that fits, so that the answers at its end stay visible.
            let texts: [String]
            if case .prompt(let prompt) = state.overlay {
                texts = state.promptTexts(prompt)
            } else if state.overlay == .conflict {
                texts = state.conflictQuestionTexts()
            } else {
                texts = state.mergeQuestionTexts()
            }
            let text = texts.first { TextWidth.columns(of: $0) + 2 <= rect.width } ?? texts.last ?? ""
            let end = rect.x + screen.put(" " + text, x: rect.x, y: rect.y, style: Style(.warning), limit: rect.maxX - 1)
            screen.cursor = Point(x: min(end, rect.maxX - 1), y: rect.y)
            return
        }
        let spans = fitted(segments(state), width: rect.width - 1, glyphs: state.glyphs)
        screen.put(spans, x: rect.x + 1, y: rect.y, limit: rect.maxX)
    }

    /// The parts of the line, each with how readily it is dropped when the line is too long
    /// (higher goes first).
    private static func segments(_ state: AppState) -> [(span: Span, priority: Int)] {
        var segments: [(Span, Int)] = []
        if let loaded = state.loaded {
            let register = loaded.register
            segments.append((Span(register.title, .status), 2))
            segments.append((Span(register.period, .status), 0))
            segments.append((Span(loaded.fileName, .status), 1))
        }
        if let git = state.gitStatus {
            segments.append((Span(git.text(glyphs: state.glyphs), .status), 1))
        }
        if let conflicts = state.conflictsWarning {
            segments.append((Span(conflicts, .warning), 0))
        }
        if let duplicates = state.duplicatesWarning {
            segments.append((Span(duplicates, .warning), 0))
        }
        if let filter = state.cellFilter, let register = state.register {
            let position = describe(filter, scale: register.scale, kind: state.kind.colourKind, glyphs: state.glyphs)
            segments.append((Span("cell: " + position, .status), 0))
        }
        if state.kind != .all {
            segments.append((Span("\(state.kind.rawValue) only", .status), 0))
        }
        if !state.searchText.isEmpty {
            segments.append((Span("search: \"\(state.searchText)\"", .status), 0))
        }
        if let progress = state.indexProgress, !progress.isComplete {
            segments.append((Span("indexing \(progress.indexed)/\(progress.total)", .status), 1))
        }
        if state.review != nil {
            segments.append((Span("review: " + state.reviewCountText, .warning), 0))
        }
        if state.showClosed {
            segments.append((Span("closed shown", .status), 0))
        }
        if state.outsideAppetite {
            segments.append((Span("outside appetite only", .status), 0))
        }
        if let comparing = state.compareStatus {
            segments.append((Span(comparing, .status), 0))
        }
        if state.hasUnsavedChanges {
            segments.append((Span(unsavedMarker, .warning), 0))
        }
        if let message = state.message {
            segments.append((Span(message.text, message.isWarning ? .warning : .status), 0))
        }
        return segments
    }

    /// The segments joined by separators, dropping the most droppable until they fit; the last
    /// still too long is cut by the screen's edge.
    private static func fitted(_ segments: [(span: Span, priority: Int)], width: Int, glyphs: Glyphs) -> [Span] {
        var kept = segments
        func joined() -> [Span] {
            kept.enumerated().flatMap { index, segment in
                index == 0 ? [segment.span] : [Span(glyphs.separator, .status), segment.span]
            }
        }
        while Span.columns(of: joined()) > width, let drop = kept.indices.filter({ kept[$0].priority > 0 })
            .max(by: { kept[$0].priority < kept[$1].priority }) {
            kept.remove(at: drop)
        }
        return joined()
    }

    /// "Likely × Major (current)", "score 25 only (current)", "unrated (target)".
    static func describe(_ filter: CellFilter, scale: Scale, kind: EntryKind, glyphs: Glyphs) -> String {
        let position: String
        switch filter.placement {
        case .cell(let likelihood, let impact):
            let likelihoodLabel = scale.likelihoodLabel(likelihood) ?? String(likelihood)
            let impactLabel = scale.impactLabel(impact, for: kind) ?? String(impact)
            position = "\(likelihoodLabel) \(glyphs.by) \(impactLabel)"
        case .scoreOnly(let score):
            position = "score \(score) only"
        case .unrated:
            position = "unrated"
        }
        return "\(position) (\(filter.rating.rawValue))"
    }
}
