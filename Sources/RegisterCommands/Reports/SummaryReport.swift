import OrderedCollections
import RegisterInterchange
import RiskRegister

/// `riskreg summary`: the summary risk profile of a register (`SummaryProfile`): the printed
/// Appendix B rows where the register has them, else rows computed from the entries, with how
/// each entry moved since the previous register when there is one in the data directory.
public struct SummaryReport {
    /// The register.
    public let loaded: LoadedRegister
    /// The register it follows in the data directory, if any.
    public let predecessor: LoadedRegister?
    /// Its profile.
    public let profile: SummaryProfile

    /// The summary of `loaded`, with movements since `predecessor`.
    public init(_ loaded: LoadedRegister, predecessor: LoadedRegister?) {
        self.loaded = loaded
        self.predecessor = predecessor
        profile = SummaryProfile(register: loaded.register, predecessor: predecessor?.register)
    }

    private var hasAppetite: Bool { loaded.register.appetite != nil }

    /// A heading, the table (its cells made safe for a terminal), how many risks are outside the
    /// appetite when the register states one, and a line for each printed row gone stale.
    public var lines: [String] {
        let register = loaded.register
        let origin = profile.isPrinted ? "as printed" : "computed from the entries"
        let since = predecessor.map { "; moved since \($0.stem)" } ?? ""
        var lines = ["Summary risk profile: \(register.title) \(register.period) (\(loaded.stem)), \(origin)\(since)"]
        lines += TextTable.lines(SummaryTable.rows(profile, appetite: hasAppetite).map { $0.map { SafeText.visible($0) } })
        if let appetite = register.appetite {
            lines.append("Appetite \(appetite.label): \(profile.outsideAppetiteRows.count) risks outside")
        }
        for row in profile.staleRows {
            let ratings = row.staleRatings.map(\.rawValue).joined(separator: " and ")
            lines.append("! \(row.id): the printed \(ratings) score no longer matches entry \(row.entryID)")
        }
        return lines
    }

    /// The rows as CSV.
    public func csv() -> [UInt8] {
        CSVText.bytes(SummaryTable.rows(profile, forCSV: true, appetite: hasAppetite))
    }

    /// The rows as a Markdown table, lines joined by line breaks.
    public var markdown: String {
        MarkdownPack.table(profile, appetite: hasAppetite).joined(separator: "\n")
    }

    /// `{"register", "period", "printed", "goal", "previous", "rows": [...]}`.
    public var json: JSONValue {
        let rows = profile.rows.map { row -> JSONValue in
            let confidence = OrderedDictionary(uniqueKeysWithValues: zip(Confidence.keys, row.confidence.quarters.map { $0.map { JSONValue.string($0.rawValue) } ?? .null }))
            return .object(["id": .string(row.id), "entry": .string(row.entryID), "kind": .string(row.kind.rawValue),
                            "description": .string(row.description), "current": row.currentScore.map(JSONValue.int) ?? .null,
                            "target": row.targetScore.map(JSONValue.int) ?? .null, "targetDate": row.targetDate.map(JSONValue.string) ?? .null,
                            "confidence": .object(confidence), "direction": row.printedDirection.map(JSONValue.string) ?? .null,
                            "movement": row.movement.map { .string($0.rawValue) } ?? .null, "printed": .bool(row.isPrinted),
                            "stale": .array(row.staleRatings.map { .string($0.rawValue) }),
                            "outsideAppetite": .bool(row.outsideAppetite)])
        }
        return .object(["register": .string(loaded.stem), "period": .string(loaded.register.period), "printed": .bool(profile.isPrinted),
                        "goal": .string(profile.goalKind.rawValue), "previous": predecessor.map { .string($0.stem) } ?? .null,
                        "rows": .array(rows)])
    }
}
