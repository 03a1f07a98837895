import ArgumentParser
import Foundation
import RegisterGit
import RiskRegister

/// `riskreg log [ID]`: who changed what and when: the entries' history records, and when the
/// register is in a git work tree the commits that touched its file, newest first.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show who changed what and when in a register (or one entry), newest first.",
        discussion: """
        Each change saved by riskreg is a line `when author entry field: before → after`. When the \
        data directory is in a git work tree, the commits that touched the register file are \
        interleaved by time, marked `commit`.
        """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Flag(name: .long, help: "Print the log as JSON.")
    var json = false

    @Argument(help: "Only this entry's changes (the id as printed); the commits are the register file's.")
    var id: String?

    /// One line of the log.
    private enum Record {
        case change(entry: String, Change)
        case commit(RegisterCommit)
    }

    func run() throws {
        let loaded = try CommandFailure.asBadInput { try registerOption.pick(in: data) }
        var entries = loaded.register.entries
        if let id {
            guard let entry = EntryLookup.find(id, in: loaded.register) else {
                throw CommandFailure("\(loaded.fileName): no entry \(SafeText.quoted(id, limit: 40)); entries: "
                                     + Output.idList(loaded.register.entries.map(\.id)), code: CommandFailure.badInput)
            }
            entries = [entry]
        }
        let parser = ISO8601DateFormatter()
        // (time, rank, record): later first; at one time a commit before the changes it committed,
        // and later history records (appended later) before earlier ones.
        var timed: [(date: Date, rank: Int, record: Record)] = []
        var rank = 0
        for entry in entries {
            for change in entry.history {
                rank += 1
                timed.append((parser.date(from: change.at) ?? .distantPast, rank, .change(entry: entry.id, change)))
            }
        }
        for commit in try RegisterCommits.touching(loaded.url, environment: ProcessInfo.processInfo.environment) {
            timed.append((commit.date, Int.max, .commit(commit)))
        }
        let records = timed.sorted { lhs, rhs in
            lhs.date != rhs.date ? lhs.date > rhs.date : lhs.rank > rhs.rank
        }.map(\.record)
        if json {
            Output.printJSON(.object(["register": .string(loaded.stem), "log": .array(records.map(Self.json))]))
            return
        }
        if records.isEmpty { Output.line("\(loaded.fileName): no changes recorded") }
        for record in records { Output.line(Self.text(record)) }
    }

    private static func text(_ record: Record) -> String {
        switch record {
        case .change(let entry, let change):
            "\(change.at) \(change.author) \(entry) \(change.field): \(value(change.before)) → \(value(change.after))"
        case .commit(let commit):
            "\(RegisterSaver.timestamp(commit.date)) \(commit.author) commit \(commit.hash.prefix(10)): \(commit.subject)"
        }
    }

    private static func value(_ text: String?) -> String {
        text.map { SafeText.quoted($0, limit: 80) } ?? "(none)"
    }

    private static func json(_ record: Record) -> JSONValue {
        switch record {
        case .change(let entry, let change):
            .object(["type": .string("change"), "at": .string(change.at), "author": .string(change.author), "entry": .string(entry),
                     "field": .string(change.field), "before": change.before.map(JSONValue.string) ?? .null,
                     "after": change.after.map(JSONValue.string) ?? .null])
        case .commit(let commit):
            .object(["type": .string("commit"), "at": .string(RegisterSaver.timestamp(commit.date)), "author": .string(commit.author),
                     "commit": .string(commit.hash), "subject": .string(commit.subject)])
        }
    }
}
