/// How every output of a register marks its entries, as the browser does: an entry whose printed
/// score is not likelihood × impact sits in the cell of its factors and carries ≠ with the score
/// printed ("Corp 4 ≠20"), and a risk outside the register's appetite carries ▴. The HTML,
/// Markdown and XLSX packs use these words, so the committee reads what the officer saw.
public enum HeatMapMarks {
    /// The mark of a printed score that is not likelihood × impact.
    public static let printed = "≠"
    /// The mark of a risk outside the appetite.
    public static let outsideAppetite = "▴"

    /// `id` with its marks: "Corp 4 ≠20", "Corp 5 ▴".
    public static func label(_ id: String, in map: HeatMap, outside: Set<String>) -> String {
        id + (map.printedScores[id].map { " \(printed)\($0)" } ?? "") + (outside.contains(id) ? " \(outsideAppetite)" : "")
    }

    /// The ids of the open risks of `entries` outside `appetite`.
    public static func outside(_ entries: [Entry], appetite: RiskAppetite?) -> Set<String> {
        guard let appetite else { return [] }
        return Set(entries.filter(appetite.isOutside).map(\.id))
    }

    /// What the marks on a map mean, for those it shows.
    public static func legend(_ map: HeatMap, outside: Set<String>) -> [String] {
        (map.printedScores.isEmpty ? [] : ["\(printed)N: the score printed is N, not likelihood × impact; the entry sits in the cell of "
                                            + "its likelihood and impact, and the score is kept as printed"])
            + (outside.isEmpty ? [] : ["\(outsideAppetite): a risk outside the register's appetite (its current score is above its limit)"])
    }

    /// The appetite as a sentence for a committee paper.
    public static func statement(_ appetite: RiskAppetite) -> String {
        "Risk appetite: \(appetite.label). A risk whose current score is above its limit is outside the appetite (\(outsideAppetite))."
    }
}
