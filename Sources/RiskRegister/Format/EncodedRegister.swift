/// The canonical bytes of a register, with the entries they hold and where each entry's bytes
/// lie, so that the next encoding of the register copies the bytes of every entry that did not
/// change instead of encoding it again (`RegisterFile.encoded(_:reusing:)`).
struct EncodedRegister: Sendable {
    /// The canonical bytes of the whole register.
    let bytes: [UInt8]
    /// The entries encoded, in file order.
    let entries: [Entry]
    /// Where the bytes of each entry of `entries` lie in `bytes` (from its `{` to its `}`).
    let entryRanges: [Range<Int>]

    /// The bytes of an entry exactly equal to `entry`: the one at `index` or else the first with
    /// its id (looked up in `positions`, built on first use); nil when there is none.
    func bytes(of entry: Entry, at index: Int, positions: inout [String: Int]?) -> ArraySlice<UInt8>? {
        if index < entries.count, entries[index].isExactly(entry) { return bytes[entryRanges[index]] }
        if positions == nil {
            var table: [String: Int] = [:]
            table.reserveCapacity(entries.count)
            for (position, old) in entries.enumerated() where table[old.id] == nil { table[old.id] = position }
            positions = table
        }
        guard let position = positions?[entry.id], entries[position].isExactly(entry) else { return nil }
        return bytes[entryRanges[position]]
    }
}
