extension Entry {
    /// Every text of the entry that search looks in: id, title, type, the owners, target date,
    /// direction text, each item's text, heading, date and author, the notes, the profile's texts
    /// and each history record's field, before and after. The browser's search and
    /// `EntrySearchIndex` both use this list.
    public var searchFields: [String] {
        var fields = [id, title]
        fields += [type, owner, controlOwner, actionOwner, targetDate, direction.text].compactMap { $0 }
        for item in description + consequences + controls + actions + progress {
            fields += [item.text, item.heading, item.date, item.author].compactMap { $0 }
        }
        fields += notes
        if let profile {
            fields += [profile.id, profile.description, profile.targetDate, profile.direction].compactMap { $0 }
        }
        fields += history.flatMap { [$0.field, $0.before, $0.after].compactMap { $0 } }
        return fields
    }
}
