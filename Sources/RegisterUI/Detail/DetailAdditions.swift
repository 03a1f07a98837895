import RiskRegister

/// What the quarterly cycle adds to an entry's detail: what changed since the register compared
/// with (under the title), the computed direction of travel (beside the printed one), and the
/// entry's score through the registers loaded (before the first list).
struct DetailAdditions: Equatable, Sendable {
    /// "Since 2021/22 Q3:" and each changed field, or "New since …" / "Removed since …".
    var since: [DetailLine] = []
    /// "computed: up (16 → 20 since 2021/22 Q3)", or nil when the predecessor is not loaded.
    var computedDirection: String?
    /// The "Timeline" section: one bar per period.
    var timeline: [DetailLine] = []
    /// Lines above the entry, each wrapped, then a blank row: a review's state and last quarter's
    /// ratings beside this quarter's.
    var preface: [String] = []

    /// Nothing added.
    static let none = DetailAdditions()

    /// The entry's paragraphs with the additions in their places.
    func apply(to lines: [(line: DetailLine, target: DetailTarget?)]) -> [(line: DetailLine, target: DetailTarget?)] {
        guard self != .none else { return lines }
        let firstSection = lines.firstIndex { $0.line.role == .section } ?? lines.count
        var result: [(line: DetailLine, target: DetailTarget?)] = []
        for (index, entry) in lines.enumerated() {
            if index == firstSection { result += timeline.map { ($0, nil) } }
            if let computedDirection, entry.target == .field(.direction) {
                result.append((DetailLine(.field, entry.line.text + " · " + computedDirection), entry.target))
            } else {
                result.append(entry)
            }
            if index == 0 && !since.isEmpty { result += (since + [DetailLine(.text, "")]).map { ($0, nil) } }
        }
        if firstSection == lines.count { result += timeline.map { ($0, nil) } }
        return result
    }
}
