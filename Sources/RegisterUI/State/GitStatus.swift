/// Where the data directory stands in git, for the status line: its branch, the register files
/// not committed, and how far it is ahead of and behind its upstream. Read by the runtime (the
/// `git` command, in the background) and delivered by `Event.gitStatus`.
public struct GitStatus: Equatable, Sendable {
    /// The branch checked out; nil on a detached HEAD.
    public let branch: String?
    /// Commits on the branch not on its upstream, and on the upstream not on the branch; nil
    /// when the branch has no upstream.
    public let ahead: Int?
    public let behind: Int?
    /// Register files (`*.json`) of the data directory changed, added or not yet tracked.
    public let uncommitted: Int

    /// A status.
    public init(branch: String?, ahead: Int? = nil, behind: Int? = nil, uncommitted: Int) {
        self.branch = branch
        self.ahead = ahead
        self.behind = behind
        self.uncommitted = uncommitted
    }

    /// "main ↑1 ↓2 · 2 uncommitted": the branch ("detached" without one), the arrows only when
    /// ahead or behind, the count only when some register is not committed.
    func text(glyphs: Glyphs) -> String {
        var head = branch ?? "detached"
        if let ahead, ahead > 0 { head += " \(glyphs.up)\(ahead)" }
        if let behind, behind > 0 { head += " \(glyphs.down)\(behind)" }
        return uncommitted == 0 ? head : head + glyphs.separator + "\(uncommitted) uncommitted"
    }
}
