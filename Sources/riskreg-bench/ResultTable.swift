/// The summary table of the scale benchmark: one row per measure, riskreg beside visidata and
/// the target of issue 10.
struct ResultTable {
    /// One measure.
    struct Row {
        let measure: String
        let riskreg: String
        let visidata: String
        let target: String
        /// "met", "not met", or "" when there is nothing to compare.
        let verdict: String
    }

    private(set) var rows: [Row] = []

    /// Adds a row; `met` is nil when the measure could not be compared with its target.
    mutating func add(_ measure: String, riskreg: String, visidata: String = "—", target: String, met: Bool?) {
        rows.append(Row(measure: measure, riskreg: riskreg, visidata: visidata, target: target,
                        verdict: met.map { $0 ? "met" : "not met" } ?? ""))
    }

    /// The table in Markdown, columns padded to line up in a terminal too.
    var markdown: String {
        let header = ["measure", "riskreg", "visidata", "target", ""]
        let cells = [header] + rows.map { [$0.measure, $0.riskreg, $0.visidata, $0.target, $0.verdict] }
        let widths = (0..<header.count).map { column in cells.map { $0[column].count }.max() ?? 0 }
        func line(_ values: [String]) -> String {
            "| " + zip(values, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: " | ") + " |"
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: max(3, $0)) })] + rows.map {
            line([$0.measure, $0.riskreg, $0.visidata, $0.target, $0.verdict])
        }).joined(separator: "\n")
    }
}
