import Foundation
import RiskRegister

/// Everything the browser shows, and nothing of the terminal: the registers, which one is open,
/// focus, view, filters, selections and scroll positions. `update` changes it; `view` draws it.
public struct AppState: Equatable, Sendable {
    /// The data directory's registers: listed, loaded, edited, saved.
    public internal(set) var workspace: Workspace
    /// The open register, once one is chosen.
    public internal(set) var openID: RegisterID?
    /// The terminal's size.
    public internal(set) var size: Size
    /// What the terminal can show.
    public var capabilities: TerminalCapabilities
    /// True when the open register has changes not yet saved; the status line shows a marker.
    /// Compared once per change of the register, not on every frame.
    public var hasUnsavedChanges: Bool {
        guard let openID else { return false }
        return derived.dirty.value(for: DerivedCache.ListKey.ID(register: openID, revision: workspace.revision)) { _ in
            workspace.isDirty(openID)
        }
    }
    /// Who progress notes are stamped with.
    public let author: String
    /// Today as an ISO date (local), for progress notes; the runtime sets it with `now` before each
    /// event (`setClock`), so a browser left open overnight dates the next morning's notes right.
    public internal(set) var today: String
    /// The focused pane.
    public internal(set) var focus: Pane = .heatMap

    /// The rating the heat map shows and the score sort uses.
    var rating: RatingKind = .current
    /// Which kinds of entry are shown.
    var kind: KindFilter = .all
    /// The list's order.
    var sort: SortOrder = .document
    /// The heat map's cursor.
    var cursor = HeatCursor(likelihood: 3, impact: 3, stripIndex: nil)
    /// The heat-map position the list is filtered to.
    var cellFilter: CellFilter?
    /// The search text.
    var searchText = ""
    /// True while the search prompt takes the keys.
    var isSearching = false
    /// The selected entry's index in the register's entries.
    var selection: Int?
    /// The list's first visible row.
    var listTop = 0
    /// The detail pane's first visible line.
    var detailTop = 0
    /// The open overlay.
    var overlay: Overlay?
    /// A message for the status line.
    var message: StatusMessage?
    /// The detail cursor: an index into the selected entry's targets.
    var detailCursor = 0
    /// The detail line `n` / `N` last moved to, while the keys pressed since were only `n` and `N`.
    var detailMatchLine: Int?
    /// Changes to undo, the latest last.
    var undoStack: [Snapshot] = []
    /// Changes undone, to redo, the latest last.
    var redoStack: [Snapshot] = []
    /// Registers of an earlier session's recovery files still to offer.
    var pendingRecovery: [RegisterID] = []
    /// Recovery files of an earlier session, by register.
    var recovered: [RegisterID: RecoveryFile.Found] = [:]
    /// The merge under way: the merge overlay's.
    var mergeSession: MergeSession? {
        if case .merge(let session) = overlay { session } else { nil }
    }
    /// The edit in $EDITOR under way, if any.
    var externalEdit: ExternalEdit?
    /// Views derived from the state, kept until what they depend on changes (not state: shared by
    /// copies, never compared).
    let derived = DerivedCache()
    /// The register whose save quitting waits for.
    var quitAfterSave: RegisterID?
    /// Registers being saved, with the edits sent to be saved.
    var saving: [RegisterID: Register] = [:]
    /// The search across every register: its overlay's. Setting one opens the overlay; setting
    /// nil closes it (and nothing else).
    var allSearch: AllRegistersSearch? {
        get { if case .searchAll(let search) = overlay { search } else { nil } }
        set {
            if let newValue {
                overlay = .searchAll(newValue)
            } else if allSearch != nil {
                overlay = nil
            }
        }
    }
    /// How far the index has come (registers indexed, of all); nil before it reports.
    var indexProgress: IndexProgress?
    /// An entry to select once its register, being loaded, is open.
    var pendingEntry: EntryLocation?
    /// The identity of the entry a link was followed from, until the linked entry is shown and the
    /// detail cursor is on the link back (`arriveAtLink`).
    var linkArrival: String?
    /// The time now (ISO 8601 UTC, to the second), for closing entries and recording reviews;
    /// the runtime sets it before each event (`setClock`).
    public internal(set) var now: String
    /// True when the list shows closed entries too.
    var showClosed = false
    /// True when the list (and the heat map) shows only the risks outside the register's appetite.
    var outsideAppetite = false
    /// The review under way (`R`), if any.
    var review: ReviewSession?
    /// Effects asked for by a change that returns none itself (a new quarter's file), sent once.
    var outbox: [Effect] = []
    /// Registers to load besides the open one: a predecessor to compare with or review against.
    var wanted: Set<RegisterID> = []
    /// The comparison with another register, while compare mode is on.
    var compare: CompareSession?
    /// True while the register picker chooses the register to compare with.
    var isChoosingComparison: Bool {
        if case .picker(_, comparing: true) = overlay { true } else { false }
    }
    /// Where the data directory stands in git; nil outside git.
    public internal(set) var gitStatus: GitStatus?

