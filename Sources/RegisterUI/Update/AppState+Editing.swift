import Foundation
import RiskRegister

extension AppState {
    // MARK: Detail cursor

    /// The selected entry's cursor targets, in order, its links last.
    var detailTargets: [DetailTarget] {
        selectedEntry.map { DetailTarget.all(for: $0, links: shownLinks.count) } ?? []
    }

    /// What the detail cursor is on.
    var currentTarget: DetailTarget? {
        let targets = detailTargets
        return targets.indices.contains(detailCursor) ? targets[detailCursor] : nil
    }

    /// j/k in the detail pane: move the cursor, scrolling to show it; past the first or last
    /// target, scroll a line.
    mutating func moveDetailCursor(_ action: Action) {
        let count = detailTargets.count
        // After paging, the cursor first comes to the nearest target on screen.
        if let layout, let target = currentTarget {
            let targets = detailLayout.targets
            let height = max(1, layout.detail.inset(by: 1).height)
            let visible = targets.indices.filter { $0 >= detailTop && $0 < detailTop + height }
            if !visible.contains(where: { targets[$0] == target }) {
                let onScreen = visible.compactMap { targets[$0] }
                if let chosen = action == .moveUp ? onScreen.last : onScreen.first,
                   let index = detailTargets.firstIndex(of: chosen) {
                    detailCursor = index
                } else {
                    detailTop = max(0, detailTop + (action == .moveUp ? -1 : 1))
                }
                return
            }
        }
        let next = detailCursor + (action == .moveUp ? -1 : 1)
        if count > 0 && (0..<count).contains(next) {
            detailCursor = next
            scrollToDetailCursor()
        } else {
            detailTop = max(0, detailTop + (action == .moveUp ? -1 : 1))
        }
    }

    /// Scrolls the detail pane so that the cursor's first line shows.
    mutating func scrollToDetailCursor() {
        guard let layout, let target = currentTarget else { return }
        let targets = detailLayout.targets
        guard let first = targets.firstIndex(of: target) else { return }
        let last = targets.lastIndex(of: target) ?? first
        let height = max(1, layout.detail.inset(by: 1).height)
        if first < detailTop { detailTop = first }
        if last >= detailTop + height { detailTop = max(first - 0, last - height + 1) }
        if first < detailTop { detailTop = first }
    }

    /// Puts the detail cursor on a target if the entry has it.
    mutating func placeDetailCursor(on target: DetailTarget) {
        if let index = detailTargets.firstIndex(of: target) { detailCursor = index }
        scrollToDetailCursor()
    }

    // MARK: Changes

    /// Changes the selected entry, remembering the register for undo with what the change was
    /// ("edit of owner"; the entry's id is added). During a review the change also records the
    /// entry as reviewed, changed (unless `recordingReview` is false: the review itself).
    mutating func change(_ what: String, recordingReview: Bool = true, _ body: (inout Entry) -> Void) {
        guard let openID, let selection, let register, register.entries.indices.contains(selection) else { return }
        var entry = register.entries[selection]
        body(&entry)
        guard entry != register.entries[selection],
              let before = snapshot(description: "\(what) on \(register.entries[selection].id)") else { return }
        if recordingReview { reviewRecorded(for: &entry) }
        undoStack.append(before)
        redoStack.removeAll()
        workspace.modifyEntry(openID, at: selection) { $0 = entry }
    }

    /// The open register as it is now, with where the user is, for undo.
    func snapshot(description: String) -> Snapshot? {
        guard let openID, let register else { return nil }
        return Snapshot(registerID: openID, register: register, selection: selection, detailCursor: detailCursor,
                        description: description)
    }

    mutating func restore(_ snapshot: Snapshot) {
        if snapshot.registerID != openID { openRegister(snapshot.registerID) }
        workspace.setRegister(snapshot.registerID, snapshot.register)
        selection = snapshot.selection
        detailCursor = snapshot.detailCursor
    }

