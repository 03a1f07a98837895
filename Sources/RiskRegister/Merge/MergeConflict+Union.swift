extension MergeConflict {
    /// The conflicts of several lists, each once, in order of first appearance: in time
    /// proportional to their number (conflicts compare by their recorded form), so registers that
    /// both carry thousands of conflict records merge as fast as those that carry none.
    public static func union(_ lists: [MergeConflict]...) -> [MergeConflict] {
        var seen = Set<String>()
        var result: [MergeConflict] = []
        for conflict in lists.joined() where seen.insert(CanonicalJSONWriter.text(of: RegisterEncoder.encode(conflict))).inserted {
            result.append(conflict)
        }
        return result
    }
}
