import Testing
@testable import RegisterUI
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct PasteTests {
    private func state() throws -> AppState {
        AppState(scan: try Fixtures.scan(), size: Size(width: 120, height: 40), capabilities: .full, author: "jo",
                 today: "2026-11-27")
    }

    @Test func aMultiLinePasteIsInsertedInOneStepAndNeverRunAsKeys() throws {
        var state = try state()
        let before = try #require(state.selectedEntry)
        state.run(.press("p"))
        // Each line of the paste starts with a key that would be a command outside the text.
        _ = update(&state, .paste("first line\r\nu undoes\re edits\nq quits"))
        let editor = try #require(state.overlay?.textEditor, "the editor closed: the paste ran as keys")
        #expect(editor.text == "first line\nu undoes\ne edits\nq quits")
        state.run(.enter)
        let note = try #require(state.selectedEntry?.progress.first)
        #expect(note.text == "first line\nu undoes\ne edits\nq quits")
        #expect(state.selectedEntry?.progress.count == before.progress.count + 1)
        #expect(state.overlay == nil && state.hasUnsavedChanges)
        state.run(.press("u"))
        #expect(state.selectedEntry == before, "the note and its pasted text are one undo step")
    }

    @Test func aPasteGoesInAtTheCursor() throws {
        var state = try state()
        state.run(.press("p"), .type("AC"), .left)
        _ = update(&state, .paste("B"))
        state.run(.enter)
        #expect(state.selectedEntry?.progress.first?.text == "ABC")
    }

    @Test func aPasteOutsideAnEditorChangesNothingAndSaysSo() throws {
        var state = try state()
        let before = state
        _ = update(&state, .paste("q\nu\nd"))
        #expect(state.registers == before.registers && state.overlay == nil && state.focus == before.focus)
        #expect(view(state).text().contains("Paste ignored"))
    }

    @Test func aPasteIntoTheSearchPromptIsOneLineOfSearchText() throws {
        var state = try state()
        state.run(.press("/"))
        _ = update(&state, .paste("Family\nSafeguarding"))
        #expect(state.searchText == "FamilySafeguarding")
    }

    @Test func typedCombiningMarksJoinTheirLetterAndSaveExactly() throws {
        var state = try state()
        state.run(.press("p"))
        for scalar in "cafe\u{301} 👍\u{1F3FD} ❤\u{FE0F} 🇬🇧 👨\u{200D}👩\u{200D}👧".unicodeScalars {
            _ = update(&state, .key(Key(terminalCharacter: scalar)))
            _ = view(state)
        }
        state.run(.enter)
        let text = try #require(state.selectedEntry?.progress.first?.text)
        #expect(Array(text.unicodeScalars) == Array("cafe\u{301} 👍\u{1F3FD} ❤\u{FE0F} 🇬🇧 👨\u{200D}👩\u{200D}👧".unicodeScalars))
    }
}
