/// The columns of the entry list for a width: selection mark, id, title, current and target
/// (or residual) score, each followed by a column for the anomaly mark when the register has a
/// printed anomaly, owner when there is room or the list is sorted by owner, and direction; in
/// compare mode, then the movement since the register compared with.
struct ListColumns: Hashable, Sendable {
    /// Columns of the id.
    let id: Int
    /// Columns of the title.
    let title: Int
    /// Columns of the owner; 0 when the owner is not shown.
    let owner: Int
    /// Columns after each score chip for the anomaly mark: 1 when the register has a printed
    /// anomaly, else 0.
    let mark: Int

    /// Columns of a score chip ("16H").
    static let score = 3

    /// Where the id starts, from the row's left edge (after the selection mark).
    var idOffset: Int { 1 }
    /// Where the title starts.
    var titleOffset: Int { idOffset + id + 1 }
    /// Where the owner starts (when it is shown).
    var ownerOffset: Int { titleOffset + title + 1 + Self.score + mark + 1 + Self.score + mark + 1 }

    /// Columns of the movement (a space and its glyph), in compare mode.
    static let movement = 2

    /// The columns for a list's inside width, its longest id and title, whether a mark column is
    /// needed and whether the movement column is shown. With room for 40 columns of text or more,
    /// the owner takes a third of it, and what the longest title leaves of the rest.
    init(width: Int, longestID: Int, longestTitle: Int = .max, showOwner: Bool, marks: Bool = false, movement: Bool = false) {
        id = min(8, max(2, longestID))
        mark = marks ? 1 : 0
        let fixed = 1 + id + 1 + 1 + Self.score + 1 + Self.score + 1 + 1
        let room = max(0, width - fixed)
        var owner: Int
        if room >= 40 {
            owner = room / 3
        } else if showOwner {
            owner = room / 2
        } else {
            owner = 0
        }
        // The mark and movement columns come out of the title, so that the owner shows at the same widths.
        var title = max(0, (owner > 0 ? room - owner - 1 : room) - 2 * mark - (movement ? Self.movement : 0))
        if room >= 40, title > longestTitle {
            owner += title - longestTitle
            title = longestTitle
        }
        self.owner = owner
        self.title = title
    }
}
