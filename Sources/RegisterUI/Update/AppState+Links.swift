import RiskRegister

extension AppState {
    /// The links between the entries of every register loaded; built again only when a register
    /// changes or loads.
    var registerLinks: RegisterLinks {
        derived.cycle.registerLinks.value(for: workspace.revision) { _ in RegisterLinks(registers: loadedRegisters) }
    }

    /// Every register loaded with its file stem, oldest period first.
    var loadedRegisters: [(stem: String, register: Register)] {
        workspace.registers.map { (stem: RegisterID($0.url).stem, register: $0.register) }
    }

    /// The register and position of the entry the detail pane shows: the selected entry, or in
    /// compare mode a removed entry of the register compared with.
    var shownEntryPlace: (register: RegisterID, index: Int)? {
        if compare?.removedRow != nil {
            guard let other = compare?.other, let entry = shownEntry,
                  let index = workspace.register(other)?.entries.firstIndex(of: entry) else { return nil }
            return (other, index)
        }
        guard let openID, let selection, register?.entries.indices.contains(selection) == true else { return nil }
        return (openID, selection)
    }

    /// The Links section of the entry shown (`LinkLines`); found again only when the registers,
    /// their listing or the entry shown change.
    var shownLinks: [DetailLink] {
        guard let place = shownEntryPlace, let register = workspace.register(place.register) else { return [] }
        let key = CycleCache.LinksKey(revision: workspace.revision, slots: workspace.slots, register: place.register,
                                      index: place.index)
        return derived.cycle.shownLinks.value(for: key) { _ in
            let slots = workspace.slots
            return LinkLines.lines(for: register.entries[place.index], in: place.register.stem, period: register.period,
                                   links: registerLinks, registerID: { stem in slots.first { $0.id.stem == stem }?.id },
                                   complete: slots.allSatisfy { workspace.files[$0.id] != nil })
        }
    }

    /// Asks for the registers the open register's links and roll-up need (`linkedRegisters`), and,
    /// while the entry shown has a link no register loaded resolves, every register, so that its
    /// line can say for sure whether the data directory holds it. `pendingLoads` sends the loads.
    mutating func wantLinkedRegisters() {
        guard let openID, let register else { return }
        let key = CycleCache.ChainKey(open: openID, revision: workspace.revision, slots: workspace.slots)
        for id in derived.cycle.linked.value(for: key, compute: { _ in linkedRegisters(of: register) }) { want(id) }
        if shownLinks.contains(where: { $0.isOwn && $0.destination == nil }) {
            for slot in workspace.slots { want(slot.id) }
        }
    }

    /// The registers of `register`'s period (links from them show as "escalated from", and the
    /// roll-up counts them), and the registers their entries' links name.
    func linkedRegisters(of register: Register) -> [RegisterID] {
        let period = Self.periodKey(register.period)
        let members = workspace.slots.filter { $0.period.map(Self.periodKey) == period }.map(\.id)
        let named = Set(members.compactMap(workspace.register).flatMap { $0.entries.flatMap(\.links) }.compactMap(\.register))
        return members + workspace.slots.map(\.id).filter { named.contains($0.stem) && !members.contains($0) }
    }

    /// A period as compared: "2021/22 Q4" however it is written, else as written.
    static func periodKey(_ period: String) -> String { Period(period)?.text ?? period }

    /// Enter on a line of the Links section: the linked entry, in its register (opened, and
    /// loaded first if need be), the detail cursor on the link back.
    mutating func followLink(_ index: Int) {
        let links = shownLinks
        guard links.indices.contains(index) else { return }
        guard let destination = links[index].destination else {
            message = StatusMessage(text: "No register loaded holds that entry", isWarning: true)
            return
        }
        go(to: destination)
    }

    /// Opens an entry: its register first (ending compare mode) when it is not the one open; the
    /// entry is selected once that register is loaded (`selectPendingEntry`).
    mutating func go(to location: EntryLocation) {
        if location.register != openID {
            compare = nil
            openRegister(location.register)
        }
        pendingEntry = location
        selectPendingEntry()
    }

    /// Once an entry reached through a link is shown, the detail cursor goes to the link back to
    /// the entry the link was followed from, if the entry shows one.
    mutating func arriveAtLink() {
        guard let from = linkArrival, pendingEntry == nil else { return }
        linkArrival = nil
        if let index = shownLinks.firstIndex(where: { $0.destination?.entry == .uid(from) }) {
            placeDetailCursor(on: .link(index))
        }
    }

    /// `d` on a line of the Links section: asks before removing a link the entry stores; a link
    /// another entry stores is removed there.
    mutating func askRemoveLink(_ index: Int) {
        let links = shownLinks
        guard links.indices.contains(index) else { return }
        guard links[index].isOwn else {
            let go = CommandTable.hint(.edit, in: .detail, "goes there")
            message = StatusMessage(text: "That link is kept on the other entry: remove it there (\(go))", isWarning: true)
            return
        }
        overlay = .prompt(.delete(.link(index)))
    }

    /// Removes one of the selected entry's links (the question has been answered), as one undo step.
    mutating func removeLink(_ index: Int) {
        guard let entry = selectedEntry, entry.links.indices.contains(index) else { return }
        let link = entry.links[index]
        change("removal of the link \(link.kind.phrase) \(link.id ?? link.uid)") { $0.links.remove(at: index) }
        detailCursor = min(detailCursor, max(0, detailTargets.count - 1))
        scrollToDetailCursor()
    }

    /// The question before removing a link: the line's words, then shorter.
    func removeLinkQuestion(_ index: Int) -> [String] {
        let links = shownLinks
        let answers = CommandTable.yesNo(defaultNo: true)
        guard links.indices.contains(index) else { return ["Remove this link? \(answers)"] }
        return ["Remove the link \(links[index].text)? \(answers)", "Remove this link? \(answers)"]
    }
}
