import Foundation

/// The commits of the git repository a register file is in that touched the file, newest first,
/// from the `git` command (`git log -- FILE`, riskreg's own call: `GitUse.riskreg`); none when the
/// file is not in a git work tree.
public enum RegisterCommits {
    /// The commits that touched `file`; empty outside a git work tree or without git.
    /// - Throws: `GitError.logFailed` when git is there but its log fails.
    public static func touching(_ file: URL, environment: [String: String]) throws(GitError) -> [RegisterCommit] {
        let git = Git(directory: file.deletingLastPathComponent(), environment: environment)
        guard let inside = git.attempt(["rev-parse", "--is-inside-work-tree"]), inside.succeeded,
              inside.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true" else { return [] }
        let log = try git.run(["log", "--format=%H%x1f%at%x1f%an%x1f%s%x1e", "--", file.lastPathComponent])
        guard log.succeeded else {
            throw .logFailed(file: file.lastPathComponent, message: log.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return log.output.split(separator: "\u{1E}").compactMap { record in
            let fields = record.trimmingCharacters(in: .newlines).split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let seconds = TimeInterval(fields[1]) else { return nil }
            return RegisterCommit(hash: fields[0], date: Date(timeIntervalSince1970: seconds), author: fields[2], subject: fields[3])
        }
    }
}
