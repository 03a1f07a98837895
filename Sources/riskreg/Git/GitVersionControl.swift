import Foundation
import RegisterRuntime
import RegisterUI
import RiskRegister

/// The browser's version control: git, run as `GitStatusReader` and `SaveCommitter` run it.
struct GitVersionControl: VersionControl {
    /// riskreg's author (`RISKREG_AUTHOR` or the login name), for commits.
    let author: String
    let environment: [String: String]

    func status(of directory: URL) -> GitStatus? {
        GitStatusReader.status(of: directory, environment: environment)
    }

    func commitsOnSave(in directory: URL) -> Bool {
        GitStatusReader.commitsOnSave(in: directory, environment: environment)
    }

    func commit(_ saved: LoadedRegister, before: Register) -> Result<String, GitFailure> {
        SaveCommitter(author: author, environment: environment).commit(saved, before: before)
    }
}
