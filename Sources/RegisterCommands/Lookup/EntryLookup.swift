import RiskRegister

/// Finding an entry by the id a user typed.
public enum EntryLookup {
    /// The entry with exactly this id, else the only one whose id matches ignoring case and spaces.
    public static func find(_ typed: String, in register: Register) -> Entry? {
        if let exact = register.entry(id: typed) { return exact }
        let key = normalise(typed)
        let matches = register.entries.filter { normalise($0.id) == key }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The entry `typed` finds (`find`), else a failure with status `code` naming the register's
    /// file and its entries.
    public static func require(_ typed: String, in loaded: LoadedRegister, code: Int32 = CommandFailure.badInput) throws(CommandFailure) -> Entry {
        let position = try index(of: typed, in: loaded, code: code)
        return loaded.register.entries[position]
    }

    /// Where the entry `typed` finds (`find`) is in the register's entries, else a failure as
    /// `require` fails.
    public static func index(of typed: String, in loaded: LoadedRegister, code: Int32 = CommandFailure.badInput) throws(CommandFailure) -> Int {
        guard let entry = find(typed, in: loaded.register), let index = loaded.register.entries.firstIndex(where: { $0.id == entry.id }) else {
            throw CommandFailure("\(loaded.fileName): no entry \(SafeText.quoted(typed, limit: 40)); entries: "
                                 + idList(loaded.register.entries.map(\.id)), code: code)
        }
        return index
    }

    /// Ids of a register for an error message: quoted safely, at most `limit` of them.
    static func idList(_ ids: [String], limit: Int = 20) -> String {
        let shown = ids.prefix(limit).map { SafeText.quoted($0, limit: 40) }.joined(separator: ", ")
        return ids.count > limit ? shown + " and \(ids.count - limit) more" : shown
    }

    private static func normalise(_ id: String) -> String {
        id.lowercased().filter { !$0.isWhitespace }
    }
}
