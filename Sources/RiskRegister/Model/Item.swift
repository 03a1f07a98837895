import OrderedCollections

/// One bullet of a list field: a control, an action, a consequence, a progress note.
public struct Item: Equatable, Sendable {
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
    public init(text: String, heading: String? = nil, level: Int = 0, date: String? = nil, author: String? = nil,
                unknownKeys: UnknownKeys = [:]) {
        self.text = text
        self.heading = heading
        self.level = level
        self.date = date
        self.author = author
        self.unknownKeys = unknownKeys
    }
}
