import Foundation
@testable import RegisterUI
import RiskRegister
import Testing

/// A state on the awkward-free newest register, detail focused, cursor on the entry's first control.
func onFirstControl() throws -> AppState {
    var state = try Fixtures.state(width: 120, height: 40)
    state.run(.press("3"))
    let entry = try #require(state.selectedEntry)
    try #require(!entry.controls.isEmpty)
    state.placeDetailCursor(on: .item(.controls, 0))
    return state
}

private func key(_ key: Key) -> Step { .key(key) }

@Suite("Editing", .timeLimit(.minutes(15)))
struct EditingTests {
    @Test func detailCursorMovesOverFieldsAndItemsAndShowsAMarker() throws {
        var state = try Fixtures.state()
        state.run(.press("3"))
        #expect(state.currentTarget == .field(.title), "the cursor starts on the first line: id, kind and title")
        state.run(.down)
        #expect(state.currentTarget == .field(.owner))
        state.run(.down)
        #expect(state.currentTarget == .rating(.current))
        state.run(.up, .up, .up)
        #expect(state.currentTarget == .field(.title))
        state.run(.down)
        let layout = try #require(state.layout)
        let screen = view(state)
        let rows = (0..<24).map { y in screen.row(y).map(\.character).joined() }
        #expect(rows.contains { $0.contains("▸Owner:") })
        // Down far enough and the pane scrolls to keep the cursor visible.
        for _ in 0..<30 { state.run(.down) }
        #expect(state.detailTop > 0)
        let targets = state.detailLayout.targets
        let first = try #require(targets.firstIndex(of: state.currentTarget))
        #expect(first >= state.detailTop && first < state.detailTop + layout.detail.inset(by: 1).height)
    }

    @Test func editAControlWithUndoAndRedo() throws {
        var state = try onFirstControl()
        let before = try #require(state.selectedEntry).controls[0].text
        state.run(.press("e"))
        try #require(state.overlay?.textEditor != nil, "e opens the editor on the control")
        state.run(.type(" more"), .enter)
        #expect(state.overlay == nil)
        #expect(state.selectedEntry?.controls[0].text == before + " more")
        #expect(state.hasUnsavedChanges)
        state.run(.press("u"))
        #expect(state.selectedEntry?.controls[0].text == before)
        #expect(!state.hasUnsavedChanges)
        state.run(key(.control("r")))
        #expect(state.selectedEntry?.controls[0].text == before + " more")
    }

    @Test func addAnItemAfterTheCursorWithUndoAndRedo() throws {
        var state = try onFirstControl()
        let original = try #require(state.selectedEntry).controls
        state.run(.press("a"), .type("New control"), .enter)
        let controls = try #require(state.selectedEntry).controls
        #expect(controls.count == original.count + 1)
        #expect(controls[1].text == "New control")
        #expect(controls[1].heading == original[0].heading)
        #expect(controls[1].level == original[0].level)
        state.run(.press("u"))
        #expect(state.selectedEntry?.controls == original)
        state.run(key(.control("r")))
        #expect(state.selectedEntry?.controls[1].text == "New control")
    }

