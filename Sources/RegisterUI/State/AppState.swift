import Foundation
import RiskRegister

/// Everything the browser shows, and nothing of the terminal: the registers, which one is open,
/// focus, view, filters, selections and scroll positions. `update` changes it; `view` draws it.
public struct AppState: Equatable, Sendable {
    /// Every register that loaded, oldest period first.
    public internal(set) var registers: [LoadedRegister]
    /// Files of the data directory that did not load.
    public let failures: [LoadFailure]
    /// The open register's index in `registers`.
    public internal(set) var registerIndex: Int
    /// The terminal's size.
    public internal(set) var size: Size
    /// What the terminal can show.
    public var capabilities: TerminalCapabilities
    /// True when the open register has changes not yet saved; the status line shows a marker.
    public var hasUnsavedChanges: Bool { isDirty(registerIndex) }
    /// Who progress notes are stamped with.
    public let author: String
    /// Today as an ISO date, for progress notes.
    public let today: String
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
    /// Each register as loaded or last saved, to tell which have unsaved changes.
    var baselines: [Register]
    /// The detail cursor: an index into the selected entry's targets.
    var detailCursor = 0
    /// The detail line `n` / `N` last moved to, while the keys pressed since were only `n` and `N`.
    var detailMatchLine: Int?
    /// Changes to undo, the latest last.
    var undoStack: [Snapshot] = []
    /// Changes undone, to redo, the latest last.
    var redoStack: [Snapshot] = []
    /// Registers of an earlier session's recovery files still to offer.
    var pendingRecovery: [URL] = []
    /// Recovery files of an earlier session, by register file.
    var recovered: [URL: RecoveryFile.Contents] = [:]
    /// The merge under way, while `overlay` is `.merge`.
    var mergeSession: MergeSession?
    /// What an external edit under way will replace.
    var pendingExternalEdit: TextEditor?
    /// True when the external edit started from the in-program editor.
    var overlayBeforeExternal = false
    /// The detail pane's last layout (not state: shared by copies, never compared).
    let detailLayoutCache = DetailLayoutCache()
    /// The register whose save quitting waits for.
    var quitAfterSave: Int?

    /// The browser's first state: the register named `register` (file stem, file name or period)
    /// or else the newest, its first entry selected, the heat map focused and the cursor on that
    /// entry's current rating. Files that did not load are reported on the status line and listed
    /// in the register picker.
    public init(scan: DirectoryScan, size: Size, capabilities: TerminalCapabilities, register name: String? = nil,
                author: String = "riskreg", today: String = "1970-01-01", recovered: [URL: RecoveryFile.Contents] = [:]) {
        registers = scan.registers
        baselines = scan.registers.map(\.register)
        self.author = author
        self.today = today
        failures = scan.failures
        registerIndex = max(0, scan.registers.count - 1)
        self.size = size
        self.capabilities = capabilities
        var problems: [String] = []
        if let name {
            if let index = registers.firstIndex(where: { $0.matches(name) }) {
                registerIndex = index
            } else {
                problems.append("no register \"\(name)\", showing the newest")
            }
        }
        if !failures.isEmpty {
            let names = failures.map(\.url.lastPathComponent).joined(separator: ", ")
            problems.append("\(failures.count) file\(failures.count == 1 ? "" : "s") did not load: \(names) (r lists them)")
        }
        if !problems.isEmpty {
            message = StatusMessage(text: problems.joined(separator: "; "), isWarning: true)
        }
        openRegister(at: registerIndex)
        self.recovered = recovered
        pendingRecovery = recovered.keys
            .filter { url in registers.contains { Self.sameFile($0.url, url) } }
            .sorted { $0.path < $1.path }
        askNextRecovery()
    }

    /// True when a register has changes not yet saved.
    func isDirty(_ index: Int) -> Bool {
        registers.indices.contains(index) && registers[index].register != baselines[index]
    }

    /// Every register with unsaved edits: the edited register with the file's url and bytes as
    /// loaded.
    public func unsavedWork() -> [LoadedRegister] {
        registers.indices.filter(isDirty).map { registers[$0] }
    }

    /// Register files whose recovery file from an earlier session is not yet restored or
    /// declined: nothing may overwrite it meanwhile.
    public var heldRecoveryFiles: Set<URL> { Set(recovered.keys) }

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

    /// Whether two URLs name the same file.
    static func sameFile(_ a: URL, _ b: URL) -> Bool {
        a.standardizedFileURL.path == b.standardizedFileURL.path
    }
}

/// A register's contents before a change, with where the user was.
struct Snapshot: Equatable, Sendable {
    let registerIndex: Int
    var register: Register
    let selection: Int?
    let detailCursor: Int
}
