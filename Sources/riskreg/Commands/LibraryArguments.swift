import ArgumentParser
import RegisterCommands
import RiskRegister

/// `--view current|target|residual`.
extension RatingKind: ExpressibleByArgument {}

/// `heatmap --kind risk|opportunity|all`.
extension HeatmapKind: ExpressibleByArgument {}

/// `summary --format text|csv|md|json`.
extension SummaryFormat: ExpressibleByArgument {}

/// `export --format csv|md|html|xlsx|json`.
extension ExportFormat: ExpressibleByArgument {}
