import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg sync`: pulls the team's changes (merged by riskreg's merge driver) and pushes yours.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Pull the team's register changes (merged by entry and field) and push your commits.",
        discussion: """
        Runs `git pull --no-rebase --no-edit` then `git push` in the repository holding the data \
        directory. Refuses, changing nothing, when registers have uncommitted changes (commit them \
        first), when the branch has no upstream, or when git-setup has not run in this clone. When \
        the same field was changed on both sides the pull stops: the registers and entries in \
        conflict are listed, exit 1; open riskreg to resolve them field by field, then commit and \
        sync again. Exit 2 for a directory outside a git work tree.
        """
    )

    @OptionGroup var data: DataOptions

    func run() throws {
        let repository = try GitRepository(holding: data.directory)
        let git = repository.git
        guard try repository.mergeDriver() != nil else {
            throw CommandFailure("riskreg is not set up as the merge driver in \(repository.top.path): run `riskreg git-setup` first, "
                                 + "or a pull would merge registers line by line")
        }
        let unmerged = try repository.registerPaths(["diff", "--name-only", "--diff-filter=U"])
        guard unmerged.isEmpty else {
            throw CommandFailure(try conflictReport(repository, unmerged, stopped: false))
        }
        let uncommitted = try repository.registerPaths(["diff", "--name-only", "HEAD"])
            + repository.registerPaths(["ls-files", "--others", "--exclude-standard"])
        guard uncommitted.isEmpty else {
            throw CommandFailure("registers with uncommitted changes: \(uncommitted.joined(separator: ", ")); commit them "
                                 + "(git commit) before syncing, so that riskreg can merge them with the team's")
        }
        guard let upstream = try git.value(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"]) else {
            let branch = try git.value(["rev-parse", "--abbrev-ref", "HEAD"]) ?? "this branch"
            throw CommandFailure("\(branch) has no upstream to sync with: push it once with `git push -u origin \(branch)` "
                                 + "(or `git branch --set-upstream-to`)")
        }
        Output.line("pulling from \(upstream)")
        let pull = try git.run(["pull", "--no-rebase", "--no-edit"], passThrough: true, use: .user)
        if !pull.succeeded {
            let conflicted = try repository.registerPaths(["diff", "--name-only", "--diff-filter=U"])
            guard conflicted.isEmpty else { throw CommandFailure(try conflictReport(repository, conflicted, stopped: true)) }
            throw CommandFailure("git pull failed (status \(pull.status)); nothing was pushed")
        }
        Output.line("pushing to \(upstream)")
        let push = try git.run(["push"], passThrough: true, use: .user)
        guard push.succeeded else { throw CommandFailure("git push failed (status \(push.status)); your commits are still local") }
        Output.line("in sync with \(upstream)")
    }

    /// The conflicted registers and their entries and fields, and what to do.
    private func conflictReport(_ repository: GitRepository, _ paths: [String], stopped: Bool) throws -> String {
        var lines = [stopped ? "sync stopped: the same place was changed on both sides in \(paths.count) register(s):"
                             : "a merge is waiting to be finished: \(paths.count) register(s) in conflict:"]
        for path in paths {
            switch RegisterStore.load(repository.top.appendingPathComponent(path), maximumBytes: data.maximumBytes) {
            case .success(let loaded):
                let places = loaded.register.mergeConflicts.map(\.label)
                lines.append("  \(path): \(places.isEmpty ? "no conflict left: git add it" : places.joined(separator: "; "))")
            case .failure:
                lines.append("  \(path): not a register (merged line by line by git): fix it by hand")
            }
        }
        lines.append("open riskreg to resolve each field (m keeps mine, t theirs, e edits), then `git add` the register(s), "
                     + "`git commit` and `riskreg sync` again")
        return lines.joined(separator: "\n")
    }
}
