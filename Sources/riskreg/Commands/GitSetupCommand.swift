import ArgumentParser
import Foundation
import RegisterCommands
import RegisterGit
import RegisterRuntime

/// `riskreg git-setup`: registers riskreg with the git repository holding the data directory, as
/// the merge and diff driver of its registers (`GitSetup`), by this executable's path.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make git merge and diff the data directory's registers with riskreg (run once in each clone).",
        discussion: """
        Adds to the repository's .gitattributes a line giving the data directory's *.json files \
        riskreg's merge and diff drivers, and commits .gitattributes (that file alone, hooks off) so \
        that `riskreg sync` shares it with the team; with --no-commit, or when .gitattributes has \
        other changes not committed, it prints the one command that commits it instead (sync \
        refuses until it is committed). In every clone, the first and each teammate's, run it once: \
        a clone whose .gitattributes already has the line only gets the config. It sets in the \
        repository's own config (.git/config, never your global one) merge.riskreg.driver, \
        diff.riskreg.command and diff.riskreg.textconv to this riskreg executable by its absolute \
        path, so git finds it whatever PATH a merge runs with: run git-setup again after moving \
        riskreg. Running it twice changes nothing. Exit 2 outside a git work tree.
        """
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .customLong("no-commit"), help: "Leave .gitattributes uncommitted, and print the command that commits it.")
    var noCommit = false

    func run() throws {
        let repository = try GitRepository(holding: data.directory)
        let setup = GitSetup(repository: repository, executable: RunningExecutable.path(), commits: !noCommit,
                             author: UserIdentity.author(environment: ProcessInfo.processInfo.environment))
        let changed = try setup.run()
        if changed.isEmpty {
            Output.line("riskreg is already set up in \(repository.top.path)")
        } else {
            changed.forEach { Output.line($0) }
        }
    }
}