    @Test func theFirstControlCanBeAddedToAnEntryThatHasNone() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("3"))
        let index = try #require(state.selection)
        state.workspace.modifyEntry(state.openID!, at: index) { $0.controls = [] }
        state.placeDetailCursor(on: .field(.controlOwner))
        #expect(state.currentTarget == .field(.controlOwner), "the empty Controls section still has its heading")
        let screen = view(state)
        let rows = (0..<40).map { y in screen.row(y).map(\.character).joined() }
        #expect(rows.contains { $0.contains("None yet: a adds the first control.") })
        state.run(.press("a"), .type("First control"), .enter)
        #expect(state.selectedEntry?.controls.map(\.text) == ["First control"])
        state.run(.press("u"))
        #expect(state.selectedEntry?.controls.isEmpty == true)
    }

    @Test func deleteAsksYesNo() throws {
        var state = try onFirstControl()
        let original = try #require(state.selectedEntry).controls
        state.run(.press("d"))
        #expect(state.overlay == .prompt(.delete(.item(.controls, 0))))
        #expect(view(state).text().contains("Delete this control? y/N"))
        state.run(.press("n"))
        #expect(state.selectedEntry?.controls == original)
        state.run(.press("d"), .press("y"))
        #expect(state.selectedEntry?.controls == Array(original.dropFirst()))
        state.run(.press("u"))
        #expect(state.selectedEntry?.controls == original)
        state.run(key(.control("r")))
        #expect(state.selectedEntry?.controls == Array(original.dropFirst()))
    }

    @Test func moveItemsDownAndUp() throws {
        var state = try onFirstControl()
        let original = try #require(state.selectedEntry).controls
        try #require(original.count >= 2)
        state.run(.press("J"))
        #expect(state.selectedEntry?.controls[1] == original[0])
        #expect(state.selectedEntry?.controls[0] == original[1])
        #expect(state.currentTarget == .item(.controls, 1))
        state.run(.press("K"))
        #expect(state.selectedEntry?.controls == original)
        state.run(.press("u"))
        #expect(state.selectedEntry?.controls[1] == original[0])
        state.run(.press("u"))
        #expect(state.selectedEntry?.controls == original)
        state.run(key(.control("r")))
        #expect(state.selectedEntry?.controls[1] == original[0])
    }

    @Test func progressNoteIsStampedAndGoesOnTop() throws {
        var state = AppState(scan: try Fixtures.scan(), size: Size(width: 80, height: 24), capabilities: .full,
                             author: "jo", today: "2026-11-22")
        let before = try #require(state.selectedEntry).progress
        state.run(.press("p"), .type("Reviewed"), .enter)
        let note = try #require(state.selectedEntry?.progress.first)
        #expect(note == Item(id: note.id, text: "Reviewed", date: "2026-11-22", author: "jo"))
        #expect(Item.isValidIdentifier(note.id) && !before.contains { $0.id == note.id }, "a new note gets a new id")
        #expect(state.selectedEntry?.progress.count == before.count + 1)
        state.run(.press("u"))
        #expect(state.selectedEntry?.progress == before)
        state.run(key(.control("r")))
        #expect(state.selectedEntry?.progress.first == note)
        // Esc on a fresh empty note leaves nothing behind.
        state.run(.press("p"), .escape)
        #expect(state.selectedEntry?.progress.first == note)
    }

    @Test func titleEditsRefuseAnEmptyTitleAndUndo() throws {
        var state = try Fixtures.state()
        state.run(.press("3"))
        let title = try #require(state.selectedEntry).title
        state.run(.press("e"), .key(.end), .type(" (renamed)"), .enter)
        #expect(state.selectedEntry?.title == title + " (renamed)")
        state.run(.press("u"))
        #expect(state.selectedEntry?.title == title)
        state.run(.press("e"))
        for _ in 0..<120 { state.run(.key(.backspace)) }
        state.run(.enter)
        try #require(state.overlay?.textEditor != nil, "an empty title is refused and the editor stays open")
        #expect(state.selectedEntry?.title == title)
    }

    @Test func fieldEditsOwnerTrendAndConfidence() throws {
        var state = try Fixtures.state()
        state.run(.press("3"), .down)
        #expect(state.currentTarget == .field(.owner))
        let owner = state.selectedEntry?.owner
        state.run(.press("e"))
        let opened = try #require(state.overlay?.textEditor, "e opens the editor on the owner")
        #expect(opened.text == owner)
        // The owner wraps onto two lines in the box: Up, then Ctrl-A, reaches the very start.
        state.run(.up, .key(.control("a")))
        let atStart = try #require(state.overlay?.textEditor, "Up and Ctrl-A keep the editor open")
        #expect(atStart.cursor == 0)
        for _ in 0..<80 { state.run(.key(.delete)) }
        state.run(.type("Jo Bloggs"), .enter)
        #expect(state.selectedEntry?.owner == "Jo Bloggs")
        state.run(.press("u"))
        #expect(state.selectedEntry?.owner == owner)
        state.run(.key(.control("r")))
        #expect(state.selectedEntry?.owner == "Jo Bloggs")
        let trend = try #require(state.selectedEntry).direction.trend
        state.run(.press("t"))
        #expect(state.selectedEntry?.direction.trend != trend)
        state.placeDetailCursor(on: .field(.confidence))
        state.run(.press("e"))
        var editor = try #require(state.overlay?.textEditor, "e opens the editor on the confidence")
        editor.replaceText("g a - r")
        state.overlay = .editor(editor)
        state.run(.enter)
        #expect(state.selectedEntry?.confidence.quarters == [.green, .amber, nil, .red])
    }

    @Test func scoreEditorAppliesLikelihoodTimesImpact() throws {
        var state = try Fixtures.state()
        let before = try #require(state.selectedEntry).current
        state.run(.press("S"))
        let editor = try #require(state.overlay?.scoreEditor, "S opens the score editor")
        #expect(editor.kind == .current)
        state.run(.press("h"), .press("j"))
        state.run(.press("2"))
        let target = try #require(state.overlay?.scoreEditor, "2 keeps the score editor open, on the target rating")
        #expect(target.kind == .target)
        state.run(.press("1"), .press("h"), .press("j"), .enter)
        let after = try #require(state.selectedEntry).current
        let l = (before.likelihood ?? 3) - 1, i = (before.impact ?? 3) - 1
        #expect(after.likelihood == l && after.impact == i && after.score == l * i)
        #expect(after.likelihoodText == nil && after.impactText == nil)
        state.run(.press("u"))
        #expect(state.selectedEntry?.current == before)
        state.run(.key(.control("r")))
        #expect(state.selectedEntry?.current == after)
        state.run(.press("S"), .press("l"), .escape)
        #expect(state.selectedEntry?.current == after)
    }

    @Test func externalEditResultReplacesTheItemAndAFailureChangesNothing() throws {
        var state = try onFirstControl()
        let text = try #require(state.selectedEntry).controls[0].text
        #expect(state.run(.press("E")) == [.editExternally(text)])
        _ = update(&state, .externalEditFinished(.failure(ExternalEditFailure(reason: "exit status 2"))))
        #expect(state.selectedEntry?.controls[0].text == text)
        #expect(state.message?.text == "Editor failed: exit status 2; nothing changed")
        #expect(state.message?.isWarning == true)
        #expect(state.run(.press("e"), .key(.control("e"))) == [.editExternally(text)])
        _ = update(&state, .externalEditFinished(.success("Rewritten\n")))
        #expect(state.selectedEntry?.controls[0].text == "Rewritten")
        state.run(.press("u"))
        #expect(state.selectedEntry?.controls[0].text == text)
        state.run(.key(.control("r")))
        #expect(state.selectedEntry?.controls[0].text == "Rewritten")
    }

    @Test func undoAndRedoSayWhatTheyTookBack() throws {
        var state = try Fixtures.state()
        state.run(.press("2"), .down, .down, .press("p"))
        let id = try #require(state.selectedEntry?.id)
        state.run(.press("N"), .press("e"), .press("w"), .enter)
        state.run(.press("u"))
        #expect(state.message?.text == "Undone: new progress note on \(id)")
        state.run(.key(.control("r")))
        #expect(state.message?.text == "Redone: new progress note on \(id)")
        state.run(.press("t"), .press("u"))
        #expect(state.message?.text == "Undone: trend change on \(id)")
        state.run(.press("u"), .press("u"))
        #expect(state.message?.text == "Nothing to undo")
    }

    @Test func anEditorClosedWithoutChangesSaysSo() throws {
        var state = try onFirstControl()
        let text = try #require(state.selectedEntry).controls[0].text
        state.run(.press("E"))
        _ = update(&state, .externalEditFinished(.success(text + "\n")))
        #expect(state.message?.text == "Editor closed without changes")
        #expect(!state.hasUnsavedChanges)
        state.run(.press("e"), .key(.control("e")))
        _ = update(&state, .externalEditFinished(.success(text)))
        #expect(state.message?.text == "Editor closed without changes")
        guard case .editor(let editor) = state.overlay else {
            Issue.record("The text editor is open again")
            return
        }
        #expect(editor.text == text)
    }

    @Test func undoWorksAcrossEntries() throws {
        var state = try Fixtures.state()
        state.run(.press("3"), .press("t"))
        let first = state.selection
        state.run(.press("2"), .down, .press("3"), .press("t"))
        #expect(state.selection != first)
        state.run(.press("u"), .press("u"))
        #expect(state.selection == first)
        #expect(!state.hasUnsavedChanges)
    }
}

