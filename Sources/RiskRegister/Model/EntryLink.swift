import OrderedCollections

/// A typed link from an entry to an entry of another register, by identity: a directorate risk
/// escalated to the corporate register, or one of several rolled up into a corporate risk. The
/// other side sees the link too (the detail pane lists "escalated from" and "rolled up from"), so
/// it is stored once, on the entry that points.
public struct EntryLink: Equatable, Sendable {
    /// What the link says.
    public enum Kind: String, Sendable, CaseIterable {
        /// This entry was escalated to the linked one (a directorate risk now carried corporately).
        case escalatedTo = "escalated-to"
        /// This entry is one of the risks the linked one rolls up.
        case rollsUpInto = "rolls-up-into"

        /// The link as read from this entry: "escalated to".
        public var phrase: String {
            switch self {
            case .escalatedTo: "escalated to"
            case .rollsUpInto: "rolls up into"
            }
        }

        /// The link as read from the other entry: "escalated from".
        public var inversePhrase: String {
            switch self {
            case .escalatedTo: "escalated from"
            case .rollsUpInto: "rolled up from"
            }
        }
    }

    /// What the link says.
    public var kind: Kind
    /// The linked entry's identity (`Entry.uid`).
    public var uid: String
    /// The file stem of the register the linked entry was in when linked: where to look first.
    public var register: String?
    /// The linked entry's printed id when linked, for a person reading the file.
    public var id: String?
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates a link.
    public init(kind: Kind, uid: String, register: String? = nil, id: String? = nil, unknownKeys: UnknownKeys = [:]) {
        self.kind = kind
        self.uid = uid
        self.register = register
        self.id = id
        self.unknownKeys = unknownKeys
    }
}
