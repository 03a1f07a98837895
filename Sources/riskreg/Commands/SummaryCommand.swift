import ArgumentParser
import OrderedCollections
import RegisterInterchange
import RiskRegister

/// `riskreg summary`: the summary risk profile of a register (`SummaryProfile`): the printed
/// Appendix B rows where the register has them, else rows computed from the entries, with how
/// each entry moved since the previous register when there is one in the data directory.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a register's summary risk profile (Appendix B): id, description, scores, target date, confidence, direction.",
        discussion: """
        A register whose entries carry a printed profile row (lcc-2021-22-q4) shows the rows as \
        printed; a row whose printed scores no longer match its entry (after a rescore) is marked. \
        Other registers get rows computed from the entries. A register that states its appetite gets \
        an APPETITE column flagging the risks outside it (by their current score). The direction column gives the printed \
        words and, when the register has a predecessor in the data directory, the computed movement. \
        Exit 0, or 2 when the register cannot be found or read.
        """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Option(name: .long, help: "Output format: text, csv, md or json.")
    var format: SummaryFormat = .text

    func run() throws {
        let loaded = try CommandFailure.asBadInput { try registerOption.pick(in: data) }
        let predecessor = PredecessorLookup.register(before: loaded, in: data)
        let profile = SummaryProfile(register: loaded.register, predecessor: predecessor?.register)
        switch format {
        case .text:
            let origin = profile.isPrinted ? "as printed" : "computed from the entries"
            let since = predecessor.map { "; moved since \($0.stem)" } ?? ""
            Output.line("Summary risk profile: \(loaded.register.title) \(loaded.register.period) (\(loaded.stem)), \(origin)\(since)")
            let appetite = loaded.register.appetite
            Output.print(TextTable.render(SummaryTable.rows(profile, appetite: appetite != nil).map { $0.map { SafeText.visible($0) } }),
                         terminator: "")
            if let appetite {
                Output.line("Appetite \(appetite.label): \(profile.outsideAppetiteRows.count) risks outside")
            }
            for row in profile.staleRows {
                let ratings = row.staleRatings.map(\.rawValue).joined(separator: " and ")
                Output.line("! \(row.id): the printed \(ratings) score no longer matches entry \(row.entryID)")
            }
        case .csv:
            try OutputTarget.write(CSVText.bytes(SummaryTable.rows(profile, forCSV: true, appetite: loaded.register.appetite != nil)), to: nil)
        case .md:
            Output.print(MarkdownPack.table(profile, appetite: loaded.register.appetite != nil).joined(separator: "\n"))
        case .json:
            Output.printJSON(Self.json(profile, loaded: loaded, predecessor: predecessor))
        }
    }

    /// `{"register", "period", "printed", "goal", "previous", "rows": [...]}`.
    private static func json(_ profile: SummaryProfile, loaded: LoadedRegister, predecessor: LoadedRegister?) -> JSONValue {
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
