import RiskRegister

/// The XLSX export: a workbook with the sheets "Register" (the CSV export's columns, one row per
/// entry), "Summary" (the summary risk profile), "Heat map" (counts of current ratings per cell in
/// the bands' colours, risks then opportunities with the colours reversed, marked as the browser
/// marks them: `HeatMapMarks`) and, when the register has a predecessor, "Changes" (what moved
/// since then). With an appetite, the Summary sheet has its column and the Heat map sheet states
/// it. Written by libxlsxwriter.
public enum XLSXPack {
    /// The Register columns written as numbers when they hold one (the rest stay text, so "+ve"
    /// is never read as a formula).
    static let numericColumns: Set<String> = {
        var names: Set<String> = ["profile.currentScore", "profile.targetScore", "reviews", "history", "source.firstLine", "source.lastLine"]
        for rating in RatingKind.allCases {
            names.formUnion(["likelihood", "impact", "score"].map { "\(rating.rawValue).\($0)" })
        }
        return names
    }()

    /// The Register columns that hold lists, one item a line: wrapped and wide.
    static let listColumns: Set<String> = ["previousIds", "description", "consequences", "controls", "actions", "progress", "notes"]

    /// Writes the workbook of `register` to `path`.
    public static func write(_ register: Register, profile: SummaryProfile, comparison: RegisterComparison?, to path: String) throws {
        let workbook = try XLSXWorkbook(path: path)
        try registerSheet(register, in: workbook)
        try summarySheet(profile, appetite: register.appetite != nil, in: workbook)
        try heatMapSheet(register, in: workbook)
        if let comparison { try changesSheet(comparison, in: workbook) }
        try workbook.close()
    }

    private static func registerSheet(_ register: Register, in workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("Register")
        let columns = EntryTable.columns
        let rows = EntryTable.rows(of: register)
        try header(columns, in: sheet, workbook: workbook)
        for (index, name) in columns.enumerated() {
            let width: Double = listColumns.contains(name) ? 60 : name == "title" ? 40 : name == "id" ? 10 : 16
            try sheet.setWidth(width, columns: index...index)
        }
        let wrapped = workbook.format(.init(wrap: true))
        for (rowIndex, row) in rows.enumerated() {
            for (column, text) in row.enumerated() where !text.isEmpty {
                if numericColumns.contains(columns[column]), let number = Int(text) {
                    try sheet.write(number, row: rowIndex + 1, column: column, format: wrapped)
                } else {
                    try sheet.write(text, row: rowIndex + 1, column: column, format: wrapped)
                }
            }
        }
        try sheet.autofilter(columns: columns.count, rows: rows.count)
    }

    private static func summarySheet(_ profile: SummaryProfile, appetite: Bool, in workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("Summary")
        let table = SummaryTable.rows(profile, forCSV: true, appetite: appetite)
        guard let headings = table.first else { return }
        try header(headings, in: sheet, workbook: workbook)
        let widths: [Double] = [8, 50, 10, 10, 20, 8, 8, 8, 8, 20, 12]
        for (column, width) in widths.enumerated() where column < headings.count {
            try sheet.setWidth(width, columns: column...column)
        }
        let wrapped = workbook.format(.init(wrap: true))
        for (rowIndex, (cells, row)) in zip(table.dropFirst(), profile.rows).enumerated() {
            for (column, text) in cells.enumerated() where !text.isEmpty {
                if column == 2 || column == 3, let number = Int(text) {
                    try sheet.write(number, row: rowIndex + 1, column: column, format: wrapped)
                } else if (5...8).contains(column), let rag = row.confidence.quarters[column - 5] {
                    try sheet.write(text, row: rowIndex + 1, column: column, format: workbook.format(.init(fill: colour(rag).printRGB)))
                } else {
                    try sheet.write(text, row: rowIndex + 1, column: column, format: wrapped)
                }
            }
        }
        try sheet.autofilter(columns: headings.count, rows: profile.rows.count)
    }

