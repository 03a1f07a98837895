import RiskRegister

/// The data directory's registers as the browser knows them: every register file listed (oldest
/// period first), those loaded with their edits, each one's baseline (as loaded or last saved),
/// and the files that did not load. Registers are found by their `RegisterID`, so one can be
/// listed, loaded, reloaded or removed while the others keep their edits.
public struct Workspace: Equatable, Sendable {
    /// Every register file, oldest period first.
    public private(set) var slots: [RegisterSlot] = []
    /// The loaded registers, with their unsaved edits.
    public private(set) var files: [RegisterID: LoadedRegister] = [:] {
        didSet { revision = Revision.next() }
    }
    /// Each loaded register as loaded or last saved, to tell which have unsaved changes.
    public private(set) var baselines: [RegisterID: Register] = [:]
    /// Files of the data directory that did not load.
    public private(set) var failures: [LoadFailure] = []
    /// Names the state of the loaded registers: a new one, unique in the process (`Revision`),
    /// at every change, so views derived from one can be kept until it changes, and two copies
    /// that changed differently never read each other's views.
    public private(set) var revision = Revision.next()

    /// An empty workspace.
    public init() {}

    /// Equal when they hold the same files, registers and failures, whatever their revisions.
    public static func == (lhs: Workspace, rhs: Workspace) -> Bool {
        lhs.slots == rhs.slots && lhs.files == rhs.files && lhs.baselines == rhs.baselines && lhs.failures == rhs.failures
    }

    /// A workspace of register files listed, none loaded yet.
    public init(listing: [RegisterSlot]) {
        slots = listing.sorted(by: RegisterSlot.precedes)
    }

    /// A workspace of registers already loaded, and files that did not load.
    public init(loaded: [LoadedRegister], failures: [LoadFailure]) {
        for register in loaded { add(register) }
        self.failures = failures
    }

    /// The slot of a register, if listed.
    public func slot(_ id: RegisterID) -> RegisterSlot? {
        slots.first { $0.id == id }
    }

    /// The loaded registers, oldest period first.
    public var registers: [LoadedRegister] { slots.compactMap { files[$0.id] } }

    /// The register file with this name (stem, file name or period), if listed.
    func id(named name: String) -> RegisterID? {
        slots.last { $0.matches(name) }?.id
    }

    /// The newest register.
    var newest: RegisterID? { slots.last?.id }

    /// True when a loaded register has changes not yet saved.
    public func isDirty(_ id: RegisterID) -> Bool {
        guard let file = files[id] else { return false }
        return file.register != baselines[id]
    }

    /// Every loaded register with unsaved changes, oldest period first.
    public var dirty: [RegisterID] { slots.map(\.id).filter(isDirty) }

    // MARK: Listing and loading

    /// Lists a register file (again); what is known of it now replaces what was known.
    public mutating func list(_ slot: RegisterSlot) {
        var slot = slot
        if let index = slots.firstIndex(where: { $0.id == slot.id }) {
            let known = slots[index]
            slot.isLoading = known.isLoading
            slot.period = slot.period ?? known.period
            slot.title = slot.title ?? known.title
            slot.entryCount = slot.entryCount ?? known.entryCount
            slots.remove(at: index)
        }
        failures.removeAll { RegisterID($0.url) == slot.id }
        insert(slot)
    }

    /// Marks a register as being loaded.
    mutating func startLoading(_ id: RegisterID) {
        guard let index = slots.firstIndex(where: { $0.id == id }) else { return }
        slots[index].isLoading = true
    }

    /// Adds a loaded register (or puts a newly loaded one in place of the one loaded before, its
    /// edits dropped): listed and ordered by its period.
    public mutating func add(_ loaded: LoadedRegister) {
        let id = RegisterID(loaded.url)
        var slot = slot(id) ?? RegisterSlot(id: id)
        slot.period = loaded.register.period
        slot.title = loaded.register.title
        slot.entryCount = loaded.register.entries.count
        slot.isLoading = false
        slots.removeAll { $0.id == id }
        failures.removeAll { RegisterID($0.url) == id }
        insert(slot)
        files[id] = loaded
        baselines[id] = loaded.register
    }

    /// A register file that did not load: no longer listed as a register, listed as a failure.
    public mutating func fail(_ failure: LoadFailure) {
        let id = RegisterID(failure.url)
        slots.removeAll { $0.id == id }
        files[id] = nil
        baselines[id] = nil
        failures.removeAll { RegisterID($0.url) == id }
        failures.append(failure)
    }

    /// Forgets a register file (it left the data directory).
    mutating func remove(_ id: RegisterID) {
        slots.removeAll { $0.id == id }
        files[id] = nil
        baselines[id] = nil
        failures.removeAll { RegisterID($0.url) == id }
    }

    private mutating func insert(_ slot: RegisterSlot) {
        let index = slots.firstIndex { RegisterSlot.precedes(slot, $0) } ?? slots.endIndex
        slots.insert(slot, at: index)
    }

    // MARK: Edits and saves

    /// The edited register of a loaded file.
    func register(_ id: RegisterID) -> Register? { files[id]?.register }

    /// Replaces the edited register of a loaded file.
    mutating func setRegister(_ id: RegisterID, _ register: Register) {
        guard files[id] != nil else { return }
        files[id]?.register = register
    }

    /// Changes one entry of a loaded register in place.
    mutating func modifyEntry(_ id: RegisterID, at index: Int, _ body: (inout Entry) -> Void) {
        guard files[id]?.register.entries.indices.contains(index) == true,
              var entry = files[id]?.register.entries[index] else { return }
        body(&entry)
        files[id]?.register.entries[index] = entry
    }

    /// Puts a file as now on disk in place of a register, with `edits` as its unsaved state.
    mutating func replace(_ id: RegisterID, with loaded: LoadedRegister, edits: Register) {
        var file = loaded
        file.register = edits
        files[id] = file
        baselines[id] = loaded.register
    }

    /// A loaded register prepared for a fast first save: taken when it is still the file as
    /// loaded (same bytes and baseline), keeping the edits made meanwhile.
    mutating func prepared(_ prepared: LoadedRegister, for id: RegisterID) {
        guard let current = files[id], current.diskBytes == prepared.diskBytes, current.baseline == prepared.baseline,
              !current.isPreparedForSaving else { return }
        var file = prepared
        file.register = current.register
        file.saveNotes = current.saveNotes
        files[id] = file
    }

    /// The register as just saved: the file as now on disk, with no unsaved changes.
    mutating func saved(_ loaded: LoadedRegister) {
        let id = RegisterID(loaded.url)
        files[id] = loaded
        baselines[id] = loaded.register
        if let index = slots.firstIndex(where: { $0.id == id }) {
            slots[index].entryCount = loaded.register.entries.count
        }
    }
}
