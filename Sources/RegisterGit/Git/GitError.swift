/// Why a git command of riskreg's could not do its work; `message` is the line riskreg prints
/// after "riskreg: error: ".
public enum GitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `git` process could not be started at all.
    case cannotRun(reason: String)
    /// The data directory does not exist, or is not a directory.
    case noDirectory(path: String)
    /// The data directory is not inside a git work tree.
    case notInWorkTree(path: String)
    /// `git config KEY VALUE` failed, with what git wrote to standard error.
    case configFailed(key: String, errors: String)
    /// A file riskreg adds to in the work tree (`.gitattributes`) could not be read.
    case cannotRead(path: String, reason: String)
    /// A file riskreg writes into the work tree (`.gitattributes`) could not be written.
    case cannotWrite(path: String, reason: String)
    /// `git log` of a register file failed, with git's message.
    case logFailed(file: String, message: String)

    /// The failure in one line.
    public var message: String {
        switch self {
        case .cannotRun(let reason):
            "cannot run git: \(reason) (is git installed and on PATH?)"
        case .noDirectory(let path):
            "no data directory \(path)"
        case .notInWorkTree(let path):
            "\(path) is not inside a git work tree: run `git init` there, or clone the team's repository, first"
        case .configFailed(let key, let errors):
            "git config \(key) failed: \(errors)"
        case .cannotRead(let path, let reason):
            "cannot read \(path): \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .logFailed(let file, let message):
            "git log of \(file) failed: \(message)"
        }
    }

    /// True when what was given is wrong (no such directory, not in git) rather than git failing:
    /// the command line's status 2, not 1.
    public var isBadInput: Bool {
        switch self {
        case .noDirectory, .notInWorkTree: true
        case .cannotRun, .configFailed, .cannotRead, .cannotWrite, .logFailed: false
        }
    }

    /// The message.
    public var description: String { message }
}
