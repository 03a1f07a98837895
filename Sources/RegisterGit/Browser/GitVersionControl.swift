import Foundation
import RegisterRuntime
import RegisterUI
import RiskRegister

/// The browser's version control: git, run as `GitStatusReader` and `SaveCommitter` run it.
public struct GitVersionControl: VersionControl {
    /// riskreg's author (`RISKREG_AUTHOR` or the login name), for commits.
    public let author: String
    /// The environment git runs with.
    public let environment: [String: String]

    /// git for `author`, run with `environment`.
    public init(author: String, environment: [String: String]) {
        self.author = author
        self.environment = environment
    }

    /// The status line's words (`GitStatusReader.status`).
    public func status(of directory: URL) -> GitStatus? {
        GitStatusReader.status(of: directory, environment: environment)
    }

    /// The repository's `riskreg.commit` (`GitStatusReader.commitsOnSave`).
    public func commitsOnSave(in directory: URL) -> Bool {
        GitStatusReader.commitsOnSave(in: directory, environment: environment)
    }

    /// Commits the saved register file alone (`SaveCommitter`).
    public func commit(_ saved: LoadedRegister, before: Register) -> Result<String, GitFailure> {
        SaveCommitter(author: author, environment: environment).commit(saved, before: before)
    }
}
