import Foundation
import RegisterUI
import RiskRegister
import Testing
@testable import RegisterRuntime

/// Merge conflicts recorded in a register file (as `riskreg merge-driver` leaves them), resolved
/// through the real loop: M asks about one at a time (m keeps mine, t theirs, e edits, Esc stops),
/// each an undo step; w saves the register with the conflicts resolved.
@Suite(.timeLimit(.minutes(15)))
struct MergeFlowTests {
    static let stem = "lcc-2021-22-q4"
    static let ownerBase = "Adult Social Care in conjunction with CMT and partners"
    static let ownerMine = "Director of Adult Services"
    static let ownerTheirs = "Adult Social Care leadership"
    static let noteMine = "Joint plan agreed with the ICB (mine)"
    static let noteTheirs = "Joint plan agreed with the ICB in March (theirs)"

    /// Writes 2021/22 Q4 as the merge driver leaves it after two people changed the same places,
    /// straight into its JSON: Corp 4's owner and its first progress note (each with the common
    /// ancestor's value), and Corp 7's current rating (added on both sides: no base). The file
    /// holds theirs meanwhile. Returns the note's item id.
    @discardableResult
    static func writeConflicts(in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(stem + ".json")
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var entries = try #require(root["entries"] as? [[String: Any]])
        let corp4 = try #require(entries.firstIndex { $0["id"] as? String == "Corp 4" })
        let corp7 = try #require(entries.firstIndex { $0["id"] as? String == "Corp 7" })
        let corp4UID = try #require(entries[corp4]["uid"] as? String)
        let corp7UID = try #require(entries[corp7]["uid"] as? String)
        try #require(entries[corp4]["owner"] as? String == ownerBase)
        var progress = try #require(entries[corp4]["progress"] as? [[String: Any]])
        let noteBase = try #require(progress.first)
        let noteID = try #require(noteBase["id"] as? String)
        var noteMineItem = noteBase
        noteMineItem["text"] = noteMine
        var noteTheirsItem = noteBase
        noteTheirsItem["text"] = noteTheirs
        progress[0] = noteTheirsItem
        entries[corp4]["owner"] = ownerTheirs
        entries[corp4]["progress"] = progress
        let theirsRating = try #require(entries[corp7]["current"])
        root["entries"] = entries
        root["mergeConflicts"] = [
            ["entry": corp4UID, "key": "owner", "id": "Corp 4", "base": ownerBase, "ours": ownerMine, "theirs": ownerTheirs],
            ["entry": corp4UID, "list": "progress", "item": noteID, "id": "Corp 4", "base": noteBase, "ours": noteMineItem,
             "theirs": noteTheirsItem],
            ["entry": corp7UID, "key": "current", "id": "Corp 7", "ours": ["likelihood": 3, "impact": 4, "score": 12],
             "theirs": theirsRating],
        ] as [[String: Any]]
        let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try data.write(to: url)
        return noteID
    }

