import Foundation
import RegisterUI

/// Where the data directory stands in git, read with `git status` (as riskreg's own call: no
/// file-system monitor, hooks or submodules run, `GitUse.riskreg`): the browser's status line
/// shows it. Nil outside a git work tree, or when git is not installed.
public enum GitStatusReader {
    /// The directory's branch, its register files not committed and how far it is ahead of and
    /// behind its upstream.
    public static func status(of directory: URL, environment: [String: String]) -> GitStatus? {
        guard mayBeInWorkTree(directory, environment: environment) else { return nil }
        // `-- .` counts the data directory's files only, whatever else the repository holds.
        let git = Git(directory: directory, environment: environment)
        guard let run = git.attempt(["status", "--porcelain=v2", "--branch", "--untracked-files=all", "--ignore-submodules=all",
                                     "-z", "--", "."]), run.succeeded else { return nil }
        return GitStatus(porcelain: run.output)
    }

    /// False when no `.git` stands in the directory or any folder above it (and `GIT_DIR` is not
    /// set): then no `git` process is started at all, at the browser's start or on each save.
    public static func mayBeInWorkTree(_ directory: URL, environment: [String: String]) -> Bool {
        if environment["GIT_DIR"] != nil { return true }
        var folder = directory.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) { return true }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return false }
            folder = parent
        }
    }

    /// True when the repository's config says to commit each save (`git config riskreg.commit true`).
    public static func commitsOnSave(in directory: URL, environment: [String: String]) -> Bool {
        guard mayBeInWorkTree(directory, environment: environment) else { return false }
        guard let run = Git(directory: directory, environment: environment).attempt(["config", "--type=bool", "--get", "riskreg.commit"]),
              run.succeeded else { return false }
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
    }
}
