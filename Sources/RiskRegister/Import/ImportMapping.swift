/// Which spreadsheet column fills which field of an entry. Fields are named as the CSV export's
/// columns (`id`, `owner`, `current.likelihood`, … `EntryTable.columns`); a header is matched
/// ignoring case, spaces and punctuation, first against `--map`, then the CSV column names, then
/// the common council headings of `defaultHeadings` (docs/exports.md, "Import").
public struct ImportMapping: Sendable {
    /// The fields an import can fill: the CSV columns that carry a value.
    public static let fields: [String] = EntryTable.columns.filter { !notCarried.contains($0) }

    /// CSV columns that are worked out or counted rather than kept (the band of a score, the number
    /// of reviews and changes, the latest review): read as known and ignored.
    public static let notCarried: Set<String> = ["current.band", "target.band", "residual.band", "reviews", "lastReview", "history"]

    /// Council headings for fields, beyond the CSV column names themselves.
    public static let defaultHeadings: [(field: String, headings: [String])] = [
        ("id", ["Risk Ref", "Ref", "Reference", "ID", "Risk ID", "Risk No"]),
        ("kind", ["Kind", "Risk or Opportunity", "Risk/Opportunity"]),
        ("title", ["Risk", "Risk Title", "Title", "Risk Name", "Opportunity"]),
        ("type", ["Type", "Risk Type", "Category", "Risk Category"]),
        ("description", ["Description", "Risk Description"]),
        ("consequences", ["Consequences", "Possible Consequences", "Possible Benefits"]),
        ("controls", ["Controls", "Current Controls", "Existing Controls", "Progress to Date"]),
        ("controlOwner", ["Control Owner"]),
        ("actions", ["Actions", "Mitigating Actions", "Mitigation", "Further Actions", "Maximising Actions", "Actions to Realise"]),
        ("actionOwner", ["Action Owner", "Mitigation Owner"]),
        ("progress", ["Progress", "Progress Notes", "Update"]),
        ("owner", ["Owner", "Risk Owner"]),
        ("current.likelihood", ["Likelihood", "Current Likelihood"]),
        ("current.impact", ["Impact", "Current Impact"]),
        ("current.score", ["Score", "Current Score", "Risk Score", "Current Risk Score", "Rating", "Current Rating"]),
        ("target.likelihood", ["Target Likelihood"]),
        ("target.impact", ["Target Impact"]),
        ("target.score", ["Target Score", "Target Risk Score", "Target Rating"]),
        ("residual.likelihood", ["Residual Likelihood"]),
        ("residual.impact", ["Residual Impact"]),
        ("residual.score", ["Residual Score", "Residual Risk Score", "Residual Rating"]),
        ("targetDate", ["Target Date", "Date"]),
        ("direction.text", ["Direction of Travel", "Direction", "DoT", "Trend"]),
        ("confidence.q1", ["Q1", "Q1 Confidence", "Confidence Q1"]),
        ("confidence.q2", ["Q2", "Q2 Confidence", "Confidence Q2"]),
        ("confidence.q3", ["Q3", "Q3 Confidence", "Confidence Q3"]),
        ("confidence.q4", ["Q4", "Q4 Confidence", "Confidence Q4"]),
        ("notes", ["Notes", "Comments"]),
        ("status", ["Status"]),
    ]

    /// What a header is read as.
    public enum Target: Equatable, Sendable {
        /// A field of `fields`.
        case field(String)
        /// A column the import knows and leaves out (`notCarried`, or `-` in `--map`).
        case ignored
    }

    /// Why `--map` cannot be read at all.
    public struct MapError: Error, Equatable, Sendable, CustomStringConvertible {
        /// What is wrong, in words.
        public let description: String
    }

    /// `--map`'s pairs: the normalised header and what it is read as.
    private let overrides: [String: Target]

    /// `--map`'s pairs whose field is not one of `fields`, in the order given: reported against
    /// the header's column by `RegisterImport`.
    public let unknownFields: [(header: String, field: String)]

    /// The default mapping, with no `--map`.
    public init() {
        overrides = [:]
        unknownFields = []
    }

    /// The mapping with `--map 'Header=field,Header=field'` on top of the default. A field is named
    /// as in `fields` (ignoring case and punctuation), or `-` to leave the column out; a name that
    /// is no field is kept in `unknownFields`. Throws only when a pair is not `HEADER=FIELD`.
    public init(map: String) throws(MapError) {
        var overrides: [String: Target] = [:]
        var unknown: [(header: String, field: String)] = []
        for pair in map.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let header = String(parts[0]).trimmingWhitespace()
            guard parts.count == 2, !Self.key(header).isEmpty else {
                throw MapError(description: "--map: \(SafeText.quoted(String(pair), limit: 60)) is not HEADER=FIELD")
            }
            let name = String(parts[1]).trimmingWhitespace()
            if name == "-" {
                overrides[Self.key(header)] = .ignored
            } else if let field = Self.fields.first(where: { Self.key($0) == Self.key(name) }) {
                overrides[Self.key(header)] = .field(field)
            } else {
                unknown.append((header, name))
            }
        }
        self.overrides = overrides
        unknownFields = unknown
    }

    /// What a header is read as, or nil when nothing matches it.
    public func target(for header: String) -> Target? {
        let key = Self.key(header)
        if let override = overrides[key] { return override }
        return Self.defaults[key]
    }

    /// A header or field name reduced for matching: lower case, letters and digits only.
    public static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }

    /// The CSV column names, then the council headings, by key.
    private static let defaults: [String: Target] = {
        var table: [String: Target] = [:]
        for column in EntryTable.columns {
            table[key(column)] = notCarried.contains(column) ? .ignored : .field(column)
        }
        for (field, headings) in defaultHeadings {
            for heading in headings where table[key(heading)] == nil {
                table[key(heading)] = .field(field)
            }
        }
        return table
    }()
}
