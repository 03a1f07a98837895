import ArgumentParser
import Foundation
import RegisterGit

/// `riskreg sync`: pulls the team's changes (merged by riskreg's merge driver) and pushes yours
/// (`RegisterSync`). Every refusal and stop is told in lines a person can follow: what happened,
/// then the commands that put it right (`SyncStop`, printed by `StandardError.print(lines:)`:
/// riskreg's own line breaks are real, while the ids and file names inside each line are still
/// shown escaped), exit 1.
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
        let repository = try GitRepository(holding: data.directory)
        do {
            try RegisterSync(repository: repository, dataArgument: data.data, maximumBytes: data.maximumBytes).run(say: Output.line)
        } catch let stop as SyncStop {
            var lines = stop.lines
            if let first = lines.first { lines[0] = "riskreg: error: " + first }
            StandardError.print(lines: lines)
            throw ExitCode(1)
        }
    }
}
