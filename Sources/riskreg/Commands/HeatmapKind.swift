import ArgumentParser

/// `heatmap --kind`: which entries the grid counts.
enum HeatmapKind: String, ExpressibleByArgument, CaseIterable {
    case risk
    case opportunity
    case all
}
