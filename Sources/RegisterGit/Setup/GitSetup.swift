import Foundation
import RiskRegister

/// What `riskreg git-setup` does in the repository holding a data directory: sets riskreg's merge
/// and diff drivers in the repository's own config (`.git/config`) to the executable by its
/// absolute path, adds the line naming them for the data directory's registers to the top
/// `.gitattributes`, and gets that file committed (`SharedAttributes`). Running it twice changes
/// nothing.
public struct GitSetup: Sendable {
    /// The repository.
    public let repository: GitRepository
    /// The absolute path of the riskreg executable git is to run.
    public let executable: String
    /// False to leave `.gitattributes` uncommitted and say the command that commits it.
    public let commits: Bool
    /// riskreg's author, who commits `.gitattributes` when git has no `user.email`.
    public let author: String

    /// A setup of `repository` for `executable`.
    public init(repository: GitRepository, executable: String, commits: Bool, author: String) {
        self.repository = repository
        self.executable = executable
        self.commits = commits
        self.author = author
    }

    /// The settings of the repository's config, each key with its value.
    var settings: [(key: String, value: String)] {
        let executable = ShellCommand.quoted(executable)
        return [("merge.riskreg.name", "riskreg: registers merged by entry and field"),
                ("merge.riskreg.driver", "\(executable) merge-driver %O %A %B %P"),
                ("diff.riskreg.command", "\(executable) git-diff"),
                ("diff.riskreg.textconv", "\(executable) git-textconv")]
    }

    /// Sets up the repository; what it changed, a line each (none when all was already set up).
    /// - Throws: `GitError.configFailed`, `.cannotRead` or `.cannotWrite` when a change could not be made.
    public func run() throws(GitError) -> [String] {
        var changed: [String] = []
        let git = repository.git
        for (key, value) in settings where try git.value(["config", "--local", "--get", key]) != value {
            let result = try git.run(["config", "--local", key, value])
            guard result.succeeded else { throw .configFailed(key: key, errors: result.errors) }
            changed.append("set \(key)")
        }
        let attributes = SharedAttributes(repository: repository)
        let line = attributes.line
        let exists = FileManager.default.fileExists(atPath: attributes.file.path)
        let existing: String
        do {
            existing = exists ? try String(contentsOf: attributes.file, encoding: .utf8) : ""
        } catch {
            throw .cannotRead(path: attributes.file.path, reason: "\(error)")
        }
        let wanted = SharedAttributes.adding(line, to: existing)
        if wanted != existing {
            do {
                try RegisterStore.write(Array(wanted.utf8), to: attributes.file, expecting: exists ? Array(existing.utf8) : nil)
            } catch {
                throw .cannotWrite(path: attributes.file.path, reason: "\(error)")
            }
            changed.append("added to \(attributes.file.path): \(line)")
        }
        return changed + (try share(attributes, line: line))
    }

    /// Gets .gitattributes committed, so that the team shares it and no clone is left with a copy
    /// of its own that a pull of a teammate's would collide with (`SharedAttributes`): commits it
    /// when git-setup's line is all that is not committed in it and `commits`, else says the one
    /// command that does. What it did, as lines; none when it is committed.
    private func share(_ attributes: SharedAttributes, line: String) throws(GitError) -> [String] {
        guard try attributes.uncommitted() != nil else { return [] }
        let command = attributes.commitCommand
        guard try attributes.onlyAdds(line) else {
            return [".gitattributes has changes of its own not committed, so git-setup leaves committing it to you; "
                    + "commit it so the team shares riskreg's merge driver (`riskreg sync` waits for it): \(command)"]
        }
        guard commits else {
            return ["not committed (--no-commit): commit .gitattributes so the team shares riskreg's merge driver "
                    + "(`riskreg sync` waits for it): \(command)"]
        }
        switch try attributes.commit(author: author) {
        case .success(let hash):
            return ["committed .gitattributes\(hash.isEmpty ? "" : " (\(hash))"): `riskreg sync` shares it with the team"]
        case .failure(let failure):
            return ["could not commit .gitattributes (\(failure.message)); commit it so the team shares riskreg's merge "
                    + "driver (`riskreg sync` waits for it): \(command)"]
        }
    }
}
