import RiskRegister

extension HeatMarks {
    /// The marks of compare mode: where an entry is now, and where it was in the register compared
    /// with ("before").
    init(current: Placement?, earlier: Placement?) {
        self.current = current
        self.goal = earlier
        self.goalName = "before"
    }
}
