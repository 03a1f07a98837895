import Foundation
import RiskRegister

/// Something that happened at the terminal: the input of `update`.
public enum Event: Equatable, Sendable {
    /// A key press.
    case key(Key)
    /// Text the user pasted (the terminal's bracketed paste), line breaks as LF: inserted in the
    /// editor in one step, never taken as keys.
    case paste(String)
    /// A mouse click or wheel turn.
    case mouse(MouseEvent)
    /// The terminal changed size (curses `KEY_RESIZE`); the new size in columns and rows.
    case resize(width: Int, height: Int)
    /// The outcome of `Effect.save`: on success the register as now on disk.
    case saved(RegisterID, Result<LoadedRegister, SaveError>)
    /// The data directory's register files as listed now (background work read the directory
    /// again): new files join the picker, files gone leave it unless they hold unsaved edits.
    case listed([RegisterSlot])
    /// Recovery files that could not be written (they are tried again at the next change), and
    /// why: said on the status line, since a crash now would lose those edits.
    case recoveryNotKept([URL], reason: String)
    /// How far the index of the data directory has come: registers indexed of all there are.
    case indexProgress(indexed: Int, total: Int)
    /// The entries of every register that hold a search text (`Effect.searchAll`).
    case searchResults(query: String, hits: [SearchHit])
    /// A loaded register prepared for a fast first save (`LoadedRegister.preparingSave`).
    case savePrepared(RegisterID, LoadedRegister)
    /// A loaded register's search index, prepared by background work.
    case searchPrepared(RegisterID, SearchTexts)
    /// The outcome of `Effect.load`.
    case loaded(RegisterID, Result<LoadedRegister, LoadFailure>)
    /// The outcome of `Effect.reload`.
    case reloaded(Result<LoadedRegister, LoadFailure>)
    /// The outcome of `Effect.editExternally`: the edited text, or why the editor failed.
    case externalEditFinished(Result<String, ExternalEditFailure>)
    /// A new register file was written and loaded (`Effect.createRegister`), or why not.
    case created(RegisterID, Result<LoadedRegister, LoadFailure>)
    /// Where the data directory stands in git (`Effect.refreshGitStatus`); nil outside a git work
    /// tree or without git.
    case gitStatus(GitStatus?)
    /// A saved register committed to git (`--commit` or `riskreg.commit`): the new commit's short
    /// hash, or why git refused.
    case committed(RegisterID, Result<String, GitFailure>)
    /// A save found its register's lock (`lock`, a path) held by another save and waits for it
    /// (at most `LockWait.standardLimit`; quitting gives it up).
    case saveWaiting(RegisterID, lock: String)
    /// A loaded register's file changed on disk, made by another program (`riskreg sync`, git, a
    /// colleague's save): the file as read now, or why it cannot be read.
    case changedOnDisk(RegisterID, Result<LoadedRegister, LoadFailure>)
    /// Something the user should know that no key asked for, for the status line (a recovery
    /// file not offered because it is not the user's own, say).
    case notice(String)
}
