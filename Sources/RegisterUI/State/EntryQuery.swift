import RiskRegister

/// The entries the list shows, as indices into the register's entries: filtered by kind, by the
/// cell filter and by the search, then sorted.
struct EntryQuery: Hashable, Sendable {
    /// Which kinds.
    var kind: KindFilter
    /// The heat-map position, if the list is filtered to one.
    var cell: CellFilter?
    /// The search text.
    var search: String
    /// The order.
    var sort: SortOrder
    /// The rating whose score `SortOrder.score` sorts by.
    var rating: RatingKind
    /// True when closed entries are listed too.
    var showClosed = false
    /// True when only the risks outside the register's appetite are listed (a register that
    /// states no appetite lists none then).
    var outsideAppetite = false

    /// The matching entries' indices, in order. `searchMatches`, when given, are the entries
    /// known to hold the search text (found through the register's prepared search texts).
    func indices(in register: Register, searchMatches: [Int]? = nil) -> [Int] {
        let candidates = searchMatches ?? Array(register.entries.indices)
        // Each entry is read where it lies (an argument borrowed from the array): binding it to a
        // name copied every entry of the register on each search letter.
        let matching = candidates.filter { index in
            lists(register.entries[index], appetite: register.appetite, searched: searchMatches != nil)
        }
        return sorted(matching, in: register)
    }

    /// True when the list shows `entry`: open (or closed ones shown), of a kind shown, in the cell
    /// filtered to, outside the appetite when only those are asked for, and holding the search
    /// text unless `searched` says the search already chose it.
    private func lists(_ entry: Entry, appetite: RiskAppetite?, searched: Bool) -> Bool {
        (showClosed || !entry.isClosed) && kind.includes(entry.kind) && (cell?.matches(entry) ?? true)
            && (!outsideAppetite || appetite?.isOutside(entry) == true)
            && (searched || search.isEmpty || EntrySearch.matches(entry, search))
    }

    /// The indices in the query's order.
    private func sorted(_ matching: [Int], in register: Register) -> [Int] {
        switch sort {
        case .document:
            return matching
        case .score:
            return matching.sorted { lhs, rhs in
                let left = register.entries[lhs].rating(rating).effectiveScore ?? Int.min
                let right = register.entries[rhs].rating(rating).effectiveScore ?? Int.min
                return left != right ? left > right : lhs < rhs
            }
        case .owner:
            return matching.sorted { lhs, rhs in
                let left = register.entries[lhs].owner?.lowercased()
                let right = register.entries[rhs].owner?.lowercased()
                switch (left, right) {
                case let (left?, right?) where left != right: return left < right
                case (.some, nil): return true
                case (nil, .some): return false
                default: return lhs < rhs
                }
            }
        }
    }
}
