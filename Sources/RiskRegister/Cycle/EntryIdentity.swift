/// How entries of different registers are recognised as the same risk: by id, ignoring case and
/// spaces ("Corp 4" and "CORP4"), or by explicit links (`previousIds`). Titles are never compared.
public enum EntryIdentity {
    /// The id as compared: lower case, without white space.
    public static func key(_ id: String) -> String {
        String(id.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// The keys under which `entry` continues an entry of the previous register: the ids it links
    /// to when it lists any (none for an empty list), else its own id.
    public static func continuationKeys(of entry: Entry) -> [String] {
        entry.previousIds.map { $0.map(key) } ?? [key(entry.id)]
    }
}
