/// `summary --format`.
public enum SummaryFormat: String, CaseIterable, Sendable {
    /// A table for a person.
    case text
    /// RFC 4180 CSV.
    case csv
    /// A Markdown table.
    case md
    /// A JSON object for scripts.
    case json
}
