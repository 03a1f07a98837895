import Foundation
import RegisterUI
import RiskRegister
import Testing
@testable import RegisterRuntime

/// Editing through the real loop on 2021/22 Q4, whose entries have no change history yet: a
/// field edited in the detail pane, undone and redone, a rating rescored in the score editor,
/// saved with w; what the file then holds, and what quitting with unsaved changes asks.
@Suite(.timeLimit(.minutes(15)))
struct EditFlowTests {
    static let stem = "lcc-2021-22-q4"
    static let owner = "Corporate Management Team (CMT)/Director of OD & Change"

    /// Corp 1's owner edited (3, down to the owner, e, typed, Enter), undone with u, redone with
    /// Ctrl-R; its current rating rescored (S, l: likelihood 4 → 5, Enter); w saves both, and the
    /// file holds them, with the change history recorded by the author, and nothing else changed.
    @Test func editUndoRedoRescoreAndSave() throws {
        let browser = try BrowserHarness(registers: [Self.stem])
        browser.waitForIdle()
        let before = try browser.register(Self.stem)
        browser.type("3")
        browser.press(.down)
        #expect(browser.screen.contains("▸Owner: Corporate Management Team"), "the detail cursor is on the owner")
        browser.type("e")
        #expect(browser.screen.contains("Enter keeps · Esc cancels"), "e opens the text editor on the owner")
        browser.press(.end)
        browser.type(" (interim)")
        browser.press(.enter)
        #expect(!browser.screen.contains("Enter keeps · Esc cancels"))
        #expect(browser.screen.contains("OD & Change (interim)"))
        #expect(browser.statusLine.contains("[modified]"))

        browser.type("u")
        #expect(!browser.screen.contains("(interim)"))
        #expect(browser.statusLine.contains("Undone: "))
        #expect(!browser.statusLine.contains("[modified]"), "undone back to the file as loaded")
        browser.press(.control("r"))
        #expect(browser.screen.contains("OD & Change (interim)"))
        #expect(browser.statusLine.contains("Redone: "))
        #expect(browser.statusLine.contains("[modified]"))

        browser.type("S")
        #expect(browser.screen.contains("Score · Corp 1"))
        #expect(browser.screen.contains("Score: 4 × 4 = 16 High"))
        browser.type("l")
        #expect(browser.screen.contains("Score: 5 × 4 = 20 Very high"))
        browser.press(.enter)
        #expect(!browser.screen.contains("Score · Corp 1"))
        #expect(browser.screen.contains("Current: 20 Very high · likelihood 5 Certain"))

        browser.type("w")
        #expect(browser.statusLine.contains("Saved \(Self.stem).json"))
        #expect(!browser.statusLine.contains("[modified]"))

        let saved = try browser.register(Self.stem)
        let corp1 = try #require(saved.entries.first { $0.id == "Corp 1" })
        #expect(corp1.owner == Self.owner + " (interim)")
        #expect(corp1.current.likelihood == 5 && corp1.current.impact == 4 && corp1.current.score == 20)
        #expect(corp1.current.likelihoodText == nil, "the printed words no longer describe the new rating")
        #expect(corp1.target == before.entries[0].target)
        let fields = Set(corp1.history.map(\.field))
        #expect(fields == ["owner", "current.likelihood", "current.score", "current.likelihoodText", "current.impactText"],
                "\(fields)")
        #expect(corp1.history.allSatisfy { $0.author == "tester" })
        let ownerChange = try #require(corp1.history.first { $0.field == "owner" })
        #expect(ownerChange.before == Self.owner && ownerChange.after == Self.owner + " (interim)")
        let scoreChange = try #require(corp1.history.first { $0.field == "current.score" })
        #expect(scoreChange.before == "16" && scoreChange.after == "20")
        for (old, new) in zip(before.entries, saved.entries) where old.id != "Corp 1" {
            #expect(old == new, "\(old.id) is unchanged")
        }
        browser.type("q")
        #expect(try browser.exitStatus() == 0, "nothing unsaved: q quits without asking")
    }

    /// The change history a save writes is stamped by the loop's clock (`RuntimeClock`), as notes
    /// and reviews are: an owner edited and saved with the clock at 2027-01-05T09:30:00Z.
    @Test func theChangeHistoryIsStampedByTheLoopsClock() throws {
        let clock = TestClock("2027-01-05T09:30:00Z")
        let browser = try BrowserHarness(registers: [Self.stem], clock: clock)
        browser.waitForIdle()
        browser.type("3")
        browser.press(.down)
        browser.type("e")
        browser.press(.end)
        browser.type(" (interim)")
        browser.press(.enter)
        browser.type("w")
        #expect(browser.statusLine.contains("Saved \(Self.stem).json"))
        let corp1 = try #require(try browser.register(Self.stem).entries.first { $0.id == "Corp 1" })
        let change = try #require(corp1.history.first { $0.field == "owner" })
        #expect(change.at == "2027-01-05T09:30:00Z", "the save stamps the history with the loop's clock")
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// A rescore undone brings the rating back as printed, words and all: the register is as
    /// loaded again, so w has nothing to save and q asks nothing.
    @Test func undoingEveryChangeLeavesNothingToSave() throws {
        let browser = try BrowserHarness(registers: [Self.stem])
        browser.waitForIdle()
        let original = try Data(contentsOf: browser.directory.appendingPathComponent(Self.stem + ".json"))
        browser.type("S")
        browser.type("hj")
        browser.press(.enter)
        #expect(browser.screen.contains("Current: 9 Medium · likelihood 3 Possible"))
        browser.type("u")
        #expect(browser.screen.contains("Current: 16 High · likelihood 4 Likely (printed"))
        #expect(!browser.statusLine.contains("[modified]"))
        browser.type("w")
        #expect(browser.statusLine.contains("Nothing to save"))
        browser.press(.control("r"))
        #expect(browser.screen.contains("Current: 9 Medium"))
        browser.type("u")
        browser.type("u")
        #expect(browser.statusLine.contains("Nothing to undo"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
        #expect(try Data(contentsOf: browser.directory.appendingPathComponent(Self.stem + ".json")) == original)
    }

    /// q with unsaved changes asks save, discard or cancel; Esc cancels (the program runs on, the
    /// change kept); q then s saves, then quits.
    @Test func quittingWithUnsavedChangesAsksAndSSavesThenQuits() throws {
        let browser = try BrowserHarness(registers: [Self.stem])
        browser.waitForIdle()
        browser.type("2j")
        browser.type("3")
        #expect(browser.screen.contains("Detail · Corp 2"))
        browser.press(.down)
        browser.type("e")
        browser.press(.end)
        browser.type(" and partners")
        browser.press(.enter)
        browser.type("q")
        #expect(browser.statusLine.contains("Save changes to \(Self.stem).json? s save · d discard · Esc cancel"))
        browser.press(.escape)
        #expect(!browser.statusLine.contains("Save changes to"))
        #expect(browser.statusLine.contains("[modified]"), "cancelled: the change is still unsaved")
        let onDisk = try browser.register(Self.stem).entries.first { $0.id == "Corp 2" }?.owner
        #expect(onDisk?.hasSuffix(" and partners") == false)

        browser.type("q")
        #expect(browser.statusLine.contains("Save changes to \(Self.stem).json?"))
        browser.type("s")
        #expect(try browser.exitStatus() == 0)
        let corp2 = try #require(try browser.register(Self.stem).entries.first { $0.id == "Corp 2" })
        #expect(corp2.owner == (onDisk ?? "") + " and partners")
        #expect(corp2.history.map(\.field) == ["owner"])
    }
}

