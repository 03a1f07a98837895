import Foundation
@testable import RegisterUI
import RiskRegister
import Testing

/// Adding, closing and correcting entries, starting a new quarter and reviewing it, in the browser.
@Suite("Quarterly cycle in the browser", .timeLimit(.minutes(15)))
struct QuarterlyCycleBrowserTests {
    private func clocked(_ state: inout AppState) {
        state.setClock(now: "2026-11-27T10:00:00Z", today: "2026-11-27")
    }

    @Test func addingAnEntrySuggestsTheNextIdOfItsKindAndOpensIt() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        let count = try #require(state.register).entries.count
        state.run(.press("A"))
        #expect(state.overlay == .prompt(.newEntryKind))
        state.run(.press("r"))
        guard case .editor(let editor) = state.overlay else { Issue.record("no id editor"); return }
        #expect(editor.text == "Corp 8", "after Corp 7 comes Corp 8")
        state.run(.enter)
        state.run(.type("Cyber attack on schools"), .enter)
        let register = try #require(state.register)
        #expect(register.entries.count == count + 1)
        #expect(register.entries.last?.id == "Corp 8" && register.entries.last?.kind == .risk)
        #expect(register.entries.last?.title == "Cyber attack on schools")
        #expect(register.entries.last?.reviews.map(\.outcome) == [.changed], "adding an entry is its review")
        #expect(state.selectedEntry?.id == "Corp 8" && state.focus == .detail)
        state.run(.press("u"))
        #expect(state.register?.entries.count == count, "one undo step removes the new entry")
    }

    @Test func anOpportunityContinuesTheOpportunitiesSequenceAndATakenIdIsRefused() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("A"), .press("o"))
        guard case .editor(let editor) = state.overlay else { Issue.record("no id editor"); return }
        #expect(editor.text == "CO3")
        state.run(.key(.control("u")))
        for _ in 0..<3 { state.run(.key(.backspace)) }
        state.run(.type("co 2"), .enter)
        #expect(state.message?.text.contains("taken") == true)
        guard case .editor = state.overlay else { Issue.record("the editor closed on a taken id"); return }
    }

    @Test func closingAsksWhyHidesTheEntryAndXReopens() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        clocked(&state)
        state.run(.press("2"))
        let id = try #require(state.selectedEntry?.id)
        let shown = state.visibleEntries.count
        state.run(.press("x"))
        state.run(.enter)
        #expect(state.message?.text.contains("why") == true, "an empty reason is refused")
        state.run(.type("Merged into Corp 2"), .enter)
        let entry = try #require(state.register?.entry(id: id))
        #expect(entry.status == .closed(at: "2026-11-27T10:00:00Z", by: "riskreg", reason: "Merged into Corp 2"))
        #expect(state.visibleEntries.count == shown - 1, "a closed entry is hidden")
        state.run(.press("z"))
        #expect(state.visibleEntries.count == shown, "z shows closed entries")
        let row = try #require(state.register?.entries.firstIndex { $0.id == id })
        state.selection = row
        state.run(.press("x"), .press("y"))
        #expect(state.register?.entry(id: id)?.isClosed == false)
    }

    @Test func theIdKindAndLinksCanBeCorrectedInTheDetailPane() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("3"))
        state.placeDetailCursor(on: .field(.id))
        state.run(.press("e"), .key(.control("u")))
        // The editor keeps typing at the end: clear it first.
        guard case .editor(var editor) = state.overlay else { Issue.record("no editor on the id"); return }
        editor.replaceText("Corp 1A")
        state.overlay = .editor(editor)
        state.run(.enter)
        #expect(state.selectedEntry?.id == "Corp 1A")
        state.placeDetailCursor(on: .field(.kind))
        state.run(.press("e"))
        #expect(state.selectedEntry?.kind == .opportunity)
        // The ids an entry continues are shown, and corrected, where it names some.
        #expect(!state.detailTargets.contains(.field(.previousIds)))
        state.workspace.modifyEntry(try #require(state.openID), at: try #require(state.selection)) { $0.previousIds = ["CR1"] }
        state.placeDetailCursor(on: .field(.previousIds))
        state.run(.press("e"), .type(", CR2"), .enter)
        #expect(state.selectedEntry?.previousIds == ["CR1", "CR2"])
    }

    @Test func qAsksThePeriodAndCreatesTheNextQuarterNeverOverAFile() throws {
        var state = try Fixtures.state("lcc-2021-22-q4", width: 120, height: 40)
        clocked(&state)
        state.run(.press("Q"))
        guard case .editor(let editor) = state.overlay else { Issue.record("no period editor"); return }
        #expect(editor.text == "2022/23 Q1")
        let effects = state.run(.enter)
        guard case .createRegister(let id, let register)? = effects.first(where: { if case .createRegister = $0 { true } else { false } }) else {
            Issue.record("no file asked for: \(effects)"); return
        }
        #expect(id.fileName == "lcc-2022-23-q1.json")
        #expect(register.previous == "lcc-2021-22-q4" && register.started == "2026-11-27T10:00:00Z")
        #expect(register.entries.count == 8)
        // An earlier period is refused in the editor.
        var again = try Fixtures.state("lcc-2021-22-q4", width: 120, height: 40)
        again.run(.press("Q"), .key(.control("u")))
        guard case .editor(var periodEditor) = again.overlay else { Issue.record("no period editor"); return }
        periodEditor.replaceText("2021/22 Q1")
        again.overlay = .editor(periodEditor)
        #expect(again.run(.enter).allSatisfy { if case .createRegister = $0 { false } else { true } })
        #expect(again.message?.text.contains("not after") == true)
    }

    @Test func theNewQuarterOpensOnceWrittenAndAFailureIsSaid() throws {
        var state = try Fixtures.state("lcc-2021-22-q4", width: 120, height: 40)
        let register = try #require(state.register)
        let made = try NewQuarter.make(from: register, stem: "lcc-2021-22-q4", period: nil, now: "2026-11-27T10:00:00Z").get()
        let url = Fixtures.dataDirectory.appendingPathComponent("lcc-2022-23-q1.json")
        let loaded = LoadedRegister(url: url, register: made.register, diskBytes: RegisterFile.encode(made.register))
        state.run([])
        _ = update(&state, .created(RegisterID(url), .success(loaded)))
        #expect(state.register?.period == "2022/23 Q1")
        #expect(state.message?.text.contains("8 entries carried") == true)
        _ = update(&state, .created(RegisterID(url), .failure(LoadFailure(url: url, messages: ["lcc-2022-23-q1.json exists"]))))
        #expect(state.message?.text.contains("not started") == true && state.message?.isWarning == true)
    }

    /// A new quarter of 2021/22 Q4 (in memory), with Q4 as its predecessor.
    private func newQuarterState() throws -> AppState {
        let scan = try Fixtures.scan()
        let q4 = try #require(scan.register(named: "lcc-2021-22-q4"))
        let made = try NewQuarter.make(from: q4.register, stem: "lcc-2021-22-q4", period: nil, now: "2026-11-27T09:00:00Z").get()
        let url = Fixtures.dataDirectory.appendingPathComponent(made.stem + ".json")
        let loaded = LoadedRegister(url: url, register: made.register, diskBytes: RegisterFile.encode(made.register))
        var state = AppState(scan: DirectoryScan(registers: scan.registers + [loaded], failures: []),
                             size: Size(width: 120, height: 40), capabilities: .full, register: made.stem, author: "alice")
        clocked(&state)
        return state
    }

    @Test func reviewModeStepsThroughTheUnreviewedAndRecordsNoChangeOrChanged() throws {
        var state = try newQuarterState()
        state.run(.press("R"))
        #expect(state.review != nil && state.focus == .detail)
        #expect(state.selectedEntry?.id == "Corp 1")
        #expect(state.reviewCountText == "reviewed 0 of 8")
        #expect(state.detailPreface.contains { $0.hasPrefix("Last quarter (2021/22 Q4): current") })
        state.run(.press("y"))
        #expect(state.register?.entry(id: "Corp 1")?.reviews.map(\.outcome) == [.noChange])
        #expect(state.selectedEntry?.id == "Corp 2", "y moves on to the next entry not reviewed")
        // A note during the review records "changed", in the same undo step.
        state.run(.press("p"), .type("Met the owner"), .enter)
        #expect(state.register?.entry(id: "Corp 2")?.reviews.map(\.outcome) == [.changed])
        state.run(.press("y"))
        #expect(state.register?.entry(id: "Corp 2")?.reviews.count == 1, "y on an entry reviewed this quarter adds nothing")
        #expect(state.selectedEntry?.id == "Corp 4")
        #expect(state.reviewCountText == "reviewed 2 of 8")
        for _ in 0..<6 { state.run(.press("y")) }
        #expect(state.review == nil, "the review ends when every open entry is reviewed")
        #expect(ReviewStatus(try #require(state.register)).isComplete)
        #expect(state.message?.text.contains("8 of 8") == true)
    }

    @Test func theListMarksReviewStateAndClosedEntries() throws {
        var state = try newQuarterState()
        state.run(.press("R"), .press("y"), .press("2"))
        let text = view(state).text()
        #expect(text.contains("✓ "), "a reviewed entry is marked")
        #expect(text.contains("review: reviewed 1 of 8"))
    }
}
