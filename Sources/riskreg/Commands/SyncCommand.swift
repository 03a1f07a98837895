import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg sync`: pulls the team's changes (merged by riskreg's merge driver) and pushes yours.
/// Every refusal and stop is told in lines a person can follow: what happened, then the commands
/// that put it right (`StandardError.Report`: riskreg's own line breaks are real, while the ids
/// and file names inside each line are still shown escaped).
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Pull the team's register changes (merged by entry and field) and push your commits.",
        discussion: """
        Runs `git pull --no-rebase --no-edit` then `git push` in the repository holding the data \
        directory. Refuses, changing nothing and printing the commands that put it right, when \
        registers have uncommitted changes (`git add` them and `git commit`, or have every save \
        committed with `git config riskreg.commit true` or --commit), when .gitattributes is not \
        committed (git-setup commits it; with --no-commit it prints the command), when a merge is \
        waiting to be finished, when the branch has no upstream, or when git-setup has not run in \
        this clone. When the same field was changed on both sides the pull stops: the registers \
        and their entries and fields in conflict are listed with the steps to resolve them (open \
        riskreg on the register, M; then `git add`, `git commit --no-edit` and sync again), exit \
        1. Exit 2 for a directory outside a git work tree.
        """
    )

    @OptionGroup var data: DataOptions

    func run() throws {
        try StandardError.reporting(sync)
    }

    private func sync() throws {
        let repository = try GitRepository(holding: data.directory)
        let git = repository.git
        guard try repository.mergeDriver() != nil else {
            throw StandardError.Report(lines: [
                "riskreg is not set up as the merge driver in \(repository.top.path), so a pull would merge registers line by line.",
                "Run this once in this clone, then sync again:",
                "  " + riskreg(["git-setup"]),
            ])
        }
        let unmerged = try repository.unmergedPaths()
        guard unmerged.isEmpty, try !repository.isMerging() else {
            throw StandardError.Report(lines: try mergeReport(repository, unmerged, stopped: false))
        }
        let uncommitted = try repository.registerPaths(["diff", "--name-only", "HEAD"])
            + repository.registerPaths(["ls-files", "--others", "--exclude-standard"])
        guard uncommitted.isEmpty else {
            throw StandardError.Report(lines: ["registers with uncommitted changes (sync merges commits only):"]
                + uncommitted.map { "  \($0)" }
                + ["Commit them, then sync again:",
                   "  " + repository.typed(["add", "--"] + uncommitted) + " && " + repository.typed(["commit", "-m", "Register updates"]),
                   "To have every save committed from now on: " + repository.typed(["config", "riskreg.commit", "true"]),
                   "(or give --commit to riskreg, note, rescore and set)."])
        }
        let attributes = SharedAttributes(repository: repository)
        if let status = try attributes.uncommitted() {
            throw StandardError.Report(lines: [
                ".gitattributes \(status == "??" ? "is not committed" : "has changes not committed"), so the team does not share "
                    + "riskreg's merge driver, and a pull bringing a teammate's copy would stop.",
                "Commit it, then sync again:",
                "  " + attributes.commitCommand,
            ])
        }
        guard let upstream = try git.value(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"]) else {
            let branch = try git.value(["rev-parse", "--abbrev-ref", "HEAD"]) ?? "this branch"
            throw StandardError.Report(lines: [
                "\(branch) has no upstream to sync with. Push it once, then sync:",
                "  " + repository.typed(["push", "-u", "origin", branch]),
                "(or name the branch it follows: " + repository.typed(["branch", "--set-upstream-to=origin/\(branch)"]) + ")",
            ])
        }
        Output.line("pulling from \(upstream)")
        let pull = try git.run(["pull", "--no-rebase", "--no-edit"], passThrough: true, use: .user)
        if !pull.succeeded {
            let conflicted = try repository.unmergedPaths()
            guard conflicted.isEmpty, try !repository.isMerging() else {
                throw StandardError.Report(lines: try mergeReport(repository, conflicted, stopped: true))
            }
            throw StandardError.Report(lines: [
                "git pull failed (status \(pull.status)): its message is above. Nothing was pushed and nothing was merged.",
                "Put right what git names, then sync again.",
            ])
        }
        Output.line("pushing to \(upstream)")
        let push = try git.run(["push"], passThrough: true, use: .user)
        guard push.succeeded else {
            throw StandardError.Report(lines: [
                "git push failed (status \(push.status)): its message is above. Your commits are still only in this clone.",
                "Sync again (a teammate may have pushed meanwhile); if it fails again, put right what git names.",
            ])
        }
        Output.line("in sync with \(upstream)")
    }

    /// A merge that stopped (`stopped`, by this sync's pull) or waits to be finished: each file
    /// git could not merge, each register's entries and fields in conflict, and the steps that
    /// finish it.
    private func mergeReport(_ repository: GitRepository, _ paths: [String], stopped: Bool) throws -> [String] {
        let files = count(paths.count, "file")
        var lines: [String]
        if stopped {
            lines = ["sync stopped: the team's changes and yours could not all be merged, in \(files):"]
        } else {
            lines = [paths.isEmpty ? "a merge is waiting to be finished." : "a merge is waiting to be finished, with \(files) in conflict:"]
        }
        var toOpen: [String] = []
        for path in paths {
            guard repository.isRegister(path) else {
                lines.append("  \(path): not a register: git marked the conflict in the file (<<<<<<<); edit it by hand")
                continue
            }
            switch RegisterStore.load(repository.top.appendingPathComponent(path), maximumBytes: data.maximumBytes) {
            case .success(let loaded):
                let places = loaded.register.mergeConflicts.map(\.label)
                if places.isEmpty {
                    lines.append("  \(path): no conflict left in it")
                } else {
                    lines.append("  \(path): the same field changed on both sides:")
                    lines += places.map { "    \($0)" }
                    toOpen.append(loaded.fileName)
                }
            case .failure:
                lines.append("  \(path): not a valid register (merged line by line by git): fix it by hand")
            }
        }
        lines.append(stopped ? "Nothing was pushed. To finish the merge:" : "To finish it:")
        var step = 0
        func add(_ text: String) {
            step += 1
            lines.append("  \(step). \(text)")
        }
        for file in toOpen {
            let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            add("open riskreg on \(stem) (\(riskreg(["--register", stem]))) and press M: for each field m keeps mine, "
                + "t theirs, e edits the value; w saves")
        }
        if paths.isEmpty {
            add(repository.typed(["commit", "--no-edit"]))
        } else {
            add(repository.typed(["add", "--"] + paths) + " && " + repository.typed(["commit", "--no-edit"]))
        }
        add(riskreg(["sync"]))
        lines.append("(or undo the merge, back to before the pull: \(repository.typed(["merge", "--abort"])))")
        return lines
    }

    /// A riskreg command line as a person types it, with `--data` when it was given.
    private func riskreg(_ arguments: [String]) -> String {
        ShellCommand.line(["riskreg"] + arguments + (data.data.map { ["--data", $0] } ?? []))
    }

    /// "1 file", "2 files".
    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
