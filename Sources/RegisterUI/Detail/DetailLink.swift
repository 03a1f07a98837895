/// One line of an entry's Links section: what it says, where Enter goes, and whether `d` may
/// remove it.
struct DetailLink: Hashable, Sendable {
    /// "escalated to Corp 4 · Integration & Innovation (2021/22 Q4)", or for a link no register
    /// resolves "escalated to Corp 4 (lcc-2021-22-q4): not in the data directory".
    let text: String
    /// The linked entry, when a loaded register holds it; nil draws the line dim.
    let destination: EntryLocation?
    /// True for a link the entry stores (one of its `links`, at the line's position); false for a
    /// link another entry stores to it ("escalated from").
    let isOwn: Bool
}
