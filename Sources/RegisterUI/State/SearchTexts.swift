import RiskRegister

/// A register's search index (`EntrySearchIndex`: every entry's fields folded once), kept with the
/// entries it was built from so that after an edit only the entries that changed are folded
/// again. The backend prepares it when a register loads (`Event.searchPrepared`), so the first
/// search letter never waits for the folding.
public struct SearchTexts: Equatable, Sendable {
    /// The entries the index was built from.
    private let entries: [Entry]
    /// Their folded texts.
    let index: EntrySearchIndex

    /// The index of a register's entries, reusing the folded text of entries unchanged since
    /// `previous`.
    public init(entries: [Entry], reusing previous: SearchTexts? = nil) {
        self.entries = entries
        if let previous, previous.entries.count == entries.count {
            index = EntrySearchIndex(foldedTexts: entries.indices.lazy.map { position in
                entries[position] == previous.entries[position]
                    ? previous.index.text(at: position) : ArraySlice(SearchText.fold(fields: entries[position].searchFields))
            })
        } else {
            index = EntrySearchIndex(entries: entries)
        }
    }

    /// The indices of the entries that contain `text`, looking only among `candidates` when given.
    func matching(_ text: String, among candidates: [Int]? = nil) -> [Int] {
        candidates.map { index.matches(text, within: $0) } ?? index.matches(text)
    }
}
