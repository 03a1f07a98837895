/// Whether an entry's title changed so much between two registers that a reader should be told:
/// the two titles share no word of four letters or more (ignoring case and punctuation). A joined
/// entry whose title changed completely may be a wrong link, so timeline and compare say so.
public enum TitleChange {
    /// True when `before` and `after` differ and share no significant word.
    public static func isComplete(from before: String, to after: String) -> Bool {
        guard before != after else { return false }
        let left = words(before)
        let right = words(after)
        guard !left.isEmpty, !right.isEmpty else { return false }
        return left.isDisjoint(with: right)
    }

    /// "title changed: Old → New", for a line of a report.
    public static func line(from before: String, to after: String) -> String {
        "title changed: \(before) → \(after)"
    }

    private static func words(_ title: String) -> Set<String> {
        var found: Set<String> = []
        var word = ""
        for character in title.lowercased() + " " {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                if word.count >= 4 { found.insert(word) }
                word = ""
            }
        }
        return found
    }
}
