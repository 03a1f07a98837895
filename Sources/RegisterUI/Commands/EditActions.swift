/// What a key does in the text editor.
public enum EditorAction: Hashable, Sendable {
    case left, right, up, down, lineStart, lineEnd, wordBack, wordForward
    case backspace, delete, lineBreak, accept, cancel, external
}

/// What a key does in the score editor.
public enum ScoreAction: Hashable, Sendable {
    /// The next rating: current, target, residual.
    case nextRating
    /// Edit one rating: 0 current, 1 target, 2 residual.
    case rating(Int)
    case likelihoodDown, likelihoodUp, impactDown, impactUp
    /// Take likelihood × impact as the score on purpose, even with the factors as they were.
    case rescore
    case apply, cancel
}

/// An answer to a question.
public enum Answer: Hashable, Sendable {
    case yes, no, save, discard, cancel
    /// In a merge: keep my value, keep theirs, or stop merging.
    case mine, theirs, stop
    /// On a recorded merge conflict: edit the value in the text editor.
    case edit
    /// For a new entry: a risk or an opportunity.
    case risk, opportunity
}
