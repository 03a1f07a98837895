import RiskRegister

extension AppState {
    /// The open register's entries that show the same printed id as another (ignoring case and
    /// spaces), in groups, each group and its entries in register order; found again only when the
    /// register changes.
    var duplicateIDs: [[Int]] {
        guard let openID, let register else { return [] }
        let key = DerivedCache.ListKey.ID(register: openID, revision: workspace.revision)
        return derived.duplicateIDs.value(for: key) { _ in
            var groups: [String: [Int]] = [:]
            for (index, entry) in register.entries.enumerated() { groups[EntryIdentity.key(entry.id), default: []].append(index) }
            return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        }
    }

    /// The status line's warning while two entries show one id: "2 entries show the id Corp 4:
    /// I renumbers", "ids shown twice or more: Corp 4, CR2: I renumbers".
    var duplicatesWarning: String? {
        let groups = duplicateIDs
        guard let register, let first = groups.first else { return nil }
        let renumbers = CommandTable.hint(.renumber, in: .global, "renumbers")
        if groups.count == 1 { return "\(first.count) entries show the id \(register.entries[first[0]].id): \(renumbers)" }
        let ids = groups.map { register.entries[$0[0]].id }.joined(separator: ", ")
        return "ids shown twice or more: \(ids): \(renumbers)"
    }

    /// The warnings under the title of the entry at `index` of the open register: each other entry
    /// showing its id, by title, and the key that renumbers this one.
    func duplicateWarnings(for index: Int) -> [DetailLine] {
        guard let register, let group = duplicateIDs.first(where: { $0.contains(index) }) else { return [] }
        let renumbers = CommandTable.hint(.renumber, in: .global, "renumbers this one")
        return group.filter { $0 != index }.map { other in
            let entry = register.entries[other]
            return DetailLine(.note, "Another entry shows the id \(entry.id): “\(entry.title)”. \(renumbers).")
        }
    }

    /// `I`: the id editor on the selected entry, the next free id of its kind's sequence suggested.
    mutating func renumber() {
        guard let register, let entry = selectedEntry else { return }
        let next = EntryNumbering.nextID(for: entry.kind, in: register)
        focus = .detail
        placeDetailCursor(on: .field(.id))
        overlay = .editor(TextEditor(target: .field(.id), text: next))
        message = StatusMessage(text: "Renumber \(entry.id): Enter keeps \(next), or type another id", isWarning: false)
    }
}
