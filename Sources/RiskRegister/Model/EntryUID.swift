/// The stable identity of an entry: riskreg's own, never shown as the council's id. A risk keeps
/// it for life: across new quarters, renumbering, import and merge (docs/register-format.md).
public enum EntryUID {
    /// A new random identity: twelve lower-case hex digits.
    public static func new() -> String {
        let value = UInt64.random(in: 0...UInt64.max) & 0xFFFF_FFFF_FFFF
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 12 - text.count) + text
    }

    /// The identity of an entry read from a file that stores none (written before entries had
    /// identities): derived from its printed id (ignoring case and spaces), the printed ids it
    /// says it continues, and how many entries before it in the file share that id. Every load of
    /// such a file agrees, and two such files join their entries by printed id as they did before.
    public static func derived(id: String, previousIds: [String]?, ordinal: Int) -> String {
        var input = "entry\u{0}\(EntryIdentity.key(id))\u{0}\(ordinal)"
        if let previousIds { input += "\u{0}continues\u{0}" + previousIds.map(EntryIdentity.key).joined(separator: "\u{0}") }
        let digest = Digest.sha256(Array(input.utf8))
        return String(digest.dropFirst("sha256:".count).prefix(12))
    }

    /// An identity derived from one entry's whole text, for the second of two entries a merge
    /// found added on both sides under one identity (so both are kept, and every merge of the
    /// same files agrees on the new one).
    static func split(_ uid: String, content: String) -> String {
        let digest = Digest.sha256(Array("split\u{0}\(uid)\u{0}\(content)".utf8))
        return String(digest.dropFirst("sha256:".count).prefix(12))
    }

    /// True for a well-formed identity: 1–32 letters, digits, '-' or '_' (as item ids).
    public static func isValid(_ uid: String) -> Bool { Item.isValidIdentifier(uid) }
}
