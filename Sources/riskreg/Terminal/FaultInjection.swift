import Foundation

/// A test hook to simulate a crash in the middle of a save: with `RISKREG_FAULT_PAUSE_BEFORE_RENAME`
/// set to a path, a save creates that file once its temporary file is complete and then waits
/// (up to a minute) before the rename, so that a test can kill the process at that moment.
enum FaultInjection {
    static let pauseKey = "RISKREG_FAULT_PAUSE_BEFORE_RENAME"

    static func beforeRename(_ environment: [String: String]) -> () -> Void {
        guard let marker = environment[pauseKey], !marker.isEmpty else { return {} }
        return {
            FileManager.default.createFile(atPath: marker, contents: Data())
            for _ in 0..<600 { usleep(100_000) }
        }
    }
}
