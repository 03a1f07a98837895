import RiskRegister

/// What the entry list's columns need to know of all of a register's entries, computed once per
/// change of the register rather than on every frame.
struct ListSummary: Sendable {
    /// The widest id, in columns (at least 2, for the heading "ID").
    let longestID: Int
    /// The widest title, in columns.
    let longestTitle: Int
    /// True when some rating is a printed anomaly, so the list keeps a mark column.
    let hasAnomalies: Bool
    /// True when some entry has a target rating, so the goal column is "Tgt" rather than "Res".
    let hasTargets: Bool

    /// The summary of these entries.
    init(entries: [Entry]) {
        longestID = entries.map { TextWidth.columns(of: $0.id) }.max() ?? 2
        longestTitle = entries.map { TextWidth.columns(of: $0.title) }.max() ?? 0
        hasAnomalies = entries.contains { $0.current.isAnomalous || $0.goal.isAnomalous }
        hasTargets = entries.contains { !$0.target.isEmpty }
    }
}
