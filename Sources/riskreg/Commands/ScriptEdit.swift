import Foundation
import RegisterCommands
import RegisterRuntime
import RiskRegister

/// One edit of one entry by a command for scripts (`note`, `rescore`, `set`, `link`): the register
/// picked, the entry edited and saved (`EntryEdit`), and what happened printed.
struct ScriptEdit {
    let data: DataOptions
    let registerOption: RegisterOption
    /// The entry id as typed.
    let id: String
    /// True to commit the saved register to git (`--commit`); the repository's `riskreg.commit`
    /// asks for it too, as for the browser's saves.
    var commit = false
    var environment = ProcessInfo.processInfo.environment

    /// Who the history records name: `$RISKREG_AUTHOR`, else the login name, as in the browser.
    var author: String { UserIdentity.author(environment: environment) }

    /// Loads the register, applies `change` to the entry and saves; prints the saved entry as JSON
    /// with `json`, else the change described.
    func run(_ change: some EntryChange, json: Bool) throws {
        let target = try EntryEdit(try CommandFailure.asBadInput { try registerOption.pick(in: data) }, id: id)
        let after = try target.applying(change)
        let line = "\(target.before.id): \(change.describe(before: target.before, after: after))"
        guard after != target.before else {
            if json {
                Output.printJSON(RegisterEncoder.encode(after))
            } else {
                Output.line("\(line) (no change; \(target.loaded.fileName) not written)")
            }
            return
        }
        let saved = try target.save(after, author: author, environment: environment)
        saved.saveNotes.forEach { StandardError.print("riskreg: \($0)") }
        if !json { Output.line(line) }
        if let committed = try target.commit(saved, asked: commit, author: author, environment: environment) {
            StandardError.print(committed)
        }
        if json { Output.printJSON(RegisterEncoder.encode(saved.register.entries[target.index])) }
    }
}
