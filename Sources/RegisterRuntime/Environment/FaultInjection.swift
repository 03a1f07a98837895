import Foundation

#if DEBUG || RISKREG_FAULT_HOOKS
/// Test hooks, compiled only into debug builds and builds made with `-Xswiftc -DRISKREG_FAULT_HOOKS`
/// (the reliability harnesses'); the release build users run has none and ignores the variables.
///
/// With `RISKREG_FAULT_PAUSE_BEFORE_RENAME` set to a path, a save creates that file once its
/// temporary file is complete and then waits (up to a minute, or until the test removes that file)
/// before the rename, so that a test can kill the process at that moment, or change the register
/// under it and let the save go on.
///
/// With `RISKREG_FAULT_HOLD_LOADS` set to a path, loading a register waits (up to a minute) while
/// that file exists, so that a test can press keys while a register is still loading.
public enum FaultInjection {
    public static let pauseKey = "RISKREG_FAULT_PAUSE_BEFORE_RENAME"
    public static let holdLoadsKey = "RISKREG_FAULT_HOLD_LOADS"

    /// Waits while the hold file named by the environment exists.
    public static func holdLoad(_ environment: [String: String]) {
        guard let marker = environment[holdLoadsKey], !marker.isEmpty else { return }
        for _ in 0..<600 where FileManager.default.fileExists(atPath: marker) { usleep(100_000) }
    }

    /// What a save does just before its rename: pause there, when the environment asks.
    public static func beforeRename(_ environment: [String: String]) -> () -> Void {
        guard let marker = environment[pauseKey], !marker.isEmpty else { return {} }
        return {
            _ = FileManager.default.createFile(atPath: marker, contents: Data())
            for _ in 0..<600 where FileManager.default.fileExists(atPath: marker) { usleep(100_000) }
        }
    }
}
#else
/// The test hooks of debug builds (see the debug build's `FaultInjection`), compiled out: this
/// release build ignores `RISKREG_FAULT_PAUSE_BEFORE_RENAME` and `RISKREG_FAULT_HOLD_LOADS`.
public enum FaultInjection {
    /// Nothing: loads are never held.
    public static func holdLoad(_ environment: [String: String]) {}

    /// Nothing: saves never pause.
    public static func beforeRename(_ environment: [String: String]) -> () -> Void { {} }
}
#endif