@Suite("Text editor", .timeLimit(.minutes(15)))
struct TextEditorTests {
    private func editor(_ text: String) -> TextEditor { TextEditor(target: .field(.owner), text: text) }

    @Test func movesByCharacterWordAndLine() {
        var e = editor("alpha beta gamma")
        e.left()
        #expect(e.cursor == 15)
        e.wordBack()
        #expect(e.cursor == 11)
        e.wordBack()
        #expect(e.cursor == 6)
        e.wordForward()
        #expect(e.cursor == 10)
        e.lineStart(width: 40)
        #expect(e.cursor == 0)
        e.lineEnd(width: 40)
        #expect(e.cursor == 16)
        var wrapped = editor("one two three four five six")
        // width 10: lines of 9 columns: "one two ", "three ", "four five ", "six"
        #expect(wrapped.lines(width: 10).count == 4)
        wrapped.cursor = 1
        wrapped.verticalMove(1, width: 10)
        #expect(wrapped.cursorPosition(width: 10) == (1, 1))
        #expect(wrapped.cursor == 9)
        wrapped.verticalMove(-1, width: 10)
        #expect(wrapped.cursor == 1)
    }

    @Test func wrapsAtSpacesAndBreaksLongWords() {
        let e = editor("aaaa bbbb cccccccccccc")
        let lines = e.lines(width: 6).map { String(Array(e.text)[$0]) }
        #expect(lines == ["aaaa ", "bbbb ", "ccccc", "ccccc", "cc"])
    }

