import RiskRegister

/// Incremental search: an entry matches when its id, title, owner or any other text field
/// contains the search text, ignoring case.
enum EntrySearch {
    /// True when the entry contains the text; an empty text matches everything.
    static func matches(_ entry: Entry, _ text: String) -> Bool {
        let needle = text.lowercased()
        guard !needle.isEmpty else { return true }
        return fields(of: entry).contains { $0.lowercased().contains(needle) }
    }

    /// Every text of an entry that search looks in.
    static func fields(of entry: Entry) -> [String] {
        var fields = [entry.id, entry.title]
        fields += [entry.type, entry.owner, entry.controlOwner, entry.actionOwner, entry.targetDate, entry.direction.text]
            .compactMap { $0 }
        for item in entry.description + entry.consequences + entry.controls + entry.actions + entry.progress {
            fields += [item.text, item.heading, item.date, item.author].compactMap { $0 }
        }
        fields += entry.notes
        if let profile = entry.profile {
            fields += [profile.id, profile.description, profile.targetDate, profile.direction].compactMap { $0 }
        }
        fields += entry.history.flatMap { [$0.field, $0.before, $0.after].compactMap { $0 } }
        return fields
    }
}
