import RiskRegister

/// Everything about one entry as a list of paragraphs, in the order a risk officer reads it: who and
/// how serious first, then the text fields, then the oddities and the history. Shared by the detail
/// pane and `riskreg show`.
public enum EntryDetail {
    /// Marks a printed anomaly: a printed score that is not likelihood × impact.
    public static let anomalyMark = "≠"

    /// The heading of an entry's notes: what the source printed oddly, and why it is kept.
    static let notesHeading = "Notes"

    /// The heading of an entry's place on the register: its id, kind, identity, the ids it continues.
    static let recordHeading = "Record"

    /// The paragraphs for an entry.
    public static func lines(for entry: Entry, scale: Scale) -> [DetailLine] {
        annotatedLines(for: entry, scale: scale).map(\.line)
    }

    /// The paragraphs, each with what the detail pane's cursor edits there, if anything. A rating
    /// that is a printed anomaly says so after its score, behind `anomalyMark`; with `notesKey`, and
    /// notes to show, it also names the key that shows them. With `showsIdentity` the record shows
    /// the entry's identity (the browser's; `riskreg show` prints it beside the id).
    static func annotatedLines(for entry: Entry, scale: Scale, anomalyMark: String = anomalyMark, notesKey: String? = nil,
                               showsIdentity: Bool = false) -> [(line: DetailLine, target: DetailTarget?)] {
        let reason = entry.notes.isEmpty ? nil : notesKey.map { "(\($0) notes)" }
        var lines: [(line: DetailLine, target: DetailTarget?)] = [
            (DetailLine(.field, "\(entry.id) · \(entry.kind.rawValue)\(entry.isClosed ? " · closed" : "") · \(entry.title)"), .field(.title)),
            (DetailLine(.field, "Owner: \(entry.owner ?? "—")"), .field(.owner)),
        ]
        if let type = entry.type { lines.append((DetailLine(.field, "Type: \(type)"), .field(.type))) }
        for kind in RatingKind.allCases {
            let text = describe(entry.rating(kind), kind: entry.kind, scale: scale, anomalyMark: anomalyMark, reason: reason)
            lines.append((DetailLine(.field, "\(label(kind)): \(text)"), .rating(kind)))
        }
        lines.append((DetailLine(.field, "Target date: \(entry.targetDate ?? "—")"), .field(.targetDate)))
        lines.append((DetailLine(.field, "Direction of travel: \(direction(entry.direction))"), .field(.direction)))
        lines.append((DetailLine(.field, "Confidence: \(confidence(entry.confidence))"), .field(.confidence)))
        if let profile = entry.profile {
            lines.append((DetailLine(.field, "Summary profile: \(summary(profile, of: entry))"), nil))
        }
        let consequences = entry.kind == .risk ? "Consequences" : "Benefits"
        appendList("Description", .description, entry: entry, owner: nil, ownerField: nil, to: &lines)
        appendList(consequences, .consequences, entry: entry, owner: nil, ownerField: nil, to: &lines)
        appendList("Controls", .controls, entry: entry, owner: entry.controlOwner, ownerField: .controlOwner,
                   alwaysShown: true, to: &lines)
        appendList("Actions", .actions, entry: entry, owner: entry.actionOwner, ownerField: .actionOwner,
                   alwaysShown: true, to: &lines)
        appendList("Progress", .progress, entry: entry, owner: nil, ownerField: nil, to: &lines)
        appendRecord(of: entry, showsIdentity: showsIdentity, to: &lines)
        if !entry.notes.isEmpty {
            lines.append((DetailLine(.section, notesHeading), nil))
            lines += entry.notes.map { (DetailLine(.note, $0), nil) }
        }
        if let source = entry.source {
            lines.append((DetailLine(.section, "Source"), nil))
            lines.append((DetailLine(.text, "\(source.document), lines \(source.firstLine)–\(source.lastLine)"), nil))
        }
        // The history is the foot of the pane: the newest change is the last line.
        if !entry.history.isEmpty {
            lines.append((DetailLine(.section, "History"), nil))
            lines += entry.history.map { change in
                (DetailLine(.bullet(level: 0), "\(change.at) \(change.author) \(change.field): \(change.before ?? "—") → \(change.after ?? "—")"), nil)
            }
        }
        return lines
    }

