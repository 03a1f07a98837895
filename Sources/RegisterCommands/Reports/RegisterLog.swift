import Foundation
import RegisterGit
import RiskRegister

/// `riskreg log [ID]`: who changed what and when: the entries' history records, and the commits
/// that touched the register's file, newest first.
public struct RegisterLog {
    /// The records, newest first.
    public let records: [LogRecord]

    /// The history of `entries` and the `commits`, ordered by time, later first; at one time a
    /// commit before the changes it committed, and later history records (appended later)
    /// before earlier ones. A change whose time does not read is the oldest.
    public init(entries: [Entry], commits: [RegisterCommit]) {
        let parser = ISO8601DateFormatter()
        var timed: [(date: Date, rank: Int, record: LogRecord)] = []
        var rank = 0
        for entry in entries {
            for change in entry.history {
                rank += 1
                timed.append((parser.date(from: change.at) ?? .distantPast, rank, .change(entry: entry.id, change)))
            }
        }
        for commit in commits {
            timed.append((commit.date, Int.max, .commit(commit)))
        }
        records = timed.sorted { lhs, rhs in
            lhs.date != rhs.date ? lhs.date > rhs.date : lhs.rank > rhs.rank
        }.map(\.record)
    }

    /// A line per record, or one saying that `fileName` records no change.
    public func lines(fileName: String) -> [String] {
        records.isEmpty ? ["\(fileName): no changes recorded"] : records.map(\.text)
    }

    /// `{"register": stem, "log": [...]}`.
    public func json(stem: String) -> JSONValue {
        .object(["register": .string(stem), "log": .array(records.map(\.json))])
    }
}
