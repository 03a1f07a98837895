import Foundation
import RegisterUI
import RiskRegister

/// Carries out what `update` asks for besides drawing, and turns each outcome into the event
/// that tells the state about it.
struct EffectRunner {
    let terminal: CursesTerminal
    let environment: [String: String]
    let author: String
    /// The largest register file to read (`--max-file-size`).
    let maximumBytes: Int

    /// Performs an effect; the event that reports its outcome, if any. `.quit` is the loop's.
    func perform(_ effect: Effect) -> Event? {
        switch effect {
        case .quit:
            return nil
        case .save(let edited):
            return .saved(save(edited, overReadOnly: false))
        case .saveOverReadOnly(let edited):
            return .saved(save(edited, overReadOnly: true))
        case .reload(let edited):
            do {
                try RecoveryFile.write(edited.register, startedFrom: edited.diskBytes, for: edited.url, user: author)
            } catch {
                return .reloaded(.failure(LoadFailure(url: edited.url, messages: ["cannot keep your edits before reloading: \(error)"])))
            }
            return .reloaded(RegisterStore.load(edited.url, maximumBytes: maximumBytes))
        case .editExternally(let text):
            let edited = terminal.suspended { ExternalEditor.edit(text, environment: environment) }
            return .externalEditFinished(edited)
        case .discardRecovery(let url):
            RecoveryFile.discard(for: url, user: author)
            return nil
        }
    }

    /// Saves with the change history recorded against the register as it was loaded.
    private func save(_ edited: LoadedRegister, overReadOnly: Bool) -> Result<LoadedRegister, SaveError> {
        var register = edited.register
        if case .success(let original) = RegisterFile.decode(edited.diskBytes) {
            register = HistoryRecorder.recording(register, since: original, at: UserIdentity.timestamp(), author: author)
        }
        let result = Result { () throws(SaveError) -> LoadedRegister in
            try RegisterStore.save(register, over: edited, overReadOnly: overReadOnly,
                                   beforeRename: FaultInjection.beforeRename(environment))
        }
        if case .success = result { RecoveryFile.discard(for: edited.url, user: author) }
        return result
    }
}
