import ArgumentParser
import Foundation
import RegisterCommands
import RegisterGit

/// `riskreg git-diff`: git's external diff command for registers (diff.riskreg.command, set by
/// `git-setup`), so `git diff` and `git log -p --ext-diff` show changes in words.
struct GitDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-diff",
        abstract: "Git's diff driver for registers: the 7 arguments git passes an external diff (set up by git-setup).",
        shouldDisplay: false
    )

    @Argument(help: "path old-file old-hex old-mode new-file new-hex new-mode")
    var arguments: [String]

    func run() throws {
        guard arguments.count == 7 else {
            throw CommandFailure("git-diff takes the 7 arguments git gives an external diff (path old-file old-hex "
                                 + "old-mode new-file new-hex new-mode), not \(arguments.count)", code: CommandFailure.badInput)
        }
        let path = arguments[0], oldFile = arguments[1], newFile = arguments[4]
        guard let lines = GitDiffText.lines(path: path, oldFile: oldFile, newFile: newFile) else {
            // Not a register on one side: git's own line diff.
            Output.line("\(path): not a register on one side or both; shown as lines")
            try Git(directory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                .run(["diff", "--no-index", "--no-ext-diff", "--", oldFile, newFile], passThrough: true)
            return
        }
        lines.forEach(Output.line)
    }
}
