import Foundation
import Testing

/// Every test of the repository runs under a time limit, so a regression that hangs (a lock never
/// released, a wait for a screen that never comes) fails its test instead of stopping the run:
/// each file with a `@Test` states `.timeLimit` on its suite or its tests.
@Suite(.timeLimit(.minutes(15)))
struct TestTimeLimitTests {
    @Test func everyFileOfTestsStatesATimeLimit() throws {
        let tests = Binary.root.appendingPathComponent("Tests")
        let files = try #require(FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        var withTests = 0
        var missing: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            guard text.contains("@Test") else { continue }
            withTests += 1
            if !text.contains(".timeLimit(") { missing.append(file.lastPathComponent) }
        }
        try #require(withTests > 100, "found only \(withTests) files of tests under \(tests.path)")
        #expect(missing == [], "these files have tests without a time limit")
    }
}
