import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg git-textconv FILE`: git's textconv for registers (diff.riskreg.textconv, set by
/// `git-setup`): the register as lines of words, so `git log -p` without `--ext-diff` shows words.
struct GitTextconvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-textconv",
        abstract: "Git's textconv for registers: one line of words per value (set up by git-setup).",
        shouldDisplay: false
    )

    @Argument(help: "The register file.") var file: String

    func run() throws {
        switch RegisterStore.load(URL(fileURLWithPath: file)) {
        case .success(let loaded):
            RegisterText.lines(of: loaded.register).forEach { Output.line($0) }
        case .failure:
            // Not a register: its bytes as they are, so git diffs it as text.
            FileHandle.standardOutput.write(try Data(contentsOf: URL(fileURLWithPath: file)))
        }
    }
}
