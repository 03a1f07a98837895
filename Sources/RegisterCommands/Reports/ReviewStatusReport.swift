import OrderedCollections
import RiskRegister

/// `riskreg review-status`: which open entries of a register have been reviewed this quarter
/// (`ReviewStatus`), with the latest review of each reviewed one.
public struct ReviewStatusReport {
    /// The register.
    public let loaded: LoadedRegister
    /// Its open entries, entry by entry (not by id: a register may repeat an id, which validate
    /// warns about).
    public let open: [Entry]
    /// The open entries reviewed since the register started.
    public let reviewed: [Entry]
    private let status: ReviewStatus

    /// The review status of `loaded`.
    public init(_ loaded: LoadedRegister) {
        let register = loaded.register
        self.loaded = loaded
        status = ReviewStatus(register)
        open = register.entries.filter { !$0.isClosed }
        reviewed = open.filter { ReviewStatus.isReviewed($0, in: register) }
    }

    /// True when every open entry is reviewed.
    public var isComplete: Bool { status.isComplete }

    /// `{"register", "period", "started", "reviewed": [{"id", "at", "by", "outcome", "note"}], "notReviewed"}`.
    public var json: JSONValue {
        let register = loaded.register
        return .object([
            "register": .string(loaded.stem), "period": .string(register.period),
            "started": register.started.map(JSONValue.string) ?? .null,
            "reviewed": .array(reviewed.map { entry in
                var object: OrderedDictionary<String, JSONValue> = ["id": .string(entry.id)]
                if let review = entry.reviews.last {
                    object["at"] = .string(review.at)
                    object["by"] = .string(review.by)
                    object["outcome"] = .string(review.outcome.rawValue)
                    object["note"] = review.note.map(JSONValue.string) ?? .null
                }
                return .object(object)
            }),
            "notReviewed": .array(status.notReviewed.map(JSONValue.string)),
        ])
    }

    /// A line of counts, then a table of the open entries with the latest review of each reviewed
    /// one (its cells made safe for a terminal; none without open entries).
    public var lines: [String] {
        let register = loaded.register
        let since = register.started.map { "since \($0)" } ?? "(no start recorded: any review counts)"
        let heading = "\(register.title) \(register.period) (\(loaded.fileName)): \(reviewed.count) of \(open.count) open entries reviewed \(since)"
        guard !open.isEmpty else { return [heading] }
        let rows = [["ID", "REVIEW", "AT", "BY", "OUTCOME"]]
            + open.map { entry in
                guard ReviewStatus.isReviewed(entry, in: register), let review = entry.reviews.last else {
                    return [entry.id, "not reviewed"]
                }
                return [entry.id, "reviewed", review.at, review.by, review.outcome.rawValue + (review.note.map { ": \($0)" } ?? "")]
            }
            .map { $0.map { SafeText.cut(SafeText.visible($0), limit: 200) } }
        return [heading] + TextTable.lines(rows)
    }
}
