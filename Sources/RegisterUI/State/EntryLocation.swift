import RiskRegister

/// Where an entry is: its register, and the entry there.
struct EntryLocation: Hashable, Sendable {
    /// How the entry is named.
    enum Name: Hashable, Sendable {
        /// By its identity (`Entry.uid`): a link's other end.
        case uid(String)
        /// By its printed id: a search result.
        case id(String)
    }

    /// The register.
    let register: RegisterID
    /// The entry.
    let entry: Name
    /// For a link followed, the identity of the entry it was followed from: once there, the detail
    /// cursor goes to the line of the link back to it.
    var from: String?
    /// The pane focused once the entry is selected.
    var focus: Pane = .list

    /// The position of the entry in `register`, if it holds it.
    func index(in register: Register) -> Int? {
        switch entry {
        case .uid(let uid): register.entries.firstIndex { $0.uid == uid }
        case .id(let id): register.entries.firstIndex { $0.id == id }
        }
    }

    /// The entry as a person names it in a message: its printed id, or its identity.
    var shownName: String {
        switch entry {
        case .uid(let uid): uid
        case .id(let id): id
        }
    }
}
