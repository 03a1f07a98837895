import RegisterGit
import RegisterInterchange

extension CommandFailure {
    /// The failure `error` stands for: a `CommandFailure` as it is; an `InterchangeError` with its
    /// message, status 2 for a refused input and 1 for a failed write; a `GitError` with its
    /// message, status 2 for bad input (no such directory, not in a git work tree) and 1 when git
    /// failed. Nil for any other error (the argument parser's own).
    public init?(_ error: any Error) {
        switch error {
        case let failure as CommandFailure:
            self = failure
        case let failure as InterchangeError:
            self.init(failure.message, code: failure.isBadInput ? Self.badInput : 1)
        case let failure as GitError:
            self.init(failure.message, code: failure.isBadInput ? Self.badInput : 1)
        default:
            return nil
        }
    }
}
