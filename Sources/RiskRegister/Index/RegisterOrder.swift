/// The order of registers everywhere (`RegisterStore.scan`, `DirectoryIndex.orderedFiles`, search
/// hits): by period, oldest first, then by file name; a register whose period does not parse is
/// placed by its name among the others.
enum RegisterOrder {
    /// What a register is ordered by: its period parsed once, and its file name.
    struct Key: Comparable {
        let period: Period?
        let name: String

        init(name: String, period: String?) {
            self.name = name
            self.period = period.flatMap(Period.init)
        }

        static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.period != rhs.period, let left = lhs.period, let right = rhs.period { return left < right }
            return lhs.name < rhs.name
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.period == rhs.period && lhs.name == rhs.name
        }
    }
}
