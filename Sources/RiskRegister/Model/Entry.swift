import OrderedCollections

/// One risk or opportunity of a register, with everything the council printed about it.
public struct Entry: Equatable, Sendable {
    /// The id as printed: "CR1", "C01", "CO2", "Corp 1".
    public var id: String
    /// riskreg's stable identity of the risk (`EntryUID`): kept across quarters, renumbering,
    /// import and merge; never shown as the council's id. What every join between registers,
    /// clones and quarters matches on.
    public var uid: String
    /// Risk or opportunity.
    public var kind: EntryKind
    /// The ids this entry continues in the previous register, when it was renumbered ("CR4" for a
    /// "Corp 3" that continues it). Without it an entry continues the previous register's entry
    /// of the same id (ignoring case and spaces); with it, exactly the ids it lists, so an empty
    /// list says the entry continues none (an id reused for a different risk). Never by titles.
    public var previousIds: [String]?
    /// Typed links to entries of other registers (escalated to, rolls up into), by identity.
    public var links: [EntryLink]
    /// Open, or closed with when, who and why.
    public var status: EntryStatus
    /// Short title or printed risk description.
    public var title: String
    /// The printed risk type ("Economic"), if any.
    public var type: String?
    /// Description bullets or aims.
    public var description: [Item]
    /// Possible consequences, or for an opportunity its benefits.
    public var consequences: [Item]
    /// Current controls, or for an opportunity the progress to date.
    public var controls: [Item]
    /// Who owns the controls.
    public var controlOwner: String?
    /// Mitigating (or maximising) actions.
    public var actions: [Item]
    /// Who owns the actions.
    public var actionOwner: String?
    /// Progress notes, newest first when added by riskreg.
    public var progress: [Item]
    /// The quarterly reviews recorded, oldest first.
    public var reviews: [Review]
    /// The risk owner.
    public var owner: String?
    /// The current rating.
    public var current: Rating
    /// The target rating.
    public var target: Rating
    /// The residual rating.
    public var residual: Rating
    /// The target date as printed.
    public var targetDate: String?
    /// The direction of travel.
    public var direction: Direction
    /// Risk confidence per quarter.
    public var confidence: Confidence
    /// The entry's row in a printed summary risk profile, if the document has one.
    public var profile: Profile?
    /// Oddities of the source, one sentence each.
    public var notes: [String]
    /// Where the entry was printed.
    public var source: EntrySource?
    /// Changes saved by riskreg.
    public var history: [Change]
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates an entry; everything but id, kind and title starts empty. Without a `uid` it gets
    /// the one a file without identities would derive for that id (`EntryUID.derived`); an entry
    /// added by a person is given `EntryUID.new()`.
    public init(id: String, uid: String? = nil, kind: EntryKind, previousIds: [String]? = nil, links: [EntryLink] = [],
                status: EntryStatus = .open,
                title: String, type: String? = nil, description: [Item] = [],
                consequences: [Item] = [], controls: [Item] = [], controlOwner: String? = nil, actions: [Item] = [],
                actionOwner: String? = nil, progress: [Item] = [], reviews: [Review] = [], owner: String? = nil, current: Rating = .empty,
                target: Rating = .empty, residual: Rating = .empty, targetDate: String? = nil,
                direction: Direction = Direction(), confidence: Confidence = Confidence(), profile: Profile? = nil,
                notes: [String] = [], source: EntrySource? = nil, history: [Change] = [], unknownKeys: UnknownKeys = [:]) {
        self.id = id
        self.uid = uid ?? EntryUID.derived(id: id, previousIds: previousIds, ordinal: 0)
        self.kind = kind
        self.previousIds = previousIds
        self.links = links
        self.status = status
        self.title = title
        self.type = type
        self.description = description
        self.consequences = consequences
        self.controls = controls
        self.controlOwner = controlOwner
        self.actions = actions
        self.actionOwner = actionOwner
        self.progress = progress
        self.reviews = reviews
        self.owner = owner
        self.current = current
        self.target = target
        self.residual = residual
        self.targetDate = targetDate
        self.direction = direction
        self.confidence = confidence
        self.profile = profile
        self.notes = notes
        self.source = source
        self.history = history
        self.unknownKeys = unknownKeys
    }

    /// The rating a view asks for.
    public func rating(_ which: RatingKind) -> Rating {
        switch which {
        case .current: current
        case .target: target
        case .residual: residual
        }
    }

    /// True when the entry has been closed.
    public var isClosed: Bool { status.state == .closed }

    /// The second rating the document printed: target if any, else residual.
    public var goal: Rating { target.isEmpty ? residual : target }
}
