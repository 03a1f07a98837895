import Foundation
import RegisterGit
import RegisterRuntime
import RiskRegister

/// One edit of one entry by a command for scripts (`note`, `rescore`, `set`), under the browser's
/// store rules: the register is loaded, the entry changed, and the register saved through
/// `RegisterSaver` (atomically, refused when the file changed since it was loaded, each change
/// recorded in the entry's history with the author). Bad input (register, id, value) exits 2 and
/// writes nothing; a refused save exits 1 and writes nothing.
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

    /// Loads the register, applies `edit` to the entry and saves; prints the saved entry as JSON
    /// with `json`, else `describe`'s line (given the entry before and after).
    func run(json: Bool, edit: (_ entry: Entry, _ index: Int, _ register: Register) throws(EditRefusal) -> Entry,
             describe: (_ before: Entry, _ after: Entry) -> String) throws {
        let loaded = try CommandFailure.asBadInput { try registerOption.pick(in: data) }
        guard let found = EntryLookup.find(id, in: loaded.register),
              let index = loaded.register.entries.firstIndex(where: { $0.id == found.id }) else {
            throw CommandFailure("\(loaded.fileName): no entry \(SafeText.quoted(id, limit: 40)); entries: "
                                 + Output.idList(loaded.register.entries.map(\.id)), code: CommandFailure.badInput)
        }
        let before = loaded.register.entries[index]
        let after: Entry
        do {
            after = try edit(before, index, loaded.register)
        } catch {
            throw CommandFailure("\(loaded.fileName): \(before.id): \(error.reason); nothing changed", code: CommandFailure.badInput)
        }
        var saved = after
        if after == before {
            if !json { Output.line("\(before.id): \(describe(before, after)) (no change; \(loaded.fileName) not written)") }
        } else {
            var edited = loaded
            edited.register.entries[index] = after
            var savedRegister: LoadedRegister?
            do {
                let result = try RegisterSaver(author: author).save(edited, since: loaded.baseline,
                                                                    beforeRename: FaultInjection.beforeRename(environment),
                                                                    discardingRecovery: false)
                saved = result.register.entries[index]
                result.saveNotes.forEach { StandardError.print("riskreg: \($0)") }
                savedRegister = result
            } catch .changedOnDisk(let path) {
                throw CommandFailure("\(path) changed on disk since it was loaded; not saved (run the command again to change the file as it is now)")
            } catch {
                throw CommandFailure(String(describing: error))
            }
            if !json { Output.line("\(before.id): \(describe(before, after))") }
            if let savedRegister { try commitIfAsked(savedRegister, before: loaded.register) }
        }
        if json { Output.printJSON(RegisterEncoder.encode(saved)) }
    }

    /// Commits the saved register when `--commit` or the repository's `riskreg.commit` says so;
    /// a commit that fails is an error (the register stays saved).
    private func commitIfAsked(_ saved: LoadedRegister, before: Register) throws {
        let directory = saved.url.deletingLastPathComponent()
        guard commit || GitStatusReader.commitsOnSave(in: directory, environment: environment) else { return }
        switch SaveCommitter(author: author, environment: environment).commit(saved, before: before) {
        case .success(let hash):
            StandardError.print("riskreg: committed \(hash.isEmpty ? saved.fileName : hash)")
        case .failure(let failure):
            throw CommandFailure("\(saved.fileName) saved, not committed: \(failure.message)")
        }
    }
}
