import ArgumentParser
import RegisterCommands
import RiskRegister

/// `riskreg merge-driver %O %A %B %P`: git's merge driver for registers (`MergeDriver`, set by
/// `git-setup`).
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Git's merge driver for registers: a three-way merge by entry and field (set up by git-setup).",
        discussion: """
        Merges the common ancestor (%O), our version (%A, the branch being merged into: your own \
        commits in a pull) and theirs (%B, the commits being merged in: the team's) as the browser \
        does: entries are matched by identity (uid), so a renumbering on one side and an edit on \
        the other make one entry; changes to different entries, fields or list items combine; two \
        risks added on both sides are both kept; both histories are kept. The result is validated \
        (its warnings, such as two entries showing one printed id, are printed) and written \
        canonically over %A, exit 0. Where both sides changed the same place differently the file \
        keeps THEIR value (what the rest of the team already has) and records base, ours and theirs \
        under "mergeConflicts", so the file stays a valid register that `validate` reports and the \
        browser resolves field by field; exit 1, so git stops the merge. A version that is not a \
        register, or a merge that would not be one, is left to git with the reason: %A unchanged, exit 1.
        """,
        shouldDisplay: false
    )

    @Argument(help: "The common ancestor (%O).") var base: String
    @Argument(help: "Our version (%A), overwritten with the merge.") var ours: String
    @Argument(help: "Their version (%B).") var theirs: String
    @Argument(help: "The register's path in the repository (%P), for messages.") var path: String

    @Option(name: .customLong("max-file-size"),
            help: "The largest version to read, in MiB (default \(FormatLimits.defaultMaximumFileBytes / 1_048_576)); a larger one is left to git.")
    var maxFileSize: Int?

    func run() throws {
        let maximumBytes = maxFileSize.map { $0 * 1_048_576 } ?? FormatLimits.defaultMaximumFileBytes
        let outcome = MergeDriver(base: base, ours: ours, theirs: theirs, path: path, maximumBytes: maximumBytes).run()
        outcome.messages.forEach(StandardError.print)
        if !outcome.merged { throw ExitCode.failure }
    }
}
