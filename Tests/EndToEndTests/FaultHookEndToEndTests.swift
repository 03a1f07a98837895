import Foundation
import Testing

/// The test hooks (`RISKREG_FAULT_PAUSE_BEFORE_RENAME`, `RISKREG_FAULT_HOLD_LOADS`) are compiled out
/// of the release build users make (`swift build -c release`): nothing in it reads them, and a save
/// given the pause goes straight through. (The tests that use the hooks run the debug build; see
/// `Binary.executable`.)
@Suite(.timeLimit(.minutes(20))) struct FaultHookEndToEndTests {
    @Test func theReleaseBuildUsersMakeHoldsNoFaultHook() throws {
        let binary = try Data(contentsOf: try Binary.releaseBuild())
        for name in ["RISKREG_FAULT_PAUSE_BEFORE_RENAME", "RISKREG_FAULT_HOLD_LOADS"] {
            #expect(binary.range(of: Data(name.utf8)) == nil, "the release binary reads \(name)")
        }
    }

    @Test func aSaveOfTheReleaseBuildUsersMakeDoesNotPauseWhenAskedTo() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let marker = data.appendingPathComponent("paused")
        // A build with the hook would pause for a minute: `timeout` ends it after 20 seconds (124).
        let result = try Spawn.run(["env", "-i", "PATH=/usr/bin:/bin", "HOME=\(NSTemporaryDirectory())", "LANG=C.UTF-8",
                                    "RISKREG_AUTHOR=Hook Tester", "RISKREG_FAULT_PAUSE_BEFORE_RENAME=\(marker.path)",
                                    "timeout", "20", try Binary.releaseBuild().path,
                                    "note", "Corp 4", "Saved without a pause", "--data", data.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(!FileManager.default.fileExists(atPath: marker.path), "the save never reached a hook")
        #expect(try String(contentsOf: data.appendingPathComponent("lcc-2021-22-q4.json"), encoding: .utf8)
                    .contains("Saved without a pause"))
    }
}
