import Foundation
import RegisterUI
import RiskRegister

/// Carries out what `update` asks for besides drawing. Loading and saving go to the background
/// worker, whose outcomes come back through the inbox as events; what needs the terminal (an
/// external editor) happens at once and its outcome is returned.
struct EffectRunner {
    let terminal: any TerminalDevice
    let worker: BackgroundWorker
    /// The data directory's index, which answers searches across every register.
    let indexer: SearchIndexer
    let environment: [String: String]
    let author: String
    /// The largest register file to read (`--max-file-size`).
    let maximumBytes: Int
    /// The data directory, whose git status the status line shows.
    let directory: URL
    /// True to commit each saved register (`--commit`); the repository's `riskreg.commit` can
    /// ask for it too.
    let commitsOnSave: Bool
    /// Git, or a test's stand-in.
    let versionControl: any VersionControl
    /// Where a save waiting for another save's lock says so.
    let inbox: Inbox
    /// Set when the user quits: a save waiting for a lock gives up.
    let quitting: QuitSignal
    /// The loop's one clock, which stamps the change history a save records.
    let clock: any RuntimeClock

    /// Performs an effect; the event that reports its outcome when it is known at once. `.quit`
    /// is the loop's.
    func perform(_ effect: Effect) -> Event? {
        let author = author
        let maximumBytes = maximumBytes
        let environment = environment
        switch effect {
        case .quit:
            return nil
        case .load(let id):
            worker.submit(.urgent) { [worker] in
                FaultInjection.holdLoad(environment)
                let result = RegisterStore.load(id.url, maximumBytes: maximumBytes)
                if case .success(let loaded) = result {
                    // The encoding next, so that the first save copies the entries not changed; then
                    // the search index, so that the first search letter finds it ready.
                    let entries = loaded.register.entries
                    worker.submit(.background) { .savePrepared(id, loaded.preparingSave()) }
                    worker.submit(.background) { .searchPrepared(id, SearchTexts(entries: entries)) }
                }
                return .loaded(id, result)
            }
        case .save(let request):
            save(request, overReadOnly: false)
        case .saveOverReadOnly(let request):
            save(request, overReadOnly: true)
        case .reload(let edited):
            worker.submit(.urgent) {
                do {
                    try RecoveryFile.write(edited, user: author)
                } catch {
                    return .reloaded(.failure(LoadFailure(url: edited.url, messages: ["cannot keep your edits before reloading: \(error)"])))
                }
                return .reloaded(RegisterStore.load(edited.url, maximumBytes: maximumBytes))
            }
        case .editExternally(let text):
            let outcome = terminal.suspended { ExternalEditor.edit(text, environment: environment) }
            return .externalEditFinished(outcome)
        case .searchAll(let query):
            indexer.search(query)
        case .discardRecovery(let url):
            RecoveryFile.discard(for: url, user: author)
        case .refreshGitStatus:
            let directory = directory
            let versionControl = versionControl
            worker.submit(.background) { .gitStatus(versionControl.status(of: directory)) }
        case .createRegister(let id, let register):
            worker.submit(.urgent) {
                do {
                    try RegisterStore.write(RegisterFile.encode(register), to: id.url, expecting: nil)
                } catch SaveError.changedOnDisk {
                    return .created(id, .failure(LoadFailure(url: id.url, messages: ["\(id.fileName) exists already; nothing was written"])))
                } catch {
                    return .created(id, .failure(LoadFailure(url: id.url, messages: ["\(error)"])))
                }
                return .created(id, RegisterStore.load(id.url, maximumBytes: maximumBytes))
            }
        }
        return nil
    }

    /// Saves on the loader in the background; once saved, the file is committed when asked
    /// (`--commit` or `riskreg.commit`), its digest prepared for recovery files and its words
    /// given to the index of every register, after the save has been answered.
    private func save(_ request: SaveRequest, overReadOnly: Bool) {
        let author = author
        let environment = environment
        let commitsOnSave = commitsOnSave
        let versionControl = versionControl
        let inbox = inbox
        let quitting = quitting
        let indexer = indexer
        let clock = clock
        worker.submit(.urgent) { [worker] in
            let id = RegisterID(request.edited.url)
            let lockWait = LockWait(isCancelled: { quitting.isSet }, onWait: { inbox.post(.saveWaiting(id, lock: $0)) })
            let saver = RegisterSaver(author: author, clock: { clock.now() })
            let result = Self.save(request, with: saver, overReadOnly: overReadOnly, lockWait: lockWait, environment: environment)
            if case .success(let saved) = result {
                // The commit next (the user waits for its word on the status line), then the digest.
                let directory = saved.url.deletingLastPathComponent()
                if commitsOnSave || versionControl.commitsOnSave(in: directory) {
                    worker.submit(.urgent) { .committed(id, versionControl.commit(saved, before: request.baseline)) }
                }
                worker.submit(.background) { .savePrepared(id, saved.preparingSave()) }
                indexer.refresh(saved: saved)
            }
            return .saved(id, result)
        }
    }

    /// Saves with the change history recorded against the register as loaded (the domain's
    /// save policy, `RegisterSaver`).
    private static func save(_ request: SaveRequest, with saver: RegisterSaver, overReadOnly: Bool, lockWait: LockWait,
                             environment: [String: String]) -> Result<LoadedRegister, SaveError> {
        Result { () throws(SaveError) -> LoadedRegister in
            try saver.save(request.edited, since: request.baseline, overReadOnly: overReadOnly,
                                                   lockWait: lockWait, beforeRename: FaultInjection.beforeRename(environment))
        }
    }
}
