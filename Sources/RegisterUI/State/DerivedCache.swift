import RiskRegister

/// The browser's derived views, each kept until what it depends on changes: a key press that
/// moves a cursor computes none of them again. Registers are told apart by their identity and
/// the workspace's revision, which counts every change to a register.
final class DerivedCache: Equatable, Sendable {
    /// What the entry list shows depends on.
    struct ListKey: Equatable {
        let register: RegisterID
        let revision: Int
        let query: EntryQuery
    }

    /// What the heat map shows depends on.
    struct HeatKey: Equatable {
        let register: RegisterID
        let revision: Int
        /// The list's query without its cell filter and order.
        let query: EntryQuery
    }

    /// What the summary risk profile depends on: the open register and the predecessor it is
    /// compared with for movement, when that one is loaded.
    struct ProfileKey: Equatable {
        let register: RegisterID
        let revision: Int
        let predecessor: RegisterID?
    }

    /// What an entry's detail layout depends on.
    struct DetailKey: Equatable {
        let entry: Entry
        let scale: Scale
        let width: Int
        let unicode: Bool
        let additions: DetailAdditions
    }

    /// The entry list's rows.
    let visibleEntries = Memo<ListKey, [Int]>()
    /// What the list's columns need to know of every entry.
    let listSummary = Memo<ListKey.ID, ListSummary>()
    /// The heat map's model.
    let heatModel = Memo<HeatKey, HeatMapModel>()
    /// The open register's summary risk profile.
    let profile = Memo<ProfileKey, SummaryProfile>()
    /// Whether the open register has unsaved changes.
    let dirty = Memo<ListKey.ID, Bool>()
    /// The selected entry's detail layout.
    let detailLayout = Memo<DetailKey, (rows: [[Span]], targets: [DetailTarget?])>()
    /// The open register's entries that show the same printed id as another (ignoring case and
    /// spaces), in groups by id, in register order.
    let duplicateIDs = Memo<ListKey.ID, [[Int]]>()
    /// The open register's search texts.
    let search = Memo<ListKey.ID, SearchTexts>()
    /// The last search and the entries that held it.
    let lastSearch = Box<(key: ListKey.ID, text: String, matches: [Int])?>(nil)
    /// The quarterly cycle's views: comparison, count changes, the detail's additions.
    let cycle = CycleCache()

    static func == (lhs: DerivedCache, rhs: DerivedCache) -> Bool { true }
}

extension DerivedCache.ListKey {
    /// A register at a revision.
    struct ID: Equatable {
        let register: RegisterID
        let revision: Int
    }
}