    mutating func undo() { travelThroughHistory(undoing: true) }

    mutating func redo() { travelThroughHistory(undoing: false) }

    /// Restores the last snapshot of the undo (or redo) stack and pushes the present state onto
    /// the other one, so the step can be taken back.
    private mutating func travelThroughHistory(undoing: Bool) {
        guard let last = undoing ? undoStack.popLast() : redoStack.popLast() else {
            message = StatusMessage(text: undoing ? "Nothing to undo" : "Nothing to redo", isWarning: false)
            return
        }
        guard let now = workspace.register(last.registerID) else { return }
        var current = Snapshot(registerID: last.registerID, register: now, selection: last.selection,
                               detailCursor: last.detailCursor, description: last.description)
        if last.registerID == openID, let here = snapshot(description: last.description) { current = here }
        if undoing {
            redoStack.append(current)
        } else {
            undoStack.append(current)
        }
        restore(last)
        message = StatusMessage(text: (undoing ? "Undone: " : "Redone: ") + last.description, isWarning: false)
    }

    // MARK: Edit operations

    /// The text the editor starts with for a target.
    func editableText(_ target: DetailTarget, in entry: Entry) -> String? {
        switch target {
        case .item(let list, let index):
            let items = list.items(of: entry)
            return items.indices.contains(index) ? items[index].text : nil
        case .field(.title): return entry.title
        case .field(.type): return entry.type ?? ""
        case .field(.owner): return entry.owner ?? ""
        case .field(.controlOwner): return entry.controlOwner ?? ""
        case .field(.actionOwner): return entry.actionOwner ?? ""
        case .field(.targetDate): return entry.targetDate ?? ""
        case .field(.direction): return entry.direction.text ?? ""
        case .field(.confidence):
            return EntryTextField.confidenceText(entry.confidence)
        case .field(.id): return entry.id
        case .field(.previousIds): return entry.previousIds.map { $0.isEmpty ? "-" : $0.joined(separator: ", ") } ?? ""
        case .field(.kind), .rating, .form, .link: return nil
        }
    }

    /// Writes edited text to a target; false (with a message) when the text does not fit it.
    mutating func applyText(_ text: String, to target: DetailTarget) -> Bool {
        let optional: String? = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
        switch target {
        case .item(let list, let index):
            change("edit of \(list.itemName)") { entry in
                var items = list.items(of: entry)
                guard items.indices.contains(index) else { return }
                items[index].text = text
                list.set(items, in: &entry)
            }
        case .field(.title):
            guard let title = optional else {
                message = StatusMessage(text: "An entry needs a title", isWarning: true)
                return false
            }
            change("edit of title") { $0.title = title }
        case .field(.type): change("edit of risk type") { $0.type = optional }
        case .field(.owner): change("edit of owner") { $0.owner = optional }
        case .field(.controlOwner): change("edit of control owner") { $0.controlOwner = optional }
        case .field(.actionOwner): change("edit of action owner") { $0.actionOwner = optional }
        case .field(.targetDate): change("edit of target date") { $0.targetDate = optional }
        case .field(.direction): change("edit of direction of travel") { $0.direction.text = optional }
        case .field(.confidence):
            guard let quarters = EntryTextField.confidenceQuarters(text) else {
                message = StatusMessage(text: "Confidence: four of g, a, r or - (Q1 to Q4), e.g. \"g a - r\"", isWarning: true)
                return false
            }
            change("edit of confidence") { $0.confidence.quarters = quarters }
        case .field(.id):
            return applyID(text)
        case .field(.previousIds):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let ids = trimmed == "-" ? [] : trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            change("edit of continued ids") { $0.previousIds = trimmed.isEmpty ? nil : ids }
        case .form(let field):
            return applyForm(text, field)
        case .field(.kind), .rating, .link:
            return true
        }
        return true
    }

