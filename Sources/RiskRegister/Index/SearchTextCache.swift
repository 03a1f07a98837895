/// The entries' folded texts of a database's registers kept in memory, for an index searched again
/// and again (the browser's search of every register, a letter at a time): each register's texts
/// as an `EntrySearchIndex`, under the digest of the bytes they were read from. A search uses a
/// register's texts here while its row in the database still has that digest, and reads them from
/// the database (and keeps them) otherwise; the index's own writes put their texts here as they
/// go. It holds as much as the texts in the database (about half the size of the register files).
final class SearchTextCache {
    /// A register's texts and the digest of the file they are from.
    struct Texts {
        let digest: String
        let index: EntrySearchIndex
    }

    /// By register id (the database's).
    private(set) var registers: [Int64: Texts] = [:]

    /// A register's texts when they are those of `digest` and hold `count` entries.
    func texts(of id: Int64, digest: String, count: Int) -> EntrySearchIndex? {
        guard let texts = registers[id], texts.digest == digest, texts.index.count == count else { return nil }
        return texts.index
    }

    /// Keeps a register's texts.
    func keep(_ index: EntrySearchIndex, of id: Int64, digest: String) {
        registers[id] = Texts(digest: digest, index: index)
    }

    /// Forgets a register's texts.
    func forget(_ id: Int64) {
        registers[id] = nil
    }

    /// Forgets the texts of every register not in `ids`.
    func keepOnly(_ ids: some Collection<Int64>) {
        let kept = Set(ids)
        registers = registers.filter { kept.contains($0.key) }
    }
}
