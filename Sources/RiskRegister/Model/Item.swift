import OrderedCollections

/// One bullet of a list field: a control, an action, a consequence, a progress note.
public struct Item: Equatable, Sendable {
    /// The item's identity: a short id generated once and kept in the file, so that the history
    /// and a merge name the item, not its position (docs/register-format.md).
    public var id: String
    /// The text as printed.
    public var text: String
    /// The sub-heading the item sits under ("Capacity", "Change programme"), if any.
    public var heading: String?
    /// 0 for a top-level bullet, 1 for a sub-bullet of the item before.
    public var level: Int
    /// For progress notes: the date, as printed or as stamped.
    public var date: String?
    /// For progress notes: who wrote it.
    public var author: String?
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates an item.
    /// Creates an item; without an id it gets a new random one.
    public init(id: String? = nil, text: String, heading: String? = nil, level: Int = 0, date: String? = nil,
                author: String? = nil, unknownKeys: UnknownKeys = [:]) {
        self.id = id ?? Self.newIdentifier()
        self.text = text
        self.heading = heading
        self.level = level
        self.date = date
        self.author = author
        self.unknownKeys = unknownKeys
    }

    /// A new random id: eight lower-case hex digits.
    public static func newIdentifier() -> String {
        hex(UInt32.random(in: 0...UInt32.max))
    }

    /// The id of an item read from a file that has none (written before items had ids): derived
    /// from where it stands and what it says, so every load of that file gives the same ids
    /// until it is saved with them.
    public static func derivedIdentifier(entry: String, list: String, index: Int, text: String) -> String {
        let digest = Digest.sha256(Array("\(entry)\u{0}\(list)\u{0}\(index)\u{0}\(text)".utf8))
        return String(digest.dropFirst("sha256:".count).prefix(8))
    }

    /// True for a well-formed id: 1–32 letters, digits, '-' or '_'.
    public static func isValidIdentifier(_ id: String) -> Bool {
        (1...32).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2D || byte == 0x5F
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 8 - text.count) + text
    }
}
