import Foundation
import RegisterUI

/// Where the data directory stands in git, read with `git status`: the browser's status line
/// shows it. Nil outside a git work tree, or when git is not installed.
enum GitStatusReader {
    /// The directory's branch, its register files not committed and how far it is ahead of and
    /// behind its upstream.
    static func status(of directory: URL, environment: [String: String]) -> GitStatus? {
        // `-- .` counts the data directory's files only, whatever else the repository holds.
        guard let run = GitInvocation.run(["status", "--porcelain=v2", "--branch", "--untracked-files=all", "-z", "--", "."],
                                          in: directory, environment: environment), run.succeeded else { return nil }
        return GitStatus(porcelain: run.output)
    }

    /// True when the repository's config says to commit each save (`git config riskreg.commit true`).
    static func commitsOnSave(in directory: URL, environment: [String: String]) -> Bool {
        guard let run = GitInvocation.run(["config", "--type=bool", "--get", "riskreg.commit"], in: directory,
                                          environment: environment), run.succeeded else { return false }
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
    }
}
