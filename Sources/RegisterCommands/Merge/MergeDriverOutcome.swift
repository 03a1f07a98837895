/// What `riskreg merge-driver` did: the lines for standard error, and whether git may take the
/// merge (exit 0) or must stop (exit 1).
public struct MergeDriverOutcome: Equatable {
    /// The lines for standard error.
    public var messages: [String] = []
    /// True when the merge was written without conflicts.
    public var merged = false
}
