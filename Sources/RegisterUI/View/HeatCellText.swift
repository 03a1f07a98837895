/// What one heat-map cell says, inside its cursor brackets: its score (likelihood × impact, as
/// the council's Key to Scores prints it) at the left of its first row, and at the right the
/// entries it holds: their ids where they all fit (on the rows below, or beside the score in a
/// one-row cell), else their count; the selected entry's mark last.
///
/// ```
/// 16   3●      a one-row cell: score 16, three entries, the selected one among them
/// 16    ●      a taller cell with room for the ids, one row each or several to a row
/// Corp 1
/// ```
enum HeatCellText {
    /// The parts of a cell.
    struct Parts {
        /// The score, with its band letter where there are no colours ("16", "16H").
        let score: String
        /// The anomaly mark when the cell holds a printed anomaly, else "".
        let anomaly: String
        /// The ids of the entries in the cell.
        let ids: [String]
        /// What an empty cell shows where a count would be ("·").
        let empty: String
        /// The selected entry's mark, or a space.
        let mark: String
        /// In compare mode, the change of the count since the register compared with ("+1",
        /// "−2"), shown after the count instead of the ids; else "".
        var change = ""
    }

    /// The rows of a cell `width` columns wide (inside the brackets) and `height` rows tall.
    static func rows(_ parts: Parts, width: Int, height: Int) -> [String] {
        let count = (parts.ids.isEmpty ? parts.empty : String(parts.ids.count)) + parts.change
        if !parts.change.isEmpty {
            return [firstRow(parts, content: count, width: width) ?? TextWidth.prefix(of: parts.score, fitting: width)]
        }
        if height > 1, !parts.ids.isEmpty, let lines = packed(parts.ids, width: width, rows: height - 1),
           let first = firstRow(parts, content: "", width: width) {
            return [first] + lines
        }
        if height == 1, !parts.ids.isEmpty,
           let first = firstRow(parts, content: parts.ids.joined(separator: ", "), width: width, strict: true) {
            return [first]
        }
        return [firstRow(parts, content: count, width: width) ?? TextWidth.prefix(of: parts.score, fitting: width)]
    }

    /// The first row: the score on the left, the content and marks on the right, in the first
    /// form that fits (with `strict`, only the full form). Where room is short, an empty mark slot
    /// goes, then the space between score and content (where a letter or mark still parts them),
    /// then the score of the cell holding the selected entry's mark (its place tells it).
    private static func firstRow(_ parts: Parts, content: String, width: Int, strict: Bool = false) -> String? {
        let right = parts.anomaly + content
        let marked = right + parts.mark
        if let full = form(parts.score, marked, spaced: true, width: width) { return full }
        guard !strict else { return nil }
        let hasMark = parts.mark != " "
        let fallbacks: [String?] = [
            hasMark ? nil : form(parts.score, right, spaced: true, width: width),
            form(parts.score, marked, spaced: false, width: width),
            hasMark && TextWidth.columns(of: marked) <= width
                ? String(repeating: " ", count: width - TextWidth.columns(of: marked)) + marked : nil,
            form(parts.score, right, spaced: true, width: width),
        ]
        return fallbacks.lazy.compactMap { $0 }.first
    }

    /// The score and the text after it in `width` columns, apart by spaces or (unspaced) side by
    /// side where they still read apart; nil where that does not fit.
    private static func form(_ score: String, _ text: String, spaced: Bool, width: Int) -> String? {
        let room = width - TextWidth.columns(of: score) - TextWidth.columns(of: text)
        if spaced && room >= 1 {
            return score + String(repeating: " ", count: room) + text
        }
        if !spaced && room >= 0 && readsApart(score, text) {
            return score + text + String(repeating: " ", count: room)
        }
        return nil
    }

    /// True when two texts side by side cannot read as one number.
    private static func readsApart(_ left: String, _ right: String) -> Bool {
        !(left.last?.isNumber ?? false) || !(right.first?.isNumber ?? false)
    }

    /// The ids over at most `rows` rows of `width` columns, as many to a row as fit; nil when
    /// they do not all fit.
    private static func packed(_ ids: [String], width: Int, rows: Int) -> [String]? {
        var lines: [String] = []
        var line = ""
        for id in ids {
            guard TextWidth.columns(of: id) <= width else { return nil }
            let joined = line.isEmpty ? id : line + ", " + id
            if TextWidth.columns(of: joined) <= width {
                line = joined
            } else {
                lines.append(line)
                line = id
            }
        }
        lines.append(line)
        return lines.count <= rows ? lines : nil
    }
}
