import RiskRegister

/// The views of the quarterly cycle and of the links between registers derived from the loaded
/// registers (the predecessors to load, a comparison, the count changes on the heat map, an entry's
/// additions to the detail pane, its links, the roll-up of a period), each kept until the registers
/// change (the workspace's revision) or what it is for changes.
final class CycleCache: Sendable {
    /// What a comparison depends on: both registers, at a revision of the workspace.
    struct PairKey: Equatable {
        let open: RegisterID
        let other: RegisterID
        let revision: Int
    }

    /// What the open register's predecessors to load depend on: the registers and their listing.
    struct ChainKey: Equatable {
        let open: RegisterID
        let revision: Int
        let slots: [RegisterSlot]
    }

    /// What the heat map's count changes depend on.
    struct HeatKey: Equatable {
        let pair: PairKey
        let kind: KindFilter
        let rating: RatingKind
        /// The search and whether closed entries count: the map follows the list's filters.
        let search: String
        let showClosed: Bool
        let outsideAppetite: Bool
    }

    /// What the detail pane's additions for an entry depend on.
    struct AdditionsKey: Equatable {
        let open: RegisterID
        let revision: Int
        let selection: Int?
        let shownID: String
        let comparing: RegisterID?
        let removedRow: Int?
        let width: Int
        let unicode: Bool
    }

    /// What the Links section of the entry shown depends on: the registers loaded and listed, and
    /// which entry is shown (its register and position).
    struct LinksKey: Equatable {
        let revision: Int
        let slots: [RegisterSlot]
        let register: RegisterID
        let index: Int
    }

    /// The open register's predecessors to load, newest first.
    let earlier = Memo<ChainKey, [RegisterID]>()
    /// The open register compared with the other.
    let delta = Memo<PairKey, RegisterDelta>()
    /// The change of each heat-map cell's count, by likelihood and impact (index `5 × (impact − 1)
    /// + likelihood − 1`).
    let heatChanges = Memo<HeatKey, [Int]>()
    /// The detail pane's additions for the entry shown.
    let additions = Memo<AdditionsKey, DetailAdditions>()
    /// The links between the entries of the registers loaded, at a revision of the workspace.
    let registerLinks = Memo<Int, RegisterLinks>()
    /// The Links section of the entry shown.
    let shownLinks = Memo<LinksKey, [DetailLink]>()
    /// The registers to load for the open register's links and roll-up: those of its period and
    /// those its period's links name.
    let linked = Memo<ChainKey, [RegisterID]>()
    /// The roll-up of the open register's period.
    let rollUp = Memo<DerivedCache.ListKey.ID, RollUp?>()
}
