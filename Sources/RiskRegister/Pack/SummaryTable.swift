/// The summary risk profile as a table of text, shared by `riskreg summary` (text and CSV), the
/// CSV and XLSX packs: the same columns, the same words.
public enum SummaryTable {
    /// The header and one row per profile row. For CSV, nothing printed is an empty cell (not
    /// "-"), confidence is the word (not its letter), and a last column names the stale ratings.
    /// With `appetite` (the register states one) a last column says "outside" for the risks
    /// outside it.
    public static func rows(_ profile: SummaryProfile, forCSV: Bool = false, appetite: Bool = false) -> [[String]] {
        let goal = profile.goalKind == .target ? "TARGET" : "RESIDUAL"
        let header = ["ID", "DESCRIPTION", "CURRENT", goal, "TARGET DATE", "Q1", "Q2", "Q3", "Q4", "DIRECTION"] + (forCSV ? ["STALE"] : [])
            + (appetite ? ["APPETITE"] : [])
        let none = forCSV ? "" : "-"
        return [header] + profile.rows.map { row in
            [row.id, row.description, row.currentScore.map(String.init) ?? none, row.targetScore.map(String.init) ?? none,
             row.targetDate ?? none]
                + row.confidence.quarters.map { quarter in
                    quarter.map { forCSV ? $0.rawValue : String($0.rawValue.prefix(1)).uppercased() } ?? none
                }
                + [RatingText.direction(row)] + (forCSV ? [row.staleRatings.map(\.rawValue).joined(separator: " ")] : [])
                + (appetite ? [row.outsideAppetite ? "outside" : none] : [])
        }
    }
}
