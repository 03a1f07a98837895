import RiskRegister

/// The help's text: every command of the table by context, the mouse, what the heat map's marks
/// mean, and the open register's bands.
enum HelpContent {
    /// Columns of the key names.
    static let keyColumn = 18

    /// The help's lines for a width.
    static func rows(width: Int, scale: Scale, glyphs: Glyphs) -> [[Span]] {
        var rows: [[Span]] = []
        for context in CommandContext.allCases {
            section(context.title, into: &rows)
            for command in CommandTable.commands(in: context) {
                rows += item(command.keyNames, command.help, width: width, glyphs: glyphs)
            }
        }
        section("Mouse", into: &rows)
        for (gesture, help) in HelpText.mouse {
            rows += item(gesture, help, width: width, glyphs: glyphs)
        }
        section("Heat map marks", into: &rows)
        rows += item("[12  2]", "the cursor, on a cell of score 12 (likelihood × impact, as in the Key to Scores) "
                     + "holding two entries; where a cell has room, the ids of its entries instead of their count",
                     width: width, glyphs: glyphs)
        rows += item(glyphs.currentMark, "the selected entry's current rating", width: width, glyphs: glyphs)
        rows += item(glyphs.targetMark, "its target rating, or its residual rating when no target was printed",
                     width: width, glyphs: glyphs)
        rows += item(glyphs.bothMark, "both in one cell", width: width, glyphs: glyphs)
        rows += item("20" + glyphs.appetite, "a cell above the register's appetite (its default limit), where the register "
                     + "states one: the appetite line; in the list, " + glyphs.appetite + " before the title of a risk outside "
                     + "appetite (its current score above its limit, which its type may set)", width: width, glyphs: glyphs)
        rows += item("25 (6)", "in the score-only strip: six entries scored 25 with no likelihood and impact printed "
                     + "(they cannot be placed on the grid)", width: width, glyphs: glyphs)
        rows += item("3+1 3−1", "in compare mode: the cell's count now, and how many more or fewer entries it holds "
                     + "than in the register compared with", width: width, glyphs: glyphs)
        rows += item(glyphs.currentMark + " " + glyphs.targetMark, "in compare mode: the selected entry's cell now, and in "
                     + "the register compared with (before)", width: width, glyphs: glyphs)
        rows += item(Movement.allCases.map(\.glyph).joined(separator: " "), "in compare mode, the list's last column: the "
                     + "current score rose, fell or stayed level, the entry is new, or removed (removed entries are listed "
                     + "last, read only)", width: width, glyphs: glyphs)
        section("Bands of this register", into: &rows)
        for band in scale.bands {
            let letter = BandStyle.letter(for: band.min, scale: scale)
            let range = "\(band.min)\(glyphs.rangeDash)\(band.max)"
            rows.append([Span("  "), Span(" \(letter) ", BandStyle.role(band.colour)),
                         Span(" \(band.name), \(range), \(band.colour.rawValue) for a risk and "
                              + "\(band.colour(for: .opportunity).rawValue) for an opportunity")])
        }
        return rows
    }

    private static func section(_ title: String, into rows: inout [[Span]]) {
        if !rows.isEmpty { rows.append([]) }
        rows.append([Span(title, .heading)])
    }

    /// A key column and wrapped help, continuation lines under the help.
    private static func item(_ keys: String, _ help: String, width: Int, glyphs: Glyphs) -> [[Span]] {
        let indent = String(repeating: " ", count: keyColumn)
        return WordWrap.lines(help, width: width - keyColumn).enumerated().map { number, line in
            let key = number == 0 ? "  " + TextWidth.pad(keys, to: keyColumn - 3, ellipsis: glyphs.ellipsis) + " " : indent
            return [Span(key, .label), Span(line)]
        }
    }
}
