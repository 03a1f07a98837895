import RiskRegister

/// Finding an entry by the id a user typed.
enum EntryLookup {
    /// The entry with exactly this id, else the only one whose id matches ignoring case and spaces.
    static func find(_ typed: String, in register: Register) -> Entry? {
        if let exact = register.entry(id: typed) { return exact }
        let key = normalise(typed)
        let matches = register.entries.filter { normalise($0.id) == key }
        return matches.count == 1 ? matches[0] : nil
    }

    private static func normalise(_ id: String) -> String {
        id.lowercased().filter { !$0.isWhitespace }
    }
}
