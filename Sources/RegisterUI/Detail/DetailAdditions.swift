import RiskRegister

/// What the browser adds to an entry's detail from beyond the entry: warnings about it (another
/// entry showing its id) and what changed since the register compared with (under the title), the
/// computed direction of travel (beside the printed one), the entry's score through the registers
/// loaded (before the first list), and its links to entries of other registers (after the record).
struct DetailAdditions: Equatable, Sendable {
    /// The heading of the links section.
    static let linksHeading = "Links"

    /// Warnings right under the title, such as another entry of the register showing the same id.
    var warnings: [DetailLine] = []
    /// "Since 2021/22 Q3:" and each changed field, or "New since …" / "Removed since …".
    var since: [DetailLine] = []
    /// "computed: up (16 → 20 since 2021/22 Q3)", or nil when the predecessor is not loaded.
    var computedDirection: String?
    /// The "Timeline" section: one bar per period.
    var timeline: [DetailLine] = []
    /// The "Links" section's lines, each a target of the detail cursor (`DetailTarget.link`).
    var links: [DetailLink] = []
    /// Lines above the entry, each wrapped, then a blank row: a review's state and last quarter's
    /// ratings beside this quarter's.
    var preface: [String] = []

    /// Nothing added.
    static let none = DetailAdditions()

    /// The entry's paragraphs with the additions in their places.
    func apply(to lines: [(line: DetailLine, target: DetailTarget?)]) -> [(line: DetailLine, target: DetailTarget?)] {
        guard self != .none else { return lines }
        let firstSection = lines.firstIndex { $0.line.role == .section } ?? lines.count
        let record = lines.firstIndex { $0.line.role == .section && $0.line.text == EntryDetail.recordHeading }
        let afterRecord = record.flatMap { start in lines.indices.first { $0 > start && lines[$0].line.role == .section } }
            ?? lines.count
        var result: [(line: DetailLine, target: DetailTarget?)] = []
        for (index, entry) in lines.enumerated() {
            if index == firstSection { result += timeline.map { ($0, nil) } }
            if index == afterRecord { result += linkLines }
            if let computedDirection, entry.target == .field(.direction) {
                result.append((DetailLine(.field, entry.line.text + " · " + computedDirection), entry.target))
            } else {
                result.append(entry)
            }
            if index == 0 {
                result += warnings.map { ($0, nil) }
                if !since.isEmpty { result += (since + [DetailLine(.text, "")]).map { ($0, nil) } }
            }
        }
        if firstSection == lines.count { result += timeline.map { ($0, nil) } }
        if afterRecord == lines.count { result += linkLines }
        return result
    }

    /// The links section: its heading and a bullet per link, dim where no register resolves it.
    private var linkLines: [(line: DetailLine, target: DetailTarget?)] {
        guard !links.isEmpty else { return [] }
        return [(DetailLine(.section, Self.linksHeading), nil)]
            + links.enumerated().map { index, link in
                (DetailLine(.bullet(level: 0), link.text, dim: link.destination == nil), .link(index))
            }
    }
}
