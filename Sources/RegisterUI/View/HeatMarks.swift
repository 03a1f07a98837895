import RiskRegister

/// The selected entry's current and target positions, marked on the heat map so that the intended
/// movement shows. The second position is the target, or the residual when no target was printed.
struct HeatMarks {
    /// Where the current rating places the entry.
    let current: Placement?
    /// Where the target (or residual) rating places it.
    let goal: Placement?
    /// "target" or "residual".
    let goalName: String

    /// The marks of an entry, or none.
    init(entry: Entry?) {
        current = entry.map { Placement($0.current) }.flatMap { $0 == .unrated ? nil : $0 }
        goal = entry.map { Placement($0.goal) }.flatMap { $0 == .unrated ? nil : $0 }
        goalName = entry.map { $0.target.isEmpty && !$0.residual.isEmpty ? "residual" : "target" } ?? "target"
    }

    /// The mark for a position, or a space.
    func mark(at placement: Placement, glyphs: Glyphs) -> String {
        switch (current == placement, goal == placement) {
        case (true, true): glyphs.bothMark
        case (true, false): glyphs.currentMark
        case (false, true): glyphs.targetMark
        case (false, false): " "
        }
    }

    /// The legend of the marks shown, in the longest form that fits `width`, or nil. With
    /// `anomaly` (a cell holds a printed anomaly) it names that mark too, where there is room.
    func legend(glyphs: Glyphs, width: Int, anomaly: Bool = false) -> String? {
        let marks = [(current, glyphs.currentMark, "current"), (goal, glyphs.targetMark, goalName)]
            .filter { $0.0 != nil }.map { ($0.1, $0.2) }
        let withAnomaly = anomaly ? [marks + [(glyphs.anomaly, "printed")]] : []
        return (withAnomaly + [marks])
            .filter { !$0.isEmpty }
            .flatMap { marks in [" ", ""].map { space in marks.map { "\($0.0)\(space)\($0.1)" }.joined(separator: " ") } }
            .first { TextWidth.columns(of: $0) <= width }
    }
}
