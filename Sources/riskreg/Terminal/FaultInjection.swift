import Foundation

/// A test hook to simulate a crash in the middle of a save: with `RISKREG_FAULT_PAUSE_BEFORE_RENAME`
/// set to a path, a save creates that file once its temporary file is complete and then waits
/// (up to a minute, or until the test removes that file) before the rename, so that a test can kill
/// the process at that moment, or change the register under it and let the save go on.
///
/// With `RISKREG_FAULT_HOLD_LOADS` set to a path, loading a register waits (up to a minute) while
/// that file exists, so that a test can press keys while a register is still loading.
enum FaultInjection {
    static let pauseKey = "RISKREG_FAULT_PAUSE_BEFORE_RENAME"
    static let holdLoadsKey = "RISKREG_FAULT_HOLD_LOADS"

    /// Waits while the hold file named by the environment exists.
    static func holdLoad(_ environment: [String: String]) {
        guard let marker = environment[holdLoadsKey], !marker.isEmpty else { return }
        for _ in 0..<600 where FileManager.default.fileExists(atPath: marker) { usleep(100_000) }
    }

    static func beforeRename(_ environment: [String: String]) -> () -> Void {
        guard let marker = environment[pauseKey], !marker.isEmpty else { return {} }
        return {
            _ = FileManager.default.createFile(atPath: marker, contents: Data())
            for _ in 0..<600 where FileManager.default.fileExists(atPath: marker) { usleep(100_000) }
        }
    }
}
