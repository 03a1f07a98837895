import Foundation
import Testing
@testable import RegisterUI
import RiskRegister

/// One risk, one identity, in the browser: the record shows the identity; two entries showing one
/// printed id are both kept, warned about and renumbered with `I`; the Links section lists an
/// entry's links both ways, Enter follows one into its register and back, `d` removes one.
@Suite("Identity and links in the browser", .timeLimit(.minutes(15)))
struct IdentityBrowserTests {
    private func detailText(_ state: AppState) -> [String] {
        state.detailRows.map { $0.map(\.text).joined() }
    }

    /// Rows of the detail pane as one line of words, single-spaced, so that a wrapped line reads whole.
    private func words(_ rows: [String]) -> String {
        rows.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    private func statusLine(_ state: AppState) -> String {
        guard let y = state.layout?.status.y else { return "" }
        return view(state).row(y).map(\.character).joined()
    }

    /// A state on `register` with Data/ and the directorate register, the entry `id` selected.
    private func directorateState(_ register: String, selecting id: String) throws -> AppState {
        var state = try Fixtures.state(register, source: .withDirectorate, width: 120, height: 40)
        state.selection = try #require(state.register?.entries.firstIndex { $0.id == id })
        return state
    }

    @Test func theRecordShowsTheIdentityDimAndContinuesOnlyWhereTheEntryNamesIds() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        let corp1 = try #require(state.selectedEntry)
        let rows = state.detailRows
        let identity = try #require(rows.first { $0.map(\.text).joined() == "Identity: \(corp1.uid)" })
        #expect(identity.allSatisfy { $0.role == .dim })
        #expect(!detailText(state).contains { $0.hasPrefix("Continues:") }, "nothing said where the entry names no ids")
        // `riskreg show` prints the identity beside the id itself, not in the record.
        #expect(!EntryDetail.lines(for: corp1, scale: .standard).contains { $0.text.hasPrefix("Identity:") })
        state.workspace.modifyEntry(try #require(state.openID), at: 0) { $0.previousIds = ["CR1"] }
        #expect(detailText(state).contains("Continues: CR1"))
        #expect(state.detailTargets.contains(.field(.previousIds)))
    }

    @Test func twoEntriesShowingOneIdAreBothKeptWarnedAboutAndIRenumbersOne() throws {
        var state = try Fixtures.state(source: .duplicatedID, width: 120, height: 40)
        #expect(state.visibleEntries.count == 8, "neither entry is dropped")
        #expect(statusLine(state).contains("2 entries show the id Corp 4: I renumbers"))
        state.selection = try #require(state.register?.entries.firstIndex { $0.id == "Corp 4" })
        let warning = "! Another entry shows the id corp4: “ICT Provision”. I renumbers this one."
        #expect(words(detailText(state)).contains(warning))
        state.run(.press("I"))
        guard case .editor(let editor) = state.overlay else {
            Issue.record("I opened no editor")
            return
        }
        #expect(editor.target == .field(.id))
        #expect(editor.text == "Corp 8", "the next free id of the sequence")
        #expect(state.focus == .detail && state.currentTarget == .field(.id))
        state.run(.enter)
        #expect(state.selectedEntry?.id == "Corp 8")
        #expect(state.duplicateIDs.isEmpty)
        #expect(!statusLine(state).contains("I renumbers"))
        #expect(!words(detailText(state)).contains("Another entry shows"))
        state.run(.press("u"))
        #expect(state.register?.entries.filter { EntryIdentity.key($0.id) == "corp4" }.count == 2, "one undo step")
    }

    @Test func iOnAnEntryWithAUniqueIdStillSuggestsTheNextFreeOne() throws {
        var state = try Fixtures.state("lcc-2016-17-q4", width: 120, height: 40)
        state.run(.press("I"))
        guard case .editor(let editor) = state.overlay else {
            Issue.record("I opened no editor")
            return
        }
        #expect(editor.text == "CR28", "after CR27, the last of the risks' sequence")
        state.run(.escape)
        #expect(state.overlay == nil && state.selectedEntry?.id == "CR1")
    }

    @Test func theLinksSectionListsLinksBothWaysAndEnterFollowsOneAndBack() throws {
        var state = try directorateState("lcc-2021-22-q4", selecting: "Corp 4")
        state.run(.press("3"))
        let lines = detailText(state)
        let heading = try #require(lines.firstIndex(of: "Links"))
        #expect(words(Array(lines[heading...])).hasPrefix("Links • escalated from ASC 1 · Hospital discharge delays (2021/22 Q4)"))
        #expect(try #require(lines.firstIndex(of: "Record")) < heading, "after the record")
        state.run(.press("G"))
        #expect(state.currentTarget == .link(0))
        state.run(.enter)
        #expect(state.openID?.stem == DirectorateRegister.stem)
        #expect(state.selectedEntry?.id == DirectorateRegister.escalatedID)
        #expect(state.focus == .detail)
        #expect(state.currentTarget == .link(0), "the cursor on the link back")
        #expect(words(detailText(state)).contains("Links • escalated to Corp 4 · Integration & Innovation (2021/22 Q4)"))
        state.run(.enter)
        #expect(state.openID?.stem == "lcc-2021-22-q4")
        #expect(state.selectedEntry?.id == "Corp 4")
        #expect(state.currentTarget == .link(0))
    }

    @Test func openingARegisterLoadsTheOthersOfItsPeriodForTheLinksToIt() throws {
        let scan = try Fixtures.scan(.withDirectorate)
        let slots = scan.registers.map { RegisterSlot(id: RegisterID($0.url), period: $0.register.period, title: $0.register.title) }
        var state = AppState(workspace: Workspace(listing: slots), size: Size(width: 120, height: 40), capabilities: .full)
        func load(_ stem: String) throws -> [Effect] {
            let loaded = try #require(scan.registers.first { RegisterID($0.url).stem == stem })
            return update(&state, .loaded(RegisterID(loaded.url), .success(loaded)))
        }
        let directorate = try #require(state.workspace.id(named: DirectorateRegister.stem))
        #expect(!state.pendingLoads().contains(.load(directorate)), "the open register is read first")
        #expect(try load("lcc-2021-22-q4").contains(.load(directorate)), "then the other register of its period")
        state.selection = try #require(state.register?.entries.firstIndex { $0.id == "Corp 4" })
        #expect(!detailText(state).contains("Links"))
        _ = try load(DirectorateRegister.stem)
        #expect(words(detailText(state)).contains("Links • escalated from ASC 1 · Hospital discharge delays (2021/22 Q4)"))
    }

    @Test func aLinkNoRegisterHoldsIsDimAndSaysSoOnceEveryRegisterIsRead() throws {
        let scan = try Fixtures.scan(.withDirectorate)
        let slots = scan.registers.map { RegisterSlot(id: RegisterID($0.url), period: $0.register.period, title: $0.register.title) }
        var state = AppState(workspace: Workspace(listing: slots), size: Size(width: 120, height: 40), capabilities: .full,
                             register: DirectorateRegister.stem)
        var directorate = try #require(scan.registers.first { RegisterID($0.url).stem == DirectorateRegister.stem })
        directorate.register.entries[1].links = [EntryLink(kind: .rollsUpInto, uid: "0123456789ab", register: "lcc-2021-22-q4",
                                                           id: "Corp 9")]
        // ASC 1 is shown first, its link to Corp 4 not yet resolved: every other register is asked for.
        let effects = update(&state, .loaded(RegisterID(directorate.url), .success(directorate)))
        #expect(effects.count == scan.registers.count - 1, "\(effects)")
        state.selection = 1
        state.run(.press("3"))
        #expect(words(detailText(state)).contains("• rolls up into Corp 9 (lcc-2021-22-q4): looking in the registers not yet read…"))
        for loaded in scan.registers where RegisterID(loaded.url).stem != DirectorateRegister.stem {
            _ = update(&state, .loaded(RegisterID(loaded.url), .success(loaded)))
        }
        #expect(words(detailText(state)).contains("• rolls up into Corp 9 (lcc-2021-22-q4): not in the data directory"))
        let row = try #require(state.detailRows.first { $0.map(\.text).joined().contains("rolls up into Corp 9") })
        #expect(row.allSatisfy { $0.role == .dim })
        state.run(.press("G"), .enter)
        #expect(state.openID?.stem == DirectorateRegister.stem, "an unresolved link goes nowhere")
        #expect(state.message?.isWarning == true)
    }

    @Test func dRemovesALinkAfterYesAsOneUndoStep() throws {
        var state = try directorateState(DirectorateRegister.stem, selecting: DirectorateRegister.escalatedID)
        state.run(.press("3"), .press("G"))
        #expect(state.currentTarget == .link(0))
        state.run(.press("d"))
        #expect(state.overlay == .prompt(.delete(.link(0))))
        #expect(statusLine(state).contains("Remove the link escalated to Corp 4 · Integration & Innovation (2021/22 Q4)? y/N"))
        state.run(.press("n"))
        #expect(state.selectedEntry?.links.count == 1)
        state.run(.press("d"), .press("y"))
        #expect(state.selectedEntry?.links.isEmpty == true)
        #expect(!detailText(state).contains("Links"))
        #expect(state.hasUnsavedChanges)
        state.run(.press("u"))
        #expect(state.selectedEntry?.links.count == 1)
        #expect(state.message?.text == "Undone: removal of the link escalated to Corp 4 on ASC 1")
    }

    @Test func aLinkKeptOnTheOtherEntryIsRemovedThere() throws {
        var state = try directorateState("lcc-2021-22-q4", selecting: "Corp 4")
        state.run(.press("3"), .press("G"), .press("d"))
        #expect(state.overlay == nil)
        #expect(state.message?.text == "That link is kept on the other entry: remove it there (e goes there)")
    }
}
