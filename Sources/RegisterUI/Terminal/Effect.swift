import Foundation
import RiskRegister

/// Something `update` asks the backend to do that a state change cannot express.
public enum Effect: Equatable, Sendable {
    /// Restore the terminal and exit with status 0.
    case quit
    /// Save this edited register, its change history recorded against the register as loaded.
    /// The backend answers with `Event.saved`.
    case save(SaveRequest)
    /// Save as `.save` does over a file that is read-only (the user said yes to it).
    case saveOverReadOnly(SaveRequest)
    /// Load this register file in the background; answer with `Event.loaded`.
    case load(RegisterID)
    /// Search every register of the data directory; answer with `Event.searchResults` (or not
    /// at all, when another search replaced this one first).
    case searchAll(String)
    /// The file changed on disk and the user chose to reload: keep the edited register in a
    /// recovery file, reload the file and answer with `Event.reloaded`.
    case reload(LoadedRegister)
    /// Open this text in $VISUAL or $EDITOR; answer with `Event.externalEditFinished`.
    case editExternally(String)
    /// Remove the recovery file kept for this register file.
    case discardRecovery(URL)
    /// Write this new register to a file that must not exist yet (a new quarter), then load it;
    /// answer with `Event.created`.
    case createRegister(RegisterID, Register)
    /// Read where the data directory stands in git, in the background; answer with
    /// `Event.gitStatus`.
    case refreshGitStatus
}