    @Test func wideCharactersPlaceTheCursorByColumns() {
        var e = editor("日本語テキスト")
        e.cursor = 2
        #expect(e.cursorPosition(width: 40) == (0, 4))
        // 7 wide characters in a 10-column box: four per line (8 columns, one left for the cursor).
        #expect(e.lines(width: 10).count == 2)
        e.cursor = 5
        #expect(e.cursorPosition(width: 10) == (1, 2))
    }

    @Test func insertsInTheMiddleAndDeletesBothWays() {
        var e = editor("helo")
        e.cursor = 3
        e.insert("l")
        #expect(e.text == "hello")
        e.backspace()
        #expect(e.text == "helo" && e.cursor == 3)
        e.deleteForward()
        #expect(e.text == "hel" && e.cursor == 3)
        e.cursor = 0
        e.backspace()
        #expect(e.text == "hel")
    }

    @Test func escAsksOnlyWhenChanged() throws {
        var state = try Fixtures.state()
        state.run(.press("3"), .press("e"), .escape)
        #expect(state.overlay == nil)
        state.run(.press("e"), .press("x"), .escape)
        try #require(state.overlay?.prompt?.discardedEdit != nil, "Esc on a changed editor asks whether to discard: \(String(describing: state.overlay))")
        #expect(view(state).text().contains("Discard changes? y/N"))
        state.run(.press("n"))
        let e = try #require(state.overlay?.textEditor, "n goes back to the editor")
        #expect(e.text.hasSuffix("x"))
        let owner = state.selectedEntry?.owner
        state.run(.escape, .press("y"))
        #expect(state.overlay == nil)
        #expect(state.selectedEntry?.owner == owner)
    }

    @Test func altEnterBreaksTheLineAndEnterKeeps() throws {
        var state = try onFirstControl()
        state.run(.press("e"), .key(.altEnter), .type("second"), .enter)
        #expect(state.selectedEntry?.controls[0].text.hasSuffix("\nsecond") == true)
    }

    @Test func aLongPasteArrivesAsKeys() throws {
        var state = try onFirstControl()
        let paste = String(repeating: "lorem ipsum dolor sit amet ", count: 20) + "日本"
        state.run(.press("e"))
        for _ in 0..<500 { state.run(.key(.backspace)) }
        state.run(.type(paste), .enter)
        #expect(state.selectedEntry?.controls[0].text == paste)
    }
}

@Suite("Saving", .timeLimit(.minutes(15)))
struct SavingTests {
    @Test func unsavedWorkListsEditedRegistersWithTheirFiles() throws {
        var state = try Fixtures.state()
        #expect(state.unsavedWork().isEmpty)
        let loaded = try #require(state.loaded)
        state.run(.press("3"), .press("t"))
        let work = state.unsavedWork()
        #expect(work.count == 1)
        #expect(work.first?.url == loaded.url && work.first?.diskBytes == loaded.diskBytes)
        #expect(work.first?.register == state.register)
        #expect(work.first?.register != loaded.register)
    }

