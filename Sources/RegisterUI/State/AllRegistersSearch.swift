import RiskRegister

/// The search across every register of the data directory (`/`, then Tab): the text typed, the
/// entries found (each with its register) for the last text the index answered, and the
/// highlighted one.
struct AllRegistersSearch: Hashable, Sendable {
    /// The text typed.
    var text: String
    /// The entries found for `answered`.
    var hits: [SearchHit] = []
    /// The text the hits are for; nil until the first answer.
    var answered: String?
    /// The highlighted hit.
    var selection = 0

    /// True while the hits are not yet those of the text typed.
    var isSearching: Bool { answered != text }
}
