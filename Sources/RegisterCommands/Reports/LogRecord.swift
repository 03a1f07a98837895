import RegisterGit
import RiskRegister

/// One line of `riskreg log`: a change an entry's history records, or a commit that touched the
/// register's file.
public enum LogRecord: Equatable {
    /// A change of the entry with this id.
    case change(entry: String, Change)
    /// A commit.
    case commit(RegisterCommit)

    /// "2022-05-01T09:00:00Z A. Officer Corp 4 owner: "Ann" → "Bob""; "… commit 1a2b3c4d5e: subject".
    public var text: String {
        switch self {
        case .change(let entry, let change):
            "\(change.at) \(change.author) \(entry) \(change.field): \(Self.value(change.before)) → \(Self.value(change.after))"
        case .commit(let commit):
            "\(RegisterSaver.timestamp(commit.date)) \(commit.author) commit \(commit.hash.prefix(10)): \(commit.subject)"
        }
    }

    /// `{"type": "change", "at", "author", "entry", "field", "before", "after"}` or
    /// `{"type": "commit", "at", "author", "commit", "subject"}`.
    public var json: JSONValue {
        switch self {
        case .change(let entry, let change):
            .object(["type": .string("change"), "at": .string(change.at), "author": .string(change.author), "entry": .string(entry),
                     "field": .string(change.field), "before": change.before.map(JSONValue.string) ?? .null,
                     "after": change.after.map(JSONValue.string) ?? .null])
        case .commit(let commit):
            .object(["type": .string("commit"), "at": .string(RegisterSaver.timestamp(commit.date)), "author": .string(commit.author),
                     "commit": .string(commit.hash), "subject": .string(commit.subject)])
        }
    }

    private static func value(_ text: String?) -> String {
        text.map { SafeText.quoted($0, limit: 80) } ?? "(none)"
    }
}
