/// The change of a heat-map cell's count in compare mode, written after the count: "+1", "−2",
/// nothing when the count is the same (or outside compare mode).
enum CountChange {
    /// "+1", "−2" or "".
    static func text(_ change: Int?) -> String {
        guard let change, change != 0 else { return "" }
        return change > 0 ? "+\(change)" : "−\(-change)"
    }
}
