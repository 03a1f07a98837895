/// Where a search text occurs in a line of the screen, in columns, ignoring case; used to mark
/// the search's matches in the detail pane.
enum TextMatches {
    /// The column ranges (from the start of `text`) of every non-overlapping occurrence of
    /// `needle`, compared character by character without regard to case.
    static func columns(of needle: String, in text: String) -> [Range<Int>] {
        let wanted = needle.map { $0.lowercased() }
        guard !wanted.isEmpty else { return [] }
        let characters = Array(text)
        let lowered = characters.map { $0.lowercased() }
        var starts: [Int] = [0]
        for character in characters { starts.append(starts[starts.count - 1] + TextWidth.columns(of: character)) }
        var ranges: [Range<Int>] = []
        var index = 0
        while index + wanted.count <= lowered.count {
            if lowered[index..<(index + wanted.count)].elementsEqual(wanted) {
                ranges.append(starts[index]..<starts[index + wanted.count])
                index += wanted.count
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// The matches in a line drawn from spans, in columns from the line's start; the spans are
    /// joined only when there is something to look for.
    static func columns(of needle: String, in line: [Span]) -> [Range<Int>] {
        needle.isEmpty ? [] : columns(of: needle, in: line.map(\.text).joined())
    }
}