    @Test func saveReturnsTheEditedRegisterOrNothingToSave() throws {
        var state = try Fixtures.state()
        #expect(state.run(.press("w")).isEmpty)
        #expect(state.message?.text == "Nothing to save")
        state.run(.press("3"), .press("t"))
        let effects = state.run(.key(.control("s")))
        #expect(effects.count == 1 && effects.first?.savedRegister == state.loaded)
    }

    @Test func quitWithChangesAsksThenSavesAndQuitsAfterSuccess() throws {
        var state = try Fixtures.state()
        state.run(.press("3"), .press("t"))
        #expect(state.run(.press("q")).isEmpty)
        #expect(view(state).text().contains("Save changes to \(state.loaded!.fileName)? s save · d discard · Esc cancel"))
        #expect(state.run(.escape).isEmpty)
        #expect(state.overlay == nil)
        state.run(.press("q"))
        let effects = state.run(.press("s"))
        let edited = try #require(effects.first?.savedRegister, "s saves: \(effects)")
        let onDisk = LoadedRegister(url: edited.url, register: edited.register, diskBytes: [1, 2, 3])
        #expect(update(&state, .saved(RegisterID(onDisk.url), .success(onDisk))) == [.quit])
        #expect(!state.hasUnsavedChanges)
    }

    /// Discarding on quit throws away the recovery file too: the next start must not offer back
    /// the edits just discarded.
    @Test func quitDiscardQuitsAndDiscardsTheRecoveryFile() throws {
        var state = try Fixtures.state()
        let url = try #require(state.openID?.url)
        state.run(.press("3"), .press("t"))
        state.run(.press("q"))
        #expect(state.run(.press("d")) == [.discardRecovery(url), .quit])
    }

    @Test func changedOnDiskOffersReload() throws {
        var state = try Fixtures.state()
        state.run(.press("3"), .press("t"))
        let effects = state.run(.press("w"))
        let edited = try #require(effects.first?.savedRegister, "w saves: \(effects)")
        #expect(update(&state, .saved(RegisterID(edited.url), .failure(.changedOnDisk(path: edited.url.path)))).isEmpty)
        #expect(state.hasUnsavedChanges)
        // At 80 columns the question takes a shorter form so that its answers stay visible; at 120, the whole.
        #expect(view(state).text().contains(" \(edited.fileName) changed on disk; not saved. Reload and merge? y/N"))
        _ = update(&state, .resize(width: 120, height: 40))
        #expect(view(state).text().contains("changed on disk since it was loaded; not saved. Reload it and merge your edits onto it? y/N"))
        #expect(state.run(.press("y")) == [.reload(edited)])
        let fresh = LoadedRegister(url: edited.url, register: state.workspace.baselines[state.openID!]!, diskBytes: [9])
        _ = update(&state, .reloaded(.success(fresh)))
        #expect(state.hasUnsavedChanges, "the edits are merged onto the file as reloaded, still unsaved")
        #expect(state.loaded?.diskBytes == [9])
        #expect(state.register == edited.register)
    }

    @Test func recoveryPromptRestoresOrDiscards() throws {
        let scan = try Fixtures.scan()
        let loaded = try #require(scan.registers.last)
        var edited = loaded.register
        edited.entries[0].owner = "Recovered owner"
        var state = AppState(scan: scan, size: Size(width: 80, height: 24), capabilities: .full,
                             recovered: [loaded.url: RecoveryFile.Contents(edits: edited, base: loaded.register,
                                                                           baseDigest: Digest.sha256(loaded.diskBytes))])
        let prompt = try #require(state.overlay?.prompt, "kept edits are offered at start")
        #expect(state.promptText(prompt) == "Unsaved edits to \(loaded.fileName) from an earlier session were kept. Restore them? y/n")
        #expect(view(state).text().contains("Unsaved edits to \(loaded.fileName) were kept. Restore them? y/n"), "the 80-column form")
        #expect(state.run(.press("x")).isEmpty)
        #expect(state.run(.press("y")) == [.discardRecovery(loaded.url)])
        #expect(state.register?.entries[0].owner == "Recovered owner")
        #expect(state.hasUnsavedChanges)
        var declined = AppState(scan: scan, size: Size(width: 80, height: 24), capabilities: .full,
                                recovered: [loaded.url: RecoveryFile.Contents(edits: edited, base: loaded.register,
                                                                           baseDigest: Digest.sha256(loaded.diskBytes))])
        #expect(declined.run(.press("n")) == [.discardRecovery(loaded.url)])
        #expect(!declined.hasUnsavedChanges)
        #expect(declined.overlay == nil)
    }
}

