/// A field of an entry that is written as one line of text: what `riskreg set` changes and the
/// browser's text editor edits. The rules are the browser's (an empty optional field is removed,
/// a title and an id cannot be empty, an id cannot be another entry's).
public enum EntryTextField: String, CaseIterable, Sendable {
    case title
    case type
    case owner
    case controlOwner
    case actionOwner
    case targetDate
    /// The printed words of the direction of travel (its trend is left as it is).
    case direction
    /// Four quarters of g, a, r or - ("g a - r").
    case confidence
    /// risk or opportunity.
    case kind
    /// A correction of the entry's id.
    case id

    /// The field's value as text, as `applying` reads it back ("" for a field not printed).
    public func text(of entry: Entry) -> String {
        switch self {
        case .title: entry.title
        case .type: entry.type ?? ""
        case .owner: entry.owner ?? ""
        case .controlOwner: entry.controlOwner ?? ""
        case .actionOwner: entry.actionOwner ?? ""
        case .targetDate: entry.targetDate ?? ""
        case .direction: entry.direction.text ?? ""
        case .confidence: Self.confidenceText(entry.confidence)
        case .kind: entry.kind.rawValue
        case .id: entry.id
        }
    }

    /// The entry at `index` of `register` with this field set to `text`.
    /// - Throws: `EditRefusal` when the text does not fit the field.
    public func applying(_ text: String, toEntryAt index: Int, of register: Register) throws(EditRefusal) -> Entry {
        var entry = register.entries[index]
        let trimmed = text.trimmingWhitespace()
        let optional: String? = trimmed.isEmpty ? nil : text
        switch self {
        case .title:
            guard let title = optional else { throw EditRefusal("an entry needs a title") }
            entry.title = title
        case .type: entry.type = optional
        case .owner: entry.owner = optional
        case .controlOwner: entry.controlOwner = optional
        case .actionOwner: entry.actionOwner = optional
        case .targetDate: entry.targetDate = optional
        case .direction: entry.direction.text = optional
        case .confidence:
            guard let quarters = Self.confidenceQuarters(text) else {
                throw EditRefusal("confidence is four of g, a, r or - (Q1 to Q4), e.g. \"g a - r\"")
            }
            entry.confidence.quarters = quarters
        case .kind:
            guard let kind = EntryKind(rawValue: trimmed.lowercased()) else {
                throw EditRefusal("kind is risk or opportunity")
            }
            entry.kind = kind
        case .id:
            guard !trimmed.isEmpty, !trimmed.contains(where: \.isNewline) else { throw EditRefusal("an id is one line and not empty") }
            if register.entries.indices.contains(where: { $0 != index && register.entries[$0].id == trimmed }) {
                throw EditRefusal("\(trimmed) is another entry's id")
            }
            entry.id = trimmed
        }
        return entry
    }

    /// Confidence as the browser shows it for editing: "g a - r".
    public static func confidenceText(_ confidence: Confidence) -> String {
        confidence.quarters.map { $0.map { String($0.rawValue.prefix(1)) } ?? "-" }.joined(separator: " ")
    }

    /// "g a - r" (or "gaxr", "green amber - red") as four quarters; nil when it is not that.
    public static func confidenceQuarters(_ text: String) -> [RAG?]? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        let letters: [Character] = words.count == 4 ? words.map { $0.first ?? "-" } : Array(text.lowercased().filter { !$0.isWhitespace })
        guard letters.count == 4 else { return nil }
        var quarters: [RAG?] = []
        for letter in letters {
            switch letter {
            case "g": quarters.append(.green)
            case "a": quarters.append(.amber)
            case "r": quarters.append(.red)
            case "-", "–", "—", "x", "_": quarters.append(nil)
            default: return nil
            }
        }
        return quarters
    }
}
