/// What a git call is for, and so what of the repository's configuration it may run.
public enum GitUse: Sendable {
    /// riskreg reading status, config or history, or committing a save by itself: no hooks, no
    /// file-system monitor, no pager.
    case riskreg
    /// The user's own request by name (sync's pull and push): hooks as configured; still no
    /// file-system monitor and no pager.
    case user
}
