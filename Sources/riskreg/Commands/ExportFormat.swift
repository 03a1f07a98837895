import ArgumentParser

/// `export --format`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv
    case md
    case html
    case xlsx
    case json
}
