import RiskRegister

/// Incremental search: an entry matches when its id, title, owner or any other text field
/// (`Entry.searchFields`) contains the search text, ignoring case and the form of accents
/// (`SearchText`).
enum EntrySearch {
    /// True when the entry contains the text; an empty text matches everything.
    static func matches(_ entry: Entry, _ text: String) -> Bool {
        EntrySearchIndex.matches(entry, text)
    }
}
