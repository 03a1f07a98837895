import ArgumentParser
import RiskRegister

/// `riskreg timeline ID`: an entry's ratings in every register of the data directory it runs
/// through, oldest first, following the registers' succession and the entries' links
/// (`EntryTimeline`).
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show an entry's ratings in every register it appears in, oldest first.",
        discussion: """
        Follows the entry from the newest register with that id back through each register's \
        predecessor and forward through its successor, by identity (uid) or by previousIds links, \
        so a renumbered entry is followed under its old id and a reused printed id is not taken for \
        the same risk. A title that changed completely between two points is said below the \
        table. Files that do not \
        load are reported on stderr. Exit 0, 1 when no register has an entry of that id, 2 when the \
        data directory cannot be read.
        """
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "Print a JSON array: register, period, id, status, current, target, residual.")
    var json = false

    @Argument(help: "The entry id as printed (\"Corp 4\"); case and spaces are ignored.")
    var id: String

    func run() throws {
        let scan = try CommandFailure.asBadInput { try data.load() }
        for failure in scan.failures {
            failure.messages.forEach(StandardError.print)
        }
        let points = EntryTimeline.points(for: id, in: scan.registers.map { (stem: $0.stem, register: $0.register) })
        guard !points.isEmpty else {
            throw CommandFailure("no entry \(SafeText.quoted(id, limit: 40)) in any register of \(data.directory.path)")
        }
        if json {
            Output.printJSON(.array(points.map { point in
                .object(["register": .string(point.stem), "period": .string(point.period), "id": .string(point.entry.id),
                         "status": .string(point.entry.status.state.rawValue),
                         "current": RatingJSON.value(point.entry.current), "target": RatingJSON.value(point.entry.target),
                         "residual": RatingJSON.value(point.entry.residual)])
            }))
            return
        }
        let rows = [["REGISTER", "PERIOD", "ID", "CURRENT", "TARGET", "RESIDUAL", "TITLE"]]
            + points.map { point in
                let closed = point.entry.isClosed ? "(closed) " : ""
                return [point.stem, point.period, point.entry.id, ScoreText.rating(point.entry.current),
                        ScoreText.rating(point.entry.target), ScoreText.rating(point.entry.residual),
                        closed + point.entry.title].map { SafeText.cut(SafeText.visible($0), limit: 200) }
            }
        Output.print(TextTable.render(rows), terminator: "")
        for (before, after) in zip(points, points.dropFirst())
        where TitleChange.isComplete(from: before.entry.title, to: after.entry.title) {
            Output.line("\(after.period): " + TitleChange.line(from: SafeText.cut(SafeText.visible(before.entry.title), limit: 80),
                                                              to: SafeText.cut(SafeText.visible(after.entry.title), limit: 80)))
        }
        let scores = points.map(\.entry.current.effectiveScore)
        let values = scores.map { $0.map(String.init) ?? "-" }.joined(separator: " → ")
        Output.line("current  \(Sparkline.render(scores))  \(values)")
    }
}
