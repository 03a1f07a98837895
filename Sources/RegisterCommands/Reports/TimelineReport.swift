import Foundation
import RiskRegister

/// `riskreg timeline ID`: an entry's ratings in every register it runs through, oldest first
/// (`EntryTimeline`).
public enum TimelineReport {
    /// The points of the entry `id` names through `registers` (`EntryTimeline`), oldest first; a
    /// failure (status 1) when no register of `directory` has such an entry.
    public static func points(for id: String, in registers: [LoadedRegister], of directory: URL) throws(CommandFailure) -> [TimelinePoint] {
        let points = EntryTimeline.points(for: id, in: registers.map { (stem: $0.stem, register: $0.register) })
        guard !points.isEmpty else {
            throw CommandFailure("no entry \(SafeText.quoted(id, limit: 40)) in any register of \(directory.path)")
        }
        return points
    }

    /// `[{"register", "period", "id", "status", "current", "target", "residual"}]`.
    public static func json(_ points: [TimelinePoint]) -> JSONValue {
        .array(points.map { point in
            .object(["register": .string(point.stem), "period": .string(point.period), "id": .string(point.entry.id),
                     "status": .string(point.entry.status.state.rawValue),
                     "current": RatingJSON.value(point.entry.current), "target": RatingJSON.value(point.entry.target),
                     "residual": RatingJSON.value(point.entry.residual)])
        })
    }

    /// A table of the points (every cell made safe for a terminal), a line for each title that
    /// changed completely between two points, and the current scores as a sparkline.
    public static func lines(_ points: [TimelinePoint]) -> [String] {
        let rows = [["REGISTER", "PERIOD", "ID", "CURRENT", "TARGET", "RESIDUAL", "TITLE"]]
            + points.map { point in
                let closed = point.entry.isClosed ? "(closed) " : ""
                return [point.stem, point.period, point.entry.id, ScoreText.rating(point.entry.current),
                        ScoreText.rating(point.entry.target), ScoreText.rating(point.entry.residual),
                        closed + point.entry.title].map { SafeText.cut(SafeText.visible($0), limit: 200) }
            }
        var lines = TextTable.lines(rows)
        for (before, after) in zip(points, points.dropFirst())
        where TitleChange.isComplete(from: before.entry.title, to: after.entry.title) {
            lines.append("\(after.period): " + TitleChange.line(from: SafeText.cut(SafeText.visible(before.entry.title), limit: 80),
                                                               to: SafeText.cut(SafeText.visible(after.entry.title), limit: 80)))
        }
        let scores = points.map(\.entry.current.effectiveScore)
        let values = scores.map { $0.map(String.init) ?? "-" }.joined(separator: " → ")
        lines.append("current  \(Sparkline.render(scores))  \(values)")
        return lines
    }
}
