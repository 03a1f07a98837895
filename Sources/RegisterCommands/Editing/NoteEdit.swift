import RiskRegister

/// `riskreg note`: a dated progress note at the top of an entry's progress, as `p` adds one in
/// the browser (`ProgressNote`).
public struct NoteEdit: EntryChange {
    /// The note's text.
    public let text: String
    /// Its date, "2022-05-01".
    public let date: String
    /// Who wrote it.
    public let author: String

    /// A note of `text` dated `date` and signed by `author`.
    public init(_ text: String, date: String, author: String) {
        self.text = text
        self.date = date
        self.author = author
    }

    /// The entry with the note first in its progress; refused for an empty text.
    public func apply(to entry: Entry, at index: Int, of register: Register) throws(EditRefusal) -> Entry {
        try ProgressNote.adding(text, to: entry, date: date, author: author)
    }

    /// "progress note added (2022-05-01, A. Officer): "Met the partners"".
    public func describe(before: Entry, after: Entry) -> String {
        "progress note added (\(date), \(author)): \(SafeText.quoted(after.progress.first?.text ?? "", limit: 60))"
    }
}
