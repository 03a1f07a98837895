import ArgumentParser
import OrderedCollections
import RiskRegister

/// `riskreg review-status`: which open entries of a register have been reviewed this quarter
/// (`ReviewStatus`), with the latest review of each reviewed one.
struct ReviewStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review-status",
        abstract: "Show which open entries of a register are reviewed this quarter and which are not.",
        discussion: """
        An entry is reviewed once it has a review at or after the register's `started` (any review, \
        for a register without it). Closed entries are left out. Exit 0 when every open entry is \
        reviewed, 1 while any is not, 2 when the register cannot be found or read.
        """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Flag(name: .long, help: "Print a JSON object: register, period, started, reviewed (with the latest review), notReviewed.")
    var json = false

    func run() throws {
        let loaded = try CommandFailure.asBadInput { try registerOption.pick(in: data) }
        let register = loaded.register
        let status = ReviewStatus(register)
        // Entry by entry (not by id: a register may repeat an id, which validate warns about).
        let open = register.entries.filter { !$0.isClosed }
        let reviewed = open.filter { ReviewStatus.isReviewed($0, in: register) }
        if json {
            Output.printJSON(.object([
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
            ]))
        } else {
            let since = register.started.map { "since \($0)" } ?? "(no start recorded: any review counts)"
            Output.line("\(register.title) \(register.period) (\(loaded.fileName)): \(reviewed.count) of \(open.count) open entries reviewed \(since)")
            let rows = [["ID", "REVIEW", "AT", "BY", "OUTCOME"]]
                + open.map { entry in
                    guard ReviewStatus.isReviewed(entry, in: register), let review = entry.reviews.last else {
                        return [entry.id, "not reviewed"]
                    }
                    return [entry.id, "reviewed", review.at, review.by, review.outcome.rawValue + (review.note.map { ": \($0)" } ?? "")]
                }
                .map { $0.map { SafeText.cut(SafeText.visible($0), limit: 200) } }
            if !open.isEmpty { Output.print(TextTable.render(rows), terminator: "") }
        }
        if !status.isComplete { throw ExitCode(1) }
    }
}
