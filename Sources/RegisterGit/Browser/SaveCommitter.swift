import Foundation
import RegisterUI
import RiskRegister

/// Commits a saved register file (`--commit`, or `git config riskreg.commit true`): `git add`,
/// then `git commit` of that file only, with a message naming the entries and fields the save
/// changed (`SaveCommitMessage`). The commit is git's user's when git has a `user.email`;
/// otherwise riskreg's author, as "NAME <NAME@riskreg.invalid>", author and committer both. The
/// repository's hooks do not run for it (`GitUse.riskreg`): a save is not the user asking git.
public struct SaveCommitter: Sendable {
    /// riskreg's author (`RISKREG_AUTHOR` or the login name).
    public let author: String
    /// The environment git runs with.
    public let environment: [String: String]

    /// A committer for `author`, running git with `environment`.
    public init(author: String, environment: [String: String]) {
        self.author = author
        self.environment = environment
    }

    /// Commits the saved file; its new commit's short hash, or git's reason.
    public func commit(_ saved: LoadedRegister, before: Register) -> Result<String, GitFailure> {
        let directory = saved.url.deletingLastPathComponent()
        let file = saved.url.lastPathComponent
        let name = saved.url.deletingPathExtension().lastPathComponent
        let message = SaveCommitMessage.text(name: name, before: before, saved: saved.register)
        guard let added = git(["add", "--", file], in: directory) else { return .failure(GitFailure("git is not installed")) }
        guard added.succeeded else { return .failure(GitFailure(added.message)) }
        let identity = hasGitIdentity(in: directory) ? [] : ["-c", "user.name=\(author)", "-c", "user.email=\(Self.address(for: author))"]
        guard let committed = git(identity + ["commit", "--quiet", "--no-verify", "-m", message, "--", file], in: directory) else {
            return .failure(GitFailure("git is not installed"))
        }
        guard committed.succeeded else { return .failure(GitFailure(committed.message)) }
        guard let head = git(["rev-parse", "--short", "HEAD"], in: directory), head.succeeded else {
            return .success("")
        }
        return .success(head.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// "Ann Smith" → "Ann.Smith@riskreg.invalid": a name safe in an address, under a domain that
    /// can never receive mail.
    public static func address(for author: String) -> String {
        let local = author.map { $0.isLetter || $0.isNumber || "._-".contains($0) ? String($0) : "." }.joined()
        return (local.isEmpty ? "riskreg" : local) + "@riskreg.invalid"
    }

    private func hasGitIdentity(in directory: URL) -> Bool {
        git(["config", "--get", "user.email"], in: directory)?.succeeded ?? false
    }

    /// A call riskreg makes on its own: the repository's hooks and file-system monitor do not run.
    private func git(_ arguments: [String], in directory: URL) -> GitResult? {
        Git(directory: directory, environment: environment).attempt(arguments)
    }
}
