/// Printed ids as a person means them: "Corp 4" and "CORP4" are the same label. Labels are for
/// finding an entry and for spotting two entries that show the same one; which entries are the same
/// risk is their identity's business (`Entry.uid`, `EntryPairing`).
public enum EntryIdentity {
    /// The id as compared: lower case, without white space.
    public static func key(_ id: String) -> String {
        String(id.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    }
}