    /// One 5×5 grid per kind of the open entries' current ratings: a caption row, impact rows
    /// 5 to 1 (label in column A), likelihood columns 1 to 5 (B–F) with their labels under the
    /// grid, then the ids of each occupied cell and the entries not on the grid.
    private static func heatMapSheet(_ register: Register, in workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("Heat map")
        try sheet.setWidth(24, columns: 0...0)
        try sheet.setWidth(13, columns: 1...5)
        let bold = workbook.format(.init(bold: true))
        let open = register.entries.filter { !$0.isClosed }
        var row = 0
        if let appetite = register.appetite {
            try sheet.write(HeatMapMarks.statement(appetite), row: row, column: 0, format: bold)
            row += 2
        }
        for kind in EntryKind.allCases {
            let entries = open.filter { $0.kind == kind }
            let map = HeatMap(entries: entries, rating: .current)
            let outside = HeatMapMarks.outside(entries, appetite: register.appetite)
            let name = kind == .risk ? "Risks" : "Opportunities"
            try sheet.write("\(name): current ratings, impact (rows) by likelihood (columns)", row: row, column: 0, format: bold)
            row += 1
            for impact in Scale.factorRange.reversed() {
                try sheet.write("\(impact) " + (register.scale.impactLabel(impact, for: kind) ?? ""), row: row, column: 0, format: bold)
                for likelihood in Scale.factorRange {
                    let count = map.ids(likelihood: likelihood, impact: impact).count
                    let band = register.scale.band(for: Scale.score(likelihood: likelihood, impact: impact))
                    // A cell holding a printed anomaly shows ≠ after its count, which stays a number.
                    let marked = map.anomalous.contains(.cell(likelihood: likelihood, impact: impact))
                    let format = workbook.format(.init(bold: true, fill: band?.colour(for: kind).printRGB, centred: true,
                                                       numberFormat: marked ? "0 \"\(HeatMapMarks.printed)\"" : nil))
                    if count > 0 {
                        try sheet.write(count, row: row, column: likelihood, format: format)
                    } else {
                        try sheet.blank(row: row, column: likelihood, format: format)
                    }
                }
                row += 1
            }
            for likelihood in Scale.factorRange {
                try sheet.write("\(likelihood) " + (register.scale.likelihoodLabel(likelihood) ?? ""), row: row, column: likelihood,
                                format: workbook.format(.init(bold: true, wrap: true, centred: true)))
            }
            row += 1
            for line in lines(of: map, outside: outside) + HeatMapMarks.legend(map, outside: outside).map({ ("", $0) }) {
                try sheet.write(line.0, row: row, column: 0)
                try sheet.write(line.1, row: row, column: 1)
                row += 1
            }
            row += 1
        }
    }

    /// The ids of each occupied cell with their marks, then the score-only and unrated entries.
    private static func lines(of map: HeatMap, outside: Set<String>) -> [(String, String)] {
        var lines: [(String, String)] = []
        for impact in Scale.factorRange.reversed() {
            for likelihood in Scale.factorRange {
                let ids = map.ids(likelihood: likelihood, impact: impact)
                guard !ids.isEmpty else { continue }
                let score = Scale.score(likelihood: likelihood, impact: impact)
                lines.append(("likelihood \(likelihood) × impact \(impact) (\(score))",
                              ids.map { HeatMapMarks.label($0, in: map, outside: outside) }.joined(separator: ", ")))
            }
        }
        lines += map.scoreOnly.map { ("score \($0.score) only", $0.ids.joined(separator: ", ")) }
        if !map.unrated.isEmpty { lines.append(("not rated", map.unrated.joined(separator: ", "))) }
        return lines
    }

    private static func changesSheet(_ comparison: RegisterComparison, in workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("Changes")
        try header(["ID", "CHANGE", "TITLE", "WHAT CHANGED"], in: sheet, workbook: workbook)
        for (column, width) in [10.0, 12, 50, 60].enumerated() {
            try sheet.setWidth(width, columns: column...column)
        }
        let wrapped = workbook.format(.init(wrap: true))
        var row = 1
        for entry in comparison.entries where entry.movement == .new || entry.movement == .removed || entry.isChanged {
            let change: String
            var detail = ""
            switch entry.movement {
            case .new: change = "added"
            case .removed: change = "removed"
            default:
                change = "\(entry.movement.glyph) \(entry.movement.rawValue)"
                let ratings = entry.ratingChanges.map { change in
                    "\(change.kind.rawValue) \(RatingText.score(change.from.effectiveScore)) → \(RatingText.score(change.to.effectiveScore))"
                }
                detail = ([entry.fields.joined(separator: ", ")] + ratings).joined(separator: "; ")
            }
            let cells = [entry.id, change, (entry.after ?? entry.before)?.title ?? "", detail]
            for (column, text) in cells.enumerated() where !text.isEmpty {
                try sheet.write(text, row: row, column: column, format: wrapped)
            }
            row += 1
        }
        if row == 1 { try sheet.write("Nothing moved.", row: 1, column: 0) }
    }

    /// The header row: bold, kept in view.
    private static func header(_ names: [String], in sheet: XLSXSheet, workbook: XLSXWorkbook) throws {
        let bold = workbook.format(.init(bold: true))
        for (column, name) in names.enumerated() {
            try sheet.write(name, row: 0, column: column, format: bold)
        }
        sheet.freeze(rows: 1)
    }

    private static func colour(_ rag: RAG) -> BandColour {
        switch rag {
        case .green: .green
        case .amber: .amber
        case .red: .red
        }
    }
}
