import RiskRegister

/// The views of the quarterly cycle derived from the loaded registers (the predecessors to load, a
/// comparison, the count changes on the heat map, an entry's additions to the detail pane), each
/// kept until the registers change (the workspace's revision) or what it is for changes.
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

    /// The open register's predecessors to load, newest first.
    let earlier = Memo<ChainKey, [RegisterID]>()
    /// The open register compared with the other.
    let delta = Memo<PairKey, RegisterDelta>()
    /// The change of each heat-map cell's count, by likelihood and impact (index `5 × (impact − 1)
    /// + likelihood − 1`).
    let heatChanges = Memo<HeatKey, [Int]>()
    /// The detail pane's additions for the entry shown.
    let additions = Memo<AdditionsKey, DetailAdditions>()
}