    /// A corrected id: one line, not empty, not another entry's.
    private mutating func applyID(_ text: String) -> Bool {
        guard let register, let selection else { return true }
        do {
            let corrected = try EntryTextField.id.applying(text, toEntryAt: selection, of: register)
            change("correction of the id") { $0.id = corrected.id }
            return true
        } catch {
            message = StatusMessage(text: error.description.prefix(1).uppercased() + error.description.dropFirst(), isWarning: true)
            return false
        }
    }

    /// `e`: the text editor on an item or field, the score editor on a rating; on a link, the
    /// linked entry.
    mutating func editUnderCursor() {
        guard let entry = selectedEntry, let target = currentTarget else { return }
        if case .link(let index) = target { return followLink(index) }
        if case .rating(let kind) = target {
            overlay = .score(ScoreEditor(kind: kind, entry: entry))
            return
        }
        if target == .field(.kind) {
            flipKind()
            return
        }
        guard let text = editableText(target, in: entry) else { return }
        overlay = .editor(TextEditor(target: target, text: text))
    }

    /// `E`: the item or field under the cursor in $EDITOR.
    mutating func externalEditUnderCursor() -> [Effect] {
        guard let entry = selectedEntry, let target = currentTarget, let text = editableText(target, in: entry) else { return [] }
        externalEdit = ExternalEdit(editor: TextEditor(target: target, text: text), fromEditor: false)
        return [.editExternally(text)]
    }

    /// The editor's result from $EDITOR: applied to what was being edited. A failure changes
    /// nothing and says why; text given back unchanged changes nothing and says so.
    mutating func finishExternalEdit(_ outcome: Result<String, ExternalEditFailure>) {
        guard let edit = externalEdit else { return }
        externalEdit = nil
        let editor = edit.editor
        let fromEditor = edit.fromEditor
        var result: String
        switch outcome {
        case .failure(let failure):
            message = StatusMessage(text: "Editor failed: \(failure.reason); nothing changed", isWarning: true)
            if fromEditor { overlay = .editor(editor) }
            return
        case .success(let text):
            result = text
        }
        while result.hasSuffix("\n") { result.removeLast() }
        if result == editor.text {
            message = StatusMessage(text: "Editor closed without changes", isWarning: false)
            if fromEditor { overlay = .editor(editor) }
            return
        }
        var edited = editor
        edited.replaceText(result)
        overlay = nil
        if !acceptEditor(edited) { overlay = .editor(edited) }
    }

    /// `a`: a new empty item after the one under the cursor (same heading and level), or at the
    /// top of the list when the cursor is on its heading; opens the editor on it.
    mutating func addItem() {
        guard let entry = selectedEntry, let target = currentTarget else { return }
        let list: ItemList
        let position: Int
        var item = Item(text: "")
        switch target {
        case .item(let itemList, let index):
            list = itemList
            position = index + 1
            let existing = itemList.items(of: entry)[index]
            item.heading = existing.heading
            item.level = existing.level
        case .field(.controlOwner):
            list = .controls
            position = 0
            item.heading = entry.controls.first?.heading
        case .field(.actionOwner):
            list = .actions
            position = 0
            item.heading = entry.actions.first?.heading
        default:
            message = StatusMessage(text: "Put the cursor on an item to add one after it", isWarning: true)
            return
        }
        if list == .progress {
            item.date = today
            item.author = author
        }
        insert(item, into: list, at: position)
    }

    /// `p`: a progress note at the top of the list, stamped with today and the author.
    mutating func addProgress() {
        guard selectedEntry != nil else { return }
        focus = .detail
        insert(Item(text: "", date: today, author: author), into: .progress, at: 0)
    }

    private mutating func insert(_ item: Item, into list: ItemList, at position: Int) {
        change("new \(list.itemName)") { entry in
            var items = list.items(of: entry)
            items.insert(item, at: min(position, items.count))
            list.set(items, in: &entry)
        }
        let target = DetailTarget.item(list, position)
        placeDetailCursor(on: target)
        overlay = .editor(TextEditor(target: target, text: "", isNewItem: true))
    }

