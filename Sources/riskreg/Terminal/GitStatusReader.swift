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
        return parse(run.output)
    }

    /// `git status --porcelain=v2 --branch -z` read: the branch headers, then one record per
    /// changed path (a rename's second record is its old path).
    static func parse(_ output: String) -> GitStatus {
        var branch: String?
        var ahead: Int?
        var behind: Int?
        var uncommitted = 0
        var records = output.split(separator: "\0", omittingEmptySubsequences: true)[...]
        while let record = records.popFirst() {
            let fields = record.split(separator: " ", omittingEmptySubsequences: false)
            guard let kind = fields.first else { continue }
            switch kind {
            case "#":
                if fields.count >= 3, fields[1] == "branch.head" {
                    branch = fields[2] == "(detached)" ? nil : fields[2...].joined(separator: " ")
                } else if fields.count >= 4, fields[1] == "branch.ab" {
                    ahead = Int(fields[2].dropFirst())
                    behind = Int(fields[3].dropFirst())
                }
            case "1", "2", "u", "?":
                // The path is everything after the record's fixed fields.
                let fixed = ["1": 8, "2": 9, "u": 10, "?": 1][String(kind)] ?? 1
                let path = fields.dropFirst(fixed).joined(separator: " ")
                if kind == "2" { _ = records.popFirst() }
                let name = path.split(separator: "/").last.map(String.init) ?? path
                if name.hasSuffix(".json"), !name.hasPrefix(".") { uncommitted += 1 }
            default:
                continue
            }
        }
        return GitStatus(branch: branch, ahead: ahead, behind: behind, uncommitted: uncommitted)
    }

    /// True when the repository's config says to commit each save (`git config riskreg.commit true`).
    static func commitsOnSave(in directory: URL, environment: [String: String]) -> Bool {
        guard let run = GitInvocation.run(["config", "--type=bool", "--get", "riskreg.commit"], in: directory,
                                          environment: environment), run.succeeded else { return false }
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
    }
}
