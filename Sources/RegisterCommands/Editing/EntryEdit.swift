import Foundation
import RegisterGit
import RegisterRuntime
import RiskRegister

/// One edit of one entry by a command for scripts (`note`, `rescore`, `set`, `link`), under the
/// browser's store rules: the entry changed, and the register saved through `RegisterSaver`
/// (atomically, refused when the file changed since it was loaded, each change recorded in the
/// entry's history with the author). Bad input (the id, the value) fails with status 2 and writes
/// nothing; a refused save fails with status 1 and writes nothing.
public struct EntryEdit {
    /// The register, as loaded.
    public let loaded: LoadedRegister
    /// Where the entry is in the register.
    public let index: Int
    /// The entry before the edit.
    public let before: Entry

    /// The edit of the entry `id` finds in `loaded` (`EntryLookup`).
    public init(_ loaded: LoadedRegister, id: String) throws(CommandFailure) {
        let index = try EntryLookup.index(of: id, in: loaded)
        self.loaded = loaded
        self.index = index
        before = loaded.register.entries[index]
    }

    /// The entry as `change` makes it; a refusal fails with status 2, nothing changed.
    public func applying(_ change: some EntryChange) throws(CommandFailure) -> Entry {
        do {
            return try change.apply(to: before, at: index, of: loaded.register)
        } catch {
            throw CommandFailure("\(loaded.fileName): \(before.id): \(error.reason); nothing changed", code: CommandFailure.badInput)
        }
    }

    /// Saves the register with the entry as `after`, the history naming `author`; the register as
    /// saved (its `saveNotes` say what the save noticed).
    public func save(_ after: Entry, author: String, environment: [String: String]) throws(CommandFailure) -> LoadedRegister {
        var edited = loaded
        edited.register.entries[index] = after
        do {
            return try RegisterSaver(author: author).save(edited, since: loaded.baseline, beforeRename: FaultInjection.beforeRename(environment),
                                                          discardingRecovery: false)
        } catch .changedOnDisk(let path) {
            throw CommandFailure("\(path) changed on disk since it was loaded; not saved (run the command again to change the file as it is now)")
        } catch {
            throw CommandFailure(String(describing: error))
        }
    }

    /// Commits the `saved` register when `asked` (`--commit`) or the repository's `riskreg.commit`
    /// says so: the line saying so, or nil when no commit was asked for. A commit that fails is a
    /// failure (the register stays saved).
    public func commit(_ saved: LoadedRegister, asked: Bool, author: String, environment: [String: String]) throws(CommandFailure) -> String? {
        let directory = saved.url.deletingLastPathComponent()
        guard asked || GitStatusReader.commitsOnSave(in: directory, environment: environment) else { return nil }
        switch SaveCommitter(author: author, environment: environment).commit(saved, before: loaded.register) {
        case .success(let hash):
            return "riskreg: committed \(hash.isEmpty ? saved.fileName : hash)"
        case .failure(let failure):
            throw CommandFailure("\(saved.fileName) saved, not committed: \(failure.message)")
        }
    }
}
