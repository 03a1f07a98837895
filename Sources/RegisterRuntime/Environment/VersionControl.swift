import Foundation
import RegisterUI
import RiskRegister

/// What the browser asks of the version control around the data directory: the status line's
/// words, whether saves are to be committed, and committing one. The executable's answers come
/// from git; a test's from memory.
public protocol VersionControl: Sendable {
    /// The status of the work tree holding `directory`, or nil when there is none.
    func status(of directory: URL) -> GitStatus?
    /// True when the repository asks for every save to be committed (`riskreg.commit`).
    func commitsOnSave(in directory: URL) -> Bool
    /// Commits the saved register; the new commit's short hash, or why not.
    func commit(_ saved: LoadedRegister, before: Register) -> Result<String, GitFailure>
}
