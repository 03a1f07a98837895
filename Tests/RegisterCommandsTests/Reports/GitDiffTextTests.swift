import Foundation
import RegisterCommands
import RiskRegister
import Testing

/// What git's external diff prints for a register.
@Suite(.timeLimit(.minutes(15)))
struct GitDiffTextTests {
    private let q3 = ShippedData.directory.appendingPathComponent("lcc-2021-22-q3.json").path
    private let q4 = ShippedData.directory.appendingPathComponent("lcc-2021-22-q4.json").path

    @Test func changesAreListedUnderTheRegistersPath() throws {
        let lines = try #require(GitDiffText.lines(path: "Data/r.json", oldFile: q3, newFile: q4))
        #expect(lines[0] == "register Data/r.json")
        #expect(lines[1] == "  register · period: “2021/22 Q3” → “2021/22 Q4”")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") })
        #expect(GitDiffText.lines(path: "Data/r.json", oldFile: q4, newFile: q4) == [])
    }

    @Test func anAddedOrRemovedRegisterIsOneLine() {
        #expect(GitDiffText.lines(path: "x", oldFile: "/dev/null", newFile: q4)
                == ["register x added: Corporate Risk & Opportunity Register (2021/22 Q4), 8 entries"])
        #expect(GitDiffText.lines(path: "x", oldFile: q3, newFile: "/dev/null")
                == ["register x removed: Corporate Risk & Opportunity Register (2021/22 Q3)"])
    }

    @Test func aSideThatIsNotARegisterIsLeftToGit() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let text = scratch.path("notes.json")
        try Data("not json".utf8).write(to: URL(fileURLWithPath: text))
        #expect(GitDiffText.lines(path: "x", oldFile: q3, newFile: text) == nil)
        #expect(GitDiffText.lines(path: "x", oldFile: "/dev/null", newFile: text) == nil)
    }
}
