/// `heatmap --kind`: which entries the grid counts.
public enum HeatmapKind: String, CaseIterable, Sendable {
    /// Risks only.
    case risk
    /// Opportunities only.
    case opportunity
    /// Both.
    case all
}
