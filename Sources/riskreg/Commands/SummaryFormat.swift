import ArgumentParser

/// `summary --format`.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case csv
    case md
    case json
}
