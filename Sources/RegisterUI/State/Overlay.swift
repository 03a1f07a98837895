/// A box drawn over the panes that takes every key until it closes.
enum Overlay: Hashable, Sendable {
    /// The help, scrolled to a line.
    case help(top: Int)
    /// The register picker with a highlighted row (0 is the newest register).
    case picker(selection: Int)
}
