import Foundation
import RiskRegister

/// `riskreg sync`: pulls the team's changes (merged by riskreg's merge driver) and pushes yours,
/// in the repository holding the data directory. It refuses, changing nothing, while the clone is
/// not set up, a merge waits, registers or `.gitattributes` are not committed or the branch has no
/// upstream; a pull that stops on conflicts is told register by register (`MergeReport`).
public struct RegisterSync: Sendable {
    /// The repository.
    public let repository: GitRepository
    /// The `--data` argument as given, repeated in the riskreg commands the messages name.
    public let dataArgument: String?
    /// The largest register file to read for the report of a merge, in bytes.
    public let maximumBytes: Int

    /// A sync of `repository`.
    public init(repository: GitRepository, dataArgument: String?, maximumBytes: Int) {
        self.repository = repository
        self.dataArgument = dataArgument
        self.maximumBytes = maximumBytes
    }

    /// Pulls then pushes, git's own progress passed through to riskreg's output and error;
    /// `say` prints riskreg's lines between them ("pulling from …").
    /// - Throws: `SyncStop` when it refuses or stops, `GitError` when git cannot run.
    public func run(say: (String) -> Void) throws {
        let git = repository.git
        guard try repository.mergeDriver() != nil else {
            throw SyncStop(lines: [
                "riskreg is not set up as the merge driver in \(repository.top.path), so a pull would merge registers line by line.",
                "Run this once in this clone, then sync again:",
                "  " + report.riskreg(["git-setup"]),
            ])
        }
        let unmerged = try repository.unmergedPaths()
        guard unmerged.isEmpty, try !repository.isMerging() else {
            throw SyncStop(lines: report.lines(unmerged, stopped: false))
        }
        let uncommitted = try repository.registerPaths(["diff", "--name-only", "HEAD"])
            + repository.registerPaths(["ls-files", "--others", "--exclude-standard"])
        guard uncommitted.isEmpty else {
            throw SyncStop(lines: ["registers with uncommitted changes (sync merges commits only):"]
                + uncommitted.map { "  \($0)" }
                + ["Commit them, then sync again:",
                   "  " + repository.typed(["add", "--"] + uncommitted) + " && " + repository.typed(["commit", "-m", "Register updates"]),
                   "To have every save committed from now on: " + repository.typed(["config", "riskreg.commit", "true"]),
                   "(or give --commit to riskreg, note, rescore and set)."])
        }
        let attributes = SharedAttributes(repository: repository)
        if let status = try attributes.uncommitted() {
            throw SyncStop(lines: [
                ".gitattributes \(status == "??" ? "is not committed" : "has changes not committed"), so the team does not share "
                    + "riskreg's merge driver, and a pull bringing a teammate's copy would stop.",
                "Commit it, then sync again:",
                "  " + attributes.commitCommand,
            ])
        }
        guard let upstream = try git.value(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"]) else {
            let branch = try git.value(["rev-parse", "--abbrev-ref", "HEAD"]) ?? "this branch"
            throw SyncStop(lines: [
                "\(branch) has no upstream to sync with. Push it once, then sync:",
                "  " + repository.typed(["push", "-u", "origin", branch]),
                "(or name the branch it follows: " + repository.typed(["branch", "--set-upstream-to=origin/\(branch)"]) + ")",
            ])
        }
        say("pulling from \(upstream)")
        let pull = try git.run(["pull", "--no-rebase", "--no-edit"], passThrough: true, use: .user)
        if !pull.succeeded {
            let conflicted = try repository.unmergedPaths()
            guard conflicted.isEmpty, try !repository.isMerging() else {
                throw SyncStop(lines: report.lines(conflicted, stopped: true))
            }
            throw SyncStop(lines: [
                "git pull failed (status \(pull.status)): its message is above. Nothing was pushed and nothing was merged.",
                "Put right what git names, then sync again.",
            ])
        }
        say("pushing to \(upstream)")
        let push = try git.run(["push"], passThrough: true, use: .user)
        guard push.succeeded else {
            throw SyncStop(lines: [
                "git push failed (status \(push.status)): its message is above. Your commits are still only in this clone.",
                "Sync again (a teammate may have pushed meanwhile); if it fails again, put right what git names.",
            ])
        }
        say("in sync with \(upstream)")
    }

    /// The report of a merge in this repository.
    private var report: MergeReport {
        MergeReport(repository: repository, dataArgument: dataArgument, maximumBytes: maximumBytes)
    }
}
