/// Reads one spreadsheet row into an entry, given which column holds which field; every cell that
/// cannot be read is a problem naming its row and column, and a row with any problem gives no entry.
struct EntryRowReader {
    /// The spreadsheet's file name, for problems.
    let file: String
    /// The header row's cells.
    let headers: [String]
    /// The 0-based column of each field the sheet has.
    let columns: [String: Int]
    /// The Key to Scores the words are read with.
    let scale: Scale

    /// The entry of a row, or the problems of its cells.
    func entry(from row: SheetRow) -> (entry: Entry?, problems: [ImportProblem]) {
        var reading = RowReading(reader: self, row: row)
        let entry = reading.entry()
        return (reading.problems.isEmpty ? entry : nil, reading.problems)
    }

    /// The state of reading one row: its problems so far.
    private struct RowReading {
        let reader: EntryRowReader
        let row: SheetRow
        var problems: [ImportProblem] = []

        mutating func entry() -> Entry {
            let kind = read("kind", CellReading.kind) ?? .risk
            let id = text("id") ?? ""
            if id.isEmpty { fail("id", "no id") }
            let title = text("title") ?? ""
            if title.isEmpty { fail("title", "no title") }
            var entry = Entry(id: id, kind: kind, title: title)
            entry.previousIds = lines("previousIds").map { $0.isEmpty ? nil : $0 } ?? nil
            // A sheet riskreg exported carries each entry's identity; any other gets the one a
            // file without identities derives, so two imports of one sheet agree.
            if let uid = text("uid") {
                if EntryUID.isValid(uid) { entry.uid = uid } else { fail("uid", "\(SafeText.quoted(uid, limit: 40)) is not 1–32 letters, digits, '-' or '_'") }
            } else {
                entry.uid = EntryUID.derived(id: id, previousIds: entry.previousIds, ordinal: 0)
            }
            entry.status = status()
            entry.type = text("type")
            entry.description = items("description", entry: id)
            entry.consequences = items("consequences", entry: id)
            entry.controls = items("controls", entry: id)
            entry.controlOwner = text("controlOwner")
            entry.actions = items("actions", entry: id)
            entry.actionOwner = text("actionOwner")
            entry.progress = items("progress", entry: id)
            entry.owner = text("owner")
            var oddities: [String] = []
            for ratingKind in RatingKind.allCases {
                let rating = self.rating(ratingKind, kind: kind)
                if rating.isAnomalous, let score = rating.score, let likelihood = rating.likelihood, let impact = rating.impact {
                    oddities.append("The \(ratingKind.rawValue) score \(score) is as printed, not likelihood × impact = \(likelihood) × \(impact) = \(likelihood * impact).")
                }
                switch ratingKind {
                case .current: entry.current = rating
                case .target: entry.target = rating
                case .residual: entry.residual = rating
                }
            }
            entry.targetDate = text("targetDate")
            let directionText = text("direction.text")
            let trend = read("direction.trend") { (cell: String) throws(CellReading.Refusal) in try CellReading.trend(cell) } ?? directionText.map(CellReading.trend(inWords:)) ?? .unknown
            entry.direction = Direction(trend: trend, text: directionText)
            entry.confidence = Confidence(quarters: Confidence.keys.map { read("confidence.\($0)", CellReading.rag) })
            entry.profile = profile()
            let notes = lines("notes") ?? []
            entry.notes = notes.isEmpty ? oddities : notes
            entry.source = source()
            return entry
        }

        private mutating func status() -> EntryStatus {
            let state = read("status", CellReading.state) ?? .open
            return EntryStatus(state: state, at: text("status.at"), by: text("status.by"), reason: text("status.reason"))
        }