    /// "Current", "Target", "Residual".
    public static func label(_ kind: RatingKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    /// "16 High · likelihood 4 Likely · impact 4 Major", with printed words where they differ. A
    /// printed anomaly adds "≠ printed 20, not 3 × 2 = 6" after the score (the mark given, none
    /// when `anomalyMark` is nil) and then `reason`, if any.
    public static func describe(_ rating: Rating, kind: EntryKind, scale: Scale, anomalyMark: String? = anomalyMark,
                                reason: String? = nil) -> String {
        guard !rating.isEmpty else { return "not printed" }
        var parts: [String] = []
        if let score = rating.effectiveScore {
            let band = scale.band(for: score).map { " \($0.name)" } ?? ""
            parts.append("\(score)\(band)\(rating.score == nil ? " (from factors)" : "")")
        } else {
            parts.append("no score")
        }
        if let anomalyMark, let anomaly = anomaly(rating) {
            parts.append(([anomalyMark + " " + anomaly] + [reason].compactMap { $0 }).joined(separator: " "))
        }
        if let likelihood = rating.likelihood {
            parts.append("likelihood \(likelihood) \(factorWords(scale.likelihoodLabel(likelihood), printed: rating.likelihoodText))")
        }
        if let impact = rating.impact {
            parts.append("impact \(impact) \(factorWords(scale.impactLabel(impact, for: kind), printed: rating.impactText))")
        }
        if rating.likelihood == nil && rating.impact == nil && rating.score != nil {
            parts.append("score only")
        }
        return parts.joined(separator: " · ")
    }

    /// "printed 20, not 3 × 2 = 6" for a printed anomaly, else nil.
    public static func anomaly(_ rating: Rating) -> String? {
        guard rating.isAnomalous, let score = rating.score, let likelihood = rating.likelihood, let impact = rating.impact
        else { return nil }
        return "printed \(score), not \(likelihood) × \(impact) = \(likelihood * impact)"
    }

    private static func factorWords(_ label: String?, printed: String?) -> String {
        let name = label ?? "(outside 1–5)"
        guard let printed, printed.lowercased() != name.lowercased() else { return name }
        return "\(name) (printed \"\(printed)\")"
    }

    private static func direction(_ direction: Direction) -> String {
        let arrow: String
        switch direction.trend {
        case .up: arrow = "↑ up"
        case .down: arrow = "↓ down"
        case .level: arrow = "→ level"
        case .unknown: arrow = "unknown"
        }
        guard let text = direction.text else { return arrow }
        return "\(arrow) · \"\(text)\""
    }

    /// "Q1 G  Q2 A  Q3 —  Q4 R": a letter per quarter (green, amber, red), so that it reads
    /// without colour; the detail pane colours the letters.
    private static func confidence(_ confidence: Confidence) -> String {
        zip(Confidence.keys, confidence.quarters)
            .map { key, rag in "\(key.uppercased()) \(rag.map(ragLetter) ?? "—")" }
            .joined(separator: "  ")
    }

    /// The letter of a confidence colour: G, A or R.
    static func ragLetter(_ rag: RAG) -> String {
        switch rag {
        case .green: "G"
        case .amber: "A"
        case .red: "R"
        }
    }

    /// The printed profile row, and where its scores no longer match the entry (after a rescore)
    /// what they are now: "(printed 20, now 16)".
    private static func summary(_ profile: Profile, of entry: Entry) -> String {
        var parts: [String] = []
        if let id = profile.id { parts.append(id) }
        if let description = profile.description { parts.append(description) }
        let current = profile.currentScore.map(String.init) ?? "—"
        let target = profile.targetScore.map(String.init) ?? "—"
        let row = SummaryProfileRow(entry: entry, predecessor: nil, hasPredecessor: false)
        let stale = row.staleRatings.map { kind in
            let printed = (kind == .current ? profile.currentScore : profile.targetScore).map(String.init) ?? "—"
            let now = entry.rating(kind).effectiveScore.map(String.init) ?? "—"
            return "\(kind == .current ? "" : kind.rawValue + " ")printed \(printed), now \(now)"
        }
        parts.append("\(current) → \(target)" + (stale.isEmpty ? "" : " (\(stale.joined(separator: "; ")))"))
        if let date = profile.targetDate { parts.append(date) }
        if let direction = profile.direction { parts.append(direction) }
        return parts.joined(separator: " · ")
    }

    /// The entry's place on the register: its id and kind (corrected with `e`), its identity (read
    /// only, dim), the ids it continues where it names them (corrected with `e`; an entry that names
    /// none continues the earlier entry of its identity, if any), whether it is closed, and its reviews.
    private static func appendRecord(of entry: Entry, showsIdentity: Bool,
                                     to lines: inout [(line: DetailLine, target: DetailTarget?)]) {
        lines.append((DetailLine(.section, recordHeading), nil))
        lines.append((DetailLine(.field, "Id: \(entry.id)"), .field(.id)))
        lines.append((DetailLine(.field, "Kind: \(entry.kind.rawValue)"), .field(.kind)))
        if showsIdentity { lines.append((DetailLine(.field, "Identity: \(entry.uid)", dim: true), nil)) }
        if let previousIds = entry.previousIds {
            let continues = previousIds.isEmpty ? "none (a new entry, whatever its id)" : previousIds.joined(separator: ", ")
            lines.append((DetailLine(.field, "Continues: \(continues)"), .field(.previousIds)))
        }
        if entry.isClosed {
            let when = [entry.status.at, entry.status.by].compactMap { $0 }.joined(separator: " ")
            lines.append((DetailLine(.field, "Status: closed\(when.isEmpty ? "" : " " + when)\(entry.status.reason.map { ": " + $0 } ?? "")"), nil))
        }
        for review in entry.reviews {
            let note = review.note.map { ": " + $0 } ?? ""
            lines.append((DetailLine(.bullet(level: 0), "Reviewed \(review.at) by \(review.by), \(review.outcome.rawValue)\(note)"), nil))
        }
    }

    /// A list section: its heading (the owner field's target, where there is one), its items.
    /// Controls and actions are always shown, so that the cursor can reach their heading and `a`
    /// can add the first one.
    private static func appendList(_ title: String, _ list: ItemList, entry: Entry, owner: String?, ownerField: EntryField?,
                                   alwaysShown: Bool = false, to lines: inout [(line: DetailLine, target: DetailTarget?)]) {
        let items = list.items(of: entry)
        guard !items.isEmpty || owner != nil || alwaysShown else { return }
        lines.append((DetailLine(.section, owner.map { "\(title) (owner: \($0))" } ?? title),
                      ownerField.map(DetailTarget.field)))
        if items.isEmpty {
            lines.append((DetailLine(.text, "None yet: a adds the first \(list.itemName)."), nil))
        }
        var heading: String?
        for (index, item) in items.enumerated() {
            if item.heading != heading, let next = item.heading {
                lines.append((DetailLine(.subheading, next), nil))
            }
            heading = item.heading
            var text = item.text
            let stamp = [item.date, item.author].compactMap { $0 }.joined(separator: ", ")
            if !stamp.isEmpty { text = "[\(stamp)] " + text }
            lines.append((DetailLine(.bullet(level: item.level), text), .item(list, index)))
        }
    }
}