    /// M: the first conflict (Corp 4's owner) shows the base and both sides; m keeps mine; e on the
    /// progress note edits mine; e on the rating (not text) opens no editor, m keeps mine. Every
    /// conflict resolved, w saves: the file records none, holds the values chosen, and their
    /// change history.
    @Test func mResolvesConflictsOneAtATimeAndWSavesTheChosenValues() throws {
        var noteID = ""
        let browser = try BrowserHarness(registers: [Self.stem]) { noteID = try Self.writeConflicts(in: $0) }
        browser.waitForIdle()
        #expect(try browser.register(Self.stem).mergeConflicts.count == 3, "the file records three conflicts")
        #expect(browser.statusLine.contains("3 merge conflicts: M resolves"))

        browser.type("M")
        #expect(browser.screen.contains("Merge conflict: Corp 4 · owner"))
        #expect(browser.screen.contains("Detail · Corp 4"), "the conflict's entry is selected")
        #expect(browser.screen.contains("Base (before either):"))
        #expect(browser.screen.contains(Self.ownerMine) && browser.screen.contains(Self.ownerTheirs))
        #expect(browser.statusLine.contains("Merge conflict Corp 4 · owner (3 left): m keep mine · t keep theirs · e edit · Esc stop"))

        browser.type("m")
        #expect(browser.screen.contains("Merge conflict: Corp 4 · progress item \(noteID)"))
        #expect(browser.statusLine.contains("(2 left)"))
        browser.type("e")
        #expect(browser.screen.contains("Enter keeps · Esc cancels"), "e opens the editor on the note")
        #expect(browser.screen.contains(Self.noteMine), "the editor starts from mine")
        browser.press(.end)
        browser.type(" and ours")
        browser.press(.enter)

        #expect(browser.screen.contains("Merge conflict: Corp 7 · current"))
        #expect(browser.screen.contains("(none: added on both sides)"))
        #expect(browser.screen.contains("Detail · Corp 7"))
        browser.type("e")
        #expect(!browser.screen.contains("Enter keeps · Esc cancels"), "a rating is not text: no editor")
        #expect(browser.screen.contains("Merge conflict: Corp 7 · current"))
        browser.type("m")

        #expect(!browser.screen.contains("Merge conflict:"))
        #expect(browser.statusLine.contains("Every merge conflict resolved: w saves"))
        #expect(!browser.statusLine.contains("M resolves"))
        #expect(browser.statusLine.contains("[modified]"))
        browser.type("w")
        #expect(browser.statusLine.contains("Saved \(Self.stem).json"))

        let saved = try browser.register(Self.stem)
        #expect(saved.mergeConflicts.isEmpty)
        let corp4 = try #require(saved.entries.first { $0.id == "Corp 4" })
        #expect(corp4.owner == Self.ownerMine)
        let note = try #require(corp4.progress.first)
        #expect(note.id == noteID && note.text == Self.noteMine + " and ours")
        let corp7 = try #require(saved.entries.first { $0.id == "Corp 7" })
        #expect(corp7.current.likelihood == 3 && corp7.current.impact == 4 && corp7.current.score == 12)
        let fields = Set(corp4.history.map(\.field))
        #expect(fields.isSuperset(of: ["owner", "progress[\(noteID)]"]), "\(fields)")
        #expect(corp4.history.first { $0.field == "owner" }?.before == Self.ownerTheirs, "recorded against the file as it was")
        #expect(corp7.history.contains { $0.field == "current.score" && $0.before == "16" && $0.after == "12" })
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// t keeps theirs, Esc stops with the rest still recorded; u undoes the resolution, Ctrl-R
    /// redoes it; w saves the two left in the file, and M asks about them again.
    @Test func escStopsUndoTakesAResolutionBackAndTheRestStayRecorded() throws {
        var noteID = ""
        let browser = try BrowserHarness(registers: [Self.stem]) { noteID = try Self.writeConflicts(in: $0) }
        browser.waitForIdle()
        browser.type("M")
        browser.type("t")
        browser.press(.escape)
        #expect(!browser.screen.contains("Merge conflict:"))
        #expect(browser.statusLine.contains("2 merge conflicts left, recorded in the file"))
        #expect(browser.statusLine.contains("2 merge conflicts: M resolves"))

        browser.type("u")
        #expect(browser.statusLine.contains("Undone: resolving Corp 4 · owner (theirs)"))
        #expect(browser.statusLine.contains("3 merge conflicts: M resolves"))
        #expect(!browser.statusLine.contains("[modified]"))
        browser.press(.control("r"))
        #expect(browser.statusLine.contains("2 merge conflicts: M resolves"))

        browser.type("w")
        #expect(browser.statusLine.contains("Saved \(Self.stem).json"))
        let saved = try browser.register(Self.stem)
        let corp4UID = try #require(saved.entries.first { $0.id == "Corp 4" }?.uid)
        let corp7UID = try #require(saved.entries.first { $0.id == "Corp 7" }?.uid)
        let left: [MergeConflict.Location] = [.item(entry: corp4UID, list: "progress", item: noteID),
                                              .field(entry: corp7UID, key: "current")]
        #expect(saved.mergeConflicts.map(\.location) == left)
        #expect(saved.entries.first { $0.id == "Corp 4" }?.owner == Self.ownerTheirs)

        browser.type("M")
        #expect(browser.screen.contains("Merge conflict: Corp 4 · progress item \(noteID)"))
        #expect(browser.statusLine.contains("(2 left)"))
        browser.press(.escape)
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// q with conflicts resolved but not saved asks to save; d discards: the file keeps all three.
    @Test func quittingWithResolutionsUnsavedAsksAndDiscardKeepsTheFile() throws {
        let browser = try BrowserHarness(registers: [Self.stem]) { _ = try Self.writeConflicts(in: $0) }
        browser.waitForIdle()
        let file = browser.directory.appendingPathComponent(Self.stem + ".json")
        let before = try Data(contentsOf: file)
        browser.type("Mmtm")
        #expect(browser.statusLine.contains("Every merge conflict resolved"))
        browser.type("q")
        #expect(browser.statusLine.contains("Save changes to \(Self.stem).json?"))
        browser.type("d")
        #expect(try browser.exitStatus() == 0)
        #expect(try Data(contentsOf: file) == before)
    }

    /// M on a register recording no conflicts says so and opens nothing.
    @Test func aRegisterWithoutConflictsSaysSo() throws {
        let browser = try BrowserHarness(registers: [Self.stem])
        browser.waitForIdle()
        #expect(!browser.statusLine.contains("merge conflict"))
        browser.type("M")
        #expect(browser.statusLine.contains("No merge conflicts recorded in this register"))
        #expect(!browser.screen.contains("Merge conflict:"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }
}

