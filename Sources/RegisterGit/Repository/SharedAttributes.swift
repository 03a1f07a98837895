import Foundation
import RegisterUI

/// The work tree's top `.gitattributes`, where `riskreg git-setup` names riskreg's merge and diff
/// drivers for the data directory's registers, and getting it committed so the whole team has it.
///
/// Left uncommitted it broke the second clone: each clone's git-setup wrote its own untracked
/// copy, and the first `riskreg sync` after a teammate pushed theirs stopped with git's "untracked
/// working tree files would be overwritten by merge". So git-setup commits the file when the
/// only change not committed in it is its own line, and otherwise prints the one command that
/// does; and `riskreg sync` refuses, naming that command, while it is not committed. Two clones
/// that both commit the same line merge cleanly (git takes identical additions as one).
public struct SharedAttributes: Sendable {
    /// The repository whose top holds the file.
    public let repository: GitRepository

    /// The file's path from the top, as git names it.
    public static let path = ".gitattributes"

    /// The message of the commit git-setup makes, and of the one it tells a person to make.
    public static let commitMessage = "Merge and diff the registers with riskreg (riskreg git-setup)"

    /// The attributes of a repository.
    public init(repository: GitRepository) {
        self.repository = repository
    }

    /// The file.
    public var file: URL { repository.top.appendingPathComponent(Self.path) }

    /// The line giving the data directory's registers riskreg's merge and diff drivers.
    public var line: String { "\(Self.pattern(prefix: repository.prefix)) merge=riskreg diff=riskreg" }

    /// The pattern of the register files of the data directory at `prefix` (from the top):
    /// anchored with a leading "/" so that only that directory's files match, C-quoted when the
    /// path has a space, tab, quote or backslash (git reads quoted patterns).
    public static func pattern(prefix: String) -> String {
        let pattern = "/\(prefix)*.json"
        guard pattern.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "\\" }) else { return pattern }
        let escaped = pattern.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\t", with: "\\t")
        return "\"\(escaped)\""
    }

    /// `existing` with `line` added as a line of its own at the end (a line break put before it
    /// when the text does not end in one); unchanged when a line already says it.
    public static func adding(_ line: String, to existing: String) -> String {
        guard !existing.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == line }) else {
            return existing
        }
        let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        return existing + separator + line + "\n"
    }

    /// How git sees the file: nil when it is committed as it is (or exists nowhere), else its
    /// two-letter `git status --porcelain` code ("??" untracked, " M" changed, "A " added...).
    public func uncommitted() throws(GitError) -> String? {
        let status = try repository.git.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--ignore-submodules=all",
                                             "--", Self.path])
        guard status.succeeded, status.output.count >= 2 else { return nil }
        return String(status.output.prefix(2))
    }

    /// The file as the last commit has it; "" when that commit has none, or there is no commit yet.
    func committedText() throws(GitError) -> String {
        let blob = try repository.git.run(["cat-file", "blob", "HEAD:\(Self.path)"])
        return blob.succeeded ? blob.output : ""
    }

    /// True when the file differs from its last commit by `line` alone: all that is not committed
    /// in it is git-setup's own doing, so git-setup may commit it.
    public func onlyAdds(_ line: String) throws(GitError) -> Bool {
        let committed = try committedText()
        guard let current = try? String(contentsOf: file, encoding: .utf8) else { return false }
        return current != committed && current == Self.adding(line, to: committed)
    }

    /// Commits the file alone (`git add`, then `git commit` of that path), with hooks off as for
    /// a save (`GitUse.riskreg`); by git's user when git has a `user.email`, else as `author`
    /// (see `SaveCommitter`). Its new commit's short hash, or git's reason.
    public func commit(author: String) throws(GitError) -> Result<String, GitFailure> {
        let git = repository.git
        let added = try git.run(["add", "--", Self.path])
        guard added.succeeded else { return .failure(GitFailure(added.message)) }
        let identity = try git.run(["config", "--get", "user.email"]).succeeded
            ? [] : ["-c", "user.name=\(author)", "-c", "user.email=\(SaveCommitter.address(for: author))"]
        let committed = try git.run(identity + ["commit", "--quiet", "--no-verify", "-m", Self.commitMessage, "--", Self.path])
        guard committed.succeeded else { return .failure(GitFailure(committed.message)) }
        return .success(try git.value(["rev-parse", "--short", "HEAD"]) ?? "")
    }

    /// The one command that commits the file, as a person types it where they are.
    public var commitCommand: String {
        repository.typed(["add", Self.path]) + " && " + repository.typed(["commit", "-m", Self.commitMessage])
    }
}
