/// A progress note added as the browser's `p` adds one: at the top of the entry's progress,
/// stamped with the date and the author.
public enum ProgressNote {
    /// The entry with a note of `text` first in its progress.
    /// - Throws: `EditRefusal` when the text is empty.
    public static func adding(_ text: String, to entry: Entry, date: String, author: String) throws(EditRefusal) -> Entry {
        guard !text.trimmingWhitespace().isEmpty else { throw EditRefusal("a progress note needs text") }
        var entry = entry
        entry.progress.insert(Item(text: text, date: date, author: author), at: 0)
        return entry
    }
}
