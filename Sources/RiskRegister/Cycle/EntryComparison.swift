/// One entry compared across two registers: the entry before and after (either may be missing),
/// the fields that differ by their file key names, and how it moved.
public struct EntryComparison: Equatable, Sendable {
    /// The fields compared, in file order. The id, links, status, reviews, history, notes on the
    /// source, where it was printed, the printed profile row and the printed direction of travel
    /// (the comparison's `movement` is the direction) are not what moved, and are left out.
    public static let comparedFields = ["kind", "title", "type", "description", "consequences", "controls", "controlOwner",
                                        "actions", "actionOwner", "progress", "owner", "current", "target", "residual",
                                        "targetDate", "confidence"]

    /// The entry in the earlier register.
    public let before: Entry?
    /// The entry in the later register.
    public let after: Entry?
    /// The fields that differ (empty for an added or removed entry).
    public let fields: [String]
    /// Up, down, level, new or removed.
    public let movement: Movement

    /// Compares `before` with `after`. Confidence columns are a financial year's Q1 to Q4, so
    /// across a year (`sameFinancialYear` false) they are not compared.
    public init(before: Entry?, after: Entry?, sameFinancialYear: Bool = true) {
        self.before = before
        self.after = after
        self.movement = Movement.of(before: before, after: after)
        if let before, let after, movement != .removed, movement != .new {
            fields = Self.comparedFields.filter { ($0 != "confidence" || sameFinancialYear) && !Self.same($0, before, after) }
        } else {
            fields = []
        }
    }

    /// The id to show: the later entry's, else the earlier one's.
    public var id: String { after?.id ?? before?.id ?? "" }

    /// True when the entry was on both registers under different printed ids (renumbered).
    public var isRenumbered: Bool {
        guard let before, let after else { return false }
        return EntryIdentity.key(before.id) != EntryIdentity.key(after.id)
    }

    /// True when the entry's title changed so much that the join should be pointed out (`TitleChange`).
    public var titleChangedCompletely: Bool {
        guard let before, let after else { return false }
        return TitleChange.isComplete(from: before.title, to: after.title)
    }

    /// True when the entry was on both registers and something changed.
    public var isChanged: Bool { !fields.isEmpty }

    /// The ratings that changed, before and after.
    public var ratingChanges: [(kind: RatingKind, from: Rating, to: Rating)] {
        guard let before, let after else { return [] }
        return RatingKind.allCases.filter { fields.contains($0.rawValue) }.map { ($0, before.rating($0), after.rating($0)) }
    }

    /// Items compare by what they say (text, heading, level, date, author), not by their ids:
    /// two transcriptions of one document give the same item different ids.
    private static func same(_ field: String, _ a: Entry, _ b: Entry) -> Bool {
        func items(_ list: [Item]) -> [[String?]] { list.map { [$0.text, $0.heading, String($0.level), $0.date, $0.author] } }
        switch field {
        case "kind": return a.kind == b.kind
        case "title": return a.title == b.title
        case "type": return a.type == b.type
        case "description": return items(a.description) == items(b.description)
        case "consequences": return items(a.consequences) == items(b.consequences)
        case "controls": return items(a.controls) == items(b.controls)
        case "controlOwner": return a.controlOwner == b.controlOwner
        case "actions": return items(a.actions) == items(b.actions)
        case "actionOwner": return a.actionOwner == b.actionOwner
        case "progress": return items(a.progress) == items(b.progress)
        case "owner": return a.owner == b.owner
        case "current": return sameRating(a.current, b.current)
        case "target": return sameRating(a.target, b.target)
        case "residual": return sameRating(a.residual, b.residual)
        case "targetDate": return a.targetDate == b.targetDate
        case "confidence": return a.confidence.quarters == b.confidence.quarters
        default: return true
        }
    }

    private static func sameRating(_ a: Rating, _ b: Rating) -> Bool {
        a.likelihood == b.likelihood && a.impact == b.impact && a.score == b.score
            && a.likelihoodText == b.likelihoodText && a.impactText == b.impactText
    }
}