    /// The browser's first state over a data directory's registers, loaded or only listed: the
    /// register named `register` (file stem, file name or period) or else the newest is open, its
    /// first entry selected once it is loaded, the heat map focused and the cursor on that entry's
    /// current rating. Files that did not load are reported on the status line and listed in the
    /// register picker. A register not yet loaded shows as loading; `pendingLoads` asks for it.
    /// With `compare` (file stem, file name or period), it opens in compare mode with that register.
    public init(workspace: Workspace, size: Size, capabilities: TerminalCapabilities, register name: String? = nil,
                author: String = "riskreg", today: String = "1970-01-01",
                recovered: [RegisterID: RecoveryFile.Found] = [:], compare: String? = nil) {
        self.workspace = workspace
        self.author = author
        self.today = today
        self.now = today + "T00:00:00Z"
        self.size = size
        self.capabilities = capabilities
        var problems: [String] = []
        openID = workspace.newest
        if let name {
            if let id = workspace.id(named: name) {
                openID = id
            } else {
                problems.append("no register \"\(name)\", showing the newest")
            }
        }
        if let compare {
            if let id = workspace.id(named: compare) {
                startComparing(with: id)
            } else {
                problems.append("no register \"\(compare)\" to compare with")
            }
        }
        let failures = workspace.failures
        if !failures.isEmpty {
            let names = failures.map(\.url.lastPathComponent).joined(separator: ", ")
            problems.append("\(failures.count) file\(failures.count == 1 ? "" : "s") did not load: \(names) (\(CommandTable.hint(.showRegisters, in: .global, "lists them")))")
        }
        if !problems.isEmpty {
            message = StatusMessage(text: problems.joined(separator: "; "), isWarning: true)
        }
        if let openID { openRegister(openID) }
        wantEarlierRegisters()
        wantLinkedRegisters()
        self.recovered = recovered.filter { workspace.slot($0.key) != nil }
        pendingRecovery = self.recovered.keys.sorted()
        askNextRecovery()
    }

    /// The browser's first state over a scan of registers all loaded (tests and benchmarks).
    public init(scan: DirectoryScan, size: Size, capabilities: TerminalCapabilities, register name: String? = nil,
                author: String = "riskreg", today: String = "1970-01-01", recovered: [URL: RecoveryFile.Contents] = [:],
                compare: String? = nil) {
        self.init(workspace: Workspace(loaded: scan.registers, failures: scan.failures), size: size,
                  capabilities: capabilities, register: name, author: author, today: today,
                  recovered: Dictionary(recovered.map { (RegisterID($0.key), .whole($0.value)) }) { first, _ in first },
                  compare: compare)
    }

    /// Every register that loaded, oldest period first.
    public var registers: [LoadedRegister] { workspace.registers }

    /// Files of the data directory that did not load.
    public var failures: [LoadFailure] { workspace.failures }

    /// Every register with unsaved edits: the edited register with the file's url and bytes as
    /// loaded.
    public func unsavedWork() -> [LoadedRegister] {
        workspace.dirty.compactMap { workspace.files[$0] }
    }

    /// Register files whose recovery file from an earlier session is not yet restored or
    /// declined: nothing may overwrite it meanwhile.
    public var heldRecoveryFiles: Set<URL> { Set(recovered.keys.map(\.url)) }

    /// What a recovery file must keep: every register with unsaved edits, counting the text in
    /// an open editor as if it had been kept with Enter, so a crash loses no typing.
    public func recoverableWork() -> [LoadedRegister] {
        var copy = self
        switch overlay {
        case .editor(let editor), .prompt(.discardEdit(let editor)):
            copy.overlay = nil
            _ = copy.acceptEditor(editor)
        default:
            break
        }
        return copy.unsavedWork()
    }
}

/// A register's contents before a change, with where the user was.
struct Snapshot: Equatable, Sendable {
    let registerID: RegisterID
    var register: Register
    let selection: Int?
    let detailCursor: Int
    /// What the change made after this snapshot was ("new progress note on Corp 4"), for the
    /// message that undoes or redoes it.
    let description: String
}