    /// Removes an item or a link without asking (the question has been answered).
    mutating func removeItem(_ target: DetailTarget) {
        if case .link(let index) = target { return removeLink(index) }
        guard case .item(let list, let index) = target else { return }
        change("deletion of \(list.itemName)") { entry in
            var items = list.items(of: entry)
            guard items.indices.contains(index) else { return }
            items.remove(at: index)
            list.set(items, in: &entry)
        }
        detailCursor = min(detailCursor, max(0, detailTargets.count - 1))
        scrollToDetailCursor()
    }

    /// `d`: asks before deleting the item (or removing the link) under the cursor.
    mutating func askDelete() {
        if case .link(let index) = currentTarget { return askRemoveLink(index) }
        guard case .item = currentTarget, let target = currentTarget else {
            message = StatusMessage(text: "Only items (controls, actions, notes…) and links can be deleted", isWarning: true)
            return
        }
        overlay = .prompt(.delete(target))
    }

    /// `J` / `K`: swaps the item with its neighbour in the list.
    mutating func moveItem(by delta: Int) {
        guard case .item(let list, let index) = currentTarget, let entry = selectedEntry else { return }
        let other = index + delta
        guard list.items(of: entry).indices.contains(other) else { return }
        change("move of \(list.itemName)") { entry in
            var items = list.items(of: entry)
            items.swapAt(index, other)
            list.set(items, in: &entry)
        }
        placeDetailCursor(on: .item(list, other))
    }

    /// `t`: the next trend.
    mutating func cycleTrend() {
        guard selectedEntry != nil else { return }
        change("trend change") { entry in
            let all = Trend.allCases
            let index = all.firstIndex(of: entry.direction.trend) ?? 0
            entry.direction.trend = all[(index + 1) % all.count]
        }
        placeDetailCursor(on: .field(.direction))
    }

    /// `S`: the score editor on the rating under the cursor, else on the rating the heat map shows.
    mutating func openScoreEditor() {
        guard let entry = selectedEntry else { return }
        var kind = rating
        if focus == .detail, case .rating(let under) = currentTarget { kind = under }
        overlay = .score(ScoreEditor(kind: kind, entry: entry))
    }

    /// `!`: the reason one key away. Scrolls the detail pane so that the selected entry's notes
    /// (what the source printed oddly, such as a score that is not likelihood × impact, and why it
    /// is kept) start at its top; when they already do, back to the top of the entry. The focus
    /// stays where it is, so that walking the heat map or the list goes on from there.
    mutating func showNotes() {
        guard let entry = shownEntry, let register, let layout else { return }
        let width = layout.detail.inset(by: 1).width
        guard let row = DetailContent.notesRow(for: entry, scale: register.scale, width: width, glyphs: glyphs,
                                               additions: detailAdditions(width: width)) else {
            message = StatusMessage(text: "\(entry.id) has no notes", isWarning: false)
            return
        }
        // Where the notes are near the end, the pane stops at its last page (as `normalize` does).
        let top = max(0, min(row, detailRows.count - layout.detail.inset(by: 1).height))
        if detailTop == top && top > 0 {
            detailTop = 0
            return
        }
        detailTop = top
        let again = CommandTable.keyName(for: .showNotes).map { "; \($0) again: back to the top" } ?? ""
        message = StatusMessage(text: "\(entry.id): notes\(again)", isWarning: false)
    }

    // MARK: Text editor

    /// The editor's text width: the box's inside.
    var editorWidth: Int {
        guard let layout else { return 40 }
        return max(2, layout.editorBox.inset(by: 1).width)
    }