        private mutating func rating(_ which: RatingKind, kind: EntryKind) -> Rating {
            let prefix = which.rawValue
            let likelihoodLabels = reader.scale.likelihood
            let likelihood = read("\(prefix).likelihood") { (cell: String) throws(CellReading.Refusal) in
                try CellReading.factor(cell, labels: likelihoodLabels, name: "likelihood")
            }
            let impactLabels = kind == .risk ? reader.scale.impact : reader.scale.opportunityImpact
            let impact = read("\(prefix).impact") { (cell: String) throws(CellReading.Refusal) in
                try CellReading.factor(cell, labels: impactLabels, name: "impact")
            }
            let score = read("\(prefix).score") { (cell: String) throws(CellReading.Refusal) in
                try CellReading.number(cell, in: FormatLimits.scores, name: "score")
            }
            let likelihoodText = text("\(prefix).likelihoodText") ?? (likelihood?.words == true ? text("\(prefix).likelihood") : nil)
            let impactText = text("\(prefix).impactText") ?? (impact?.words == true ? text("\(prefix).impact") : nil)
            return Rating(likelihood: likelihood?.value, impact: impact?.value, score: score,
                          likelihoodText: likelihoodText, impactText: impactText)
        }

        private mutating func profile() -> Profile? {
            let names = ["profile.id", "profile.description", "profile.currentScore", "profile.targetScore",
                         "profile.targetDate", "profile.direction"] + Confidence.keys.map { "profile.confidence.\($0)" }
            guard names.contains(where: { text($0) != nil }) else { return nil }
            let score = { (cell: String) throws(CellReading.Refusal) in try CellReading.number(cell, in: FormatLimits.scores, name: "score") }
            let quarters = Confidence.keys.map { read("profile.confidence.\($0)", CellReading.rag) }
            return Profile(id: text("profile.id"), description: text("profile.description"),
                           currentScore: read("profile.currentScore", score), targetScore: read("profile.targetScore", score),
                           targetDate: text("profile.targetDate"),
                           confidence: Confidence(quarters: quarters),
                           direction: text("profile.direction"))
        }

        private mutating func source() -> EntrySource? {
            let document = text("source.document")
            let line = { (cell: String) throws(CellReading.Refusal) in
                try CellReading.number(cell, in: FormatLimits.lines, name: "line number")
            }
            let first = read("source.firstLine", line)
            let last = read("source.lastLine", line)
            if document == nil && first == nil && last == nil { return nil }
            guard let document, let first, let last else {
                for (field, value) in [("source.document", document as Any?), ("source.firstLine", first), ("source.lastLine", last)]
                    where value == nil && problems.allSatisfy({ $0.column != reader.columns[field] }) {
                    fail(field, "empty, but the other source cells are set: a source needs its document, first and last line")
                }
                return nil
            }
            return EntrySource(document: document, firstLine: first, lastLine: last)
        }

        /// The trimmed text of a field's cell; nil when the sheet has no such column or the cell is empty.
        private mutating func text(_ field: String) -> String? {
            guard let column = reader.columns[field] else { return nil }
            let cell = row.cell(column)
            if cell.utf8.count > FormatLimits.maximumTextBytes {
                if problems.allSatisfy({ $0.column != column }) {
                    fail(field, "holds \(cell.utf8.count) bytes; a text may hold at most \(FormatLimits.maximumTextBytes)")
                }
                return nil
            }
            let trimmed = cell.trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }

        /// A list field's lines; nil when the sheet has no such column.
        private mutating func lines(_ field: String) -> [String]? {
            guard reader.columns[field] != nil else { return nil }
            return text(field).map(ItemLines.lines) ?? []
        }

        private mutating func items(_ field: String, entry: String) -> [Item] {
            guard reader.columns[field] != nil, let cell = text(field) else { return [] }
            let items = ItemLines.items(cell, list: field, entry: entry)
            if items.count > FormatLimits.maximumElements {
                fail(field, "holds \(items.count) lines; a list may hold at most \(FormatLimits.maximumElements)")
            }
            return items
        }

        /// A field's cell read by `parse`; nil when empty or refused (a problem).
        private mutating func read<T>(_ field: String, _ parse: (String) throws(CellReading.Refusal) -> T) -> T? {
            guard let cell = text(field) else { return nil }
            do {
                return try parse(cell)
            } catch {
                fail(field, error.message)
                return nil
            }
        }

        private mutating func fail(_ field: String, _ message: String) {
            let column = reader.columns[field]
            problems.append(ImportProblem(file: reader.file, row: row.number, column: column,
                                          header: column.map { reader.headers[$0] }, message: message))
        }
    }
}