// Test accessors for enum payloads, so that `try #require` can stop a test whose precondition
// failed instead of a `guard case … else { return }` that silently skips the checks after it.
extension Overlay {
    /// The text editor, when the overlay is one.
    var textEditor: TextEditor? { if case .editor(let editor) = self { editor } else { nil } }
    /// The score editor, when the overlay is one.
    var scoreEditor: ScoreEditor? { if case .score(let editor) = self { editor } else { nil } }
    /// The question, when the overlay is one.
    var prompt: Prompt? { if case .prompt(let prompt) = self { prompt } else { nil } }
}

extension Prompt {
    /// The edit a "Discard changes?" question is about, when it is that question.
    var discardedEdit: TextEditor? { if case .discardEdit(let editor) = self { editor } else { nil } }
}

extension Effect {
    /// The register to save, when the effect is a save.
    var savedRegister: LoadedRegister? { if case .save(let request) = self { request.edited } else { nil } }
    /// The register to save over a read-only file, when the effect is that save.
    var savedOverReadOnly: LoadedRegister? { if case .saveOverReadOnly(let request) = self { request.edited } else { nil } }
}

/// What the browser does with a loaded register's file as another program left it.
@Suite(.timeLimit(.minutes(15)))
struct ChangedOnDiskTests {
    @Test func theBytesTheWorkspaceHoldsAreNotNews() throws {
        var state = try Fixtures.state()
        let id = try #require(state.openID)
        let current = try #require(state.workspace.files[id])
        _ = update(&state, .changedOnDisk(id, .success(current)))
        #expect(state.message == nil)
    }

    /// Without unsaved edits the new file is shown; with them, they are merged onto it at once,
    /// and only a place both changed is asked about.
    @Test func anotherVersionIsShownWithoutEditsAndMergedUnderThem() throws {
        var state = try Fixtures.state()
        let id = try #require(state.openID)
        let current = try #require(state.workspace.files[id])
        var changed = current.register
        changed.entries[0].title = "Retitled elsewhere"
        changed.entries[0].history.append(Change(at: "2026-12-07T10:00:00Z", author: "A colleague", field: "title",
                                                 before: current.register.entries[0].title, after: "Retitled elsewhere"))
        let theirs = LoadedRegister(url: current.url, register: changed, diskBytes: RegisterFile.encode(changed))
        _ = update(&state, .changedOnDisk(id, .success(theirs)))
        #expect(state.register?.entries[0].title == "Retitled elsewhere")
        #expect(state.message?.text.contains("changed on disk (by A colleague: Corp 1 title); showing it as it is now") == true)

        var editing = try Fixtures.state()
        editing.run(.press("3"), .press("t"))
        let myTrend = try #require(editing.register?.entries[0].direction)
        _ = update(&editing, .changedOnDisk(id, .success(theirs)))
        #expect(editing.register?.entries[0].title == "Retitled elsewhere", "theirs")
        #expect(editing.register?.entries[0].direction == myTrend, "mine, still unsaved")
        #expect(editing.workspace.isDirty(id))
        #expect(editing.overlay == nil)
        #expect(editing.message?.text.contains("merged your edits") == true)

        var clashing = try Fixtures.state()
        clashing.run(.press("3"), .press("t"))
        var both = changed
        both.entries[0].direction = Direction(trend: myTrend.trend == .down ? .up : .down)
        _ = update(&clashing, .changedOnDisk(id, .success(LoadedRegister(url: current.url, register: both,
                                                                          diskBytes: RegisterFile.encode(both)))))
        #expect(clashing.mergeSession != nil, "the trend changed on both sides is asked about")
        #expect(clashing.message?.text.contains("changed the same place") == true)
    }
}