    mutating func performEditor(_ action: EditorAction) -> [Effect] {
        guard case .editor(var editor) = overlay else { return [] }
        let width = editorWidth
        switch action {
        case .left: editor.left()
        case .right: editor.right()
        case .up: editor.verticalMove(-1, width: width)
        case .down: editor.verticalMove(1, width: width)
        case .lineStart: editor.lineStart(width: width)
        case .lineEnd: editor.lineEnd(width: width)
        case .wordBack: editor.wordBack()
        case .wordForward: editor.wordForward()
        case .backspace: editor.backspace()
        case .delete: editor.deleteForward()
        case .lineBreak: editor.insert("\n")
        case .accept:
            overlay = nil
            if !acceptEditor(editor) { overlay = .editor(editor) }
            return []
        case .cancel:
            if editor.isChanged {
                overlay = .prompt(.discardEdit(editor))
            } else {
                cancelEditor(editor)
            }
            return []
        case .external:
            externalEdit = ExternalEdit(editor: editor, fromEditor: true)
            overlay = nil
            return [.editExternally(editor.text)]
        }
        overlay = .editor(editor)
        return []
    }

    /// Enter: the text goes to its target. A new item left empty is removed again.
    mutating func acceptEditor(_ editor: TextEditor) -> Bool {
        if editor.isNewItem && editor.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            cancelEditor(editor)
            return true
        }
        if editor.isNewItem {
            // The new item and its text are one change: undo removes the item.
            guard case .item(let list, let index) = editor.target else { return true }
            guard let openID, let selection, let entry = selectedEntry else { return true }
            var items = list.items(of: entry)
            guard items.indices.contains(index) else { return true }
            items[index].text = editor.text
            workspace.modifyEntry(openID, at: selection) { list.set(items, in: &$0) }
            return true
        }
        return applyText(editor.text, to: editor.target)
    }

    /// Esc: nothing changes; a new item is taken out again (with its undo step).
    mutating func cancelEditor(_ editor: TextEditor) {
        overlay = nil
        if editor.isNewItem, let last = undoStack.popLast() {
            restore(last)
        }
    }

    /// Typing in the editor.
    mutating func typeInEditor(_ character: Character) {
        guard case .editor(var editor) = overlay else { return }
        editor.insert(character)
        overlay = .editor(editor)
    }

    // MARK: Score editor

    /// The status message when Enter in the score editor changed nothing.
    static func noScoreChange(_ entry: Entry, kind: RatingKind) -> StatusMessage {
        let rating = entry.rating(kind)
        if rating.isAnomalous, let score = rating.score {
            return StatusMessage(text: "No change made: \(entry.id)'s \(kind.rawValue) score stays \(score) as printed",
                                 isWarning: false)
        }
        return StatusMessage(text: "No change made to \(entry.id)'s \(kind.rawValue) rating", isWarning: false)
    }

    mutating func performScore(_ action: ScoreAction) {
        guard case .score(var editor) = overlay, let entry = selectedEntry else { return }
        switch action {
        case .nextRating: editor = ScoreEditor(kind: editor.kind.next, entry: entry)
        case .rating(let number): editor = ScoreEditor(kind: RatingKind.allCases[number], entry: entry)
        case .likelihoodDown: editor.likelihood = max(1, editor.likelihood - 1)
        case .likelihoodUp: editor.likelihood = min(5, editor.likelihood + 1)
        case .impactDown: editor.impact = max(1, editor.impact - 1)
        case .impactUp: editor.impact = min(5, editor.impact + 1)
        case .rescore: editor.rescore = true
        case .apply:
            overlay = nil
            // No change on purpose, no edit and no undo step: the rating stays as printed.
            if editor.isChanged { change("\(editor.kind.rawValue) rating change") { $0 = editor.applied(to: $0) } }
            if selectedEntry == entry { message = Self.noScoreChange(entry, kind: editor.kind) }
            placeDetailCursor(on: .rating(editor.kind))
            return
        case .cancel:
            overlay = nil
            return
        }
        overlay = .score(editor)
    }
}
