/// `export --format`.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// One row per entry, every field.
    case csv
    /// The committee paper in Markdown.
    case md
    /// The committee paper as one self-contained HTML page.
    case html
    /// A workbook (written to a file or a pipe, never a terminal).
    case xlsx
    /// The register file, written canonically.
    case json

    /// True for the formats that show what moved since the register's predecessor.
    public var comparesWithPredecessor: Bool {
        switch self {
        case .md, .html, .xlsx: true
        case .csv, .json: false
        }
    }
}
