import RegisterUI

/// What the browser loop needs of a terminal: its size and abilities, a frame drawn, the input
/// read as events, the signals that stop or suspend it, and leaving the screen for a while. The
/// executable's curses terminal is one; tests drive the loop with one that records frames.
public protocol TerminalDevice: AnyObject {
    /// What the terminal can show.
    var capabilities: TerminalCapabilities { get }
    /// The size now.
    var size: Size { get }
    /// Names the data directory in the line printed if the process crashes.
    func setCrashLine(recoveryDirectory: String)
    /// Draws a frame.
    func flush(_ screen: Screen)
    /// Every input already waiting, or else what comes within `milliseconds` or until one of
    /// `wakeDescriptors` becomes readable (background work reported back, a file in the data
    /// directory changed); `closed` when the input has ended. `idle` says that no background work is queued or running and no outcome waits
    /// to be taken: the frame on screen is the whole truth until more input comes.
    func readEvents(waitingAtMost milliseconds: Int32, wakeDescriptors: [Int32], idle: Bool) -> (events: [Event], closed: Bool)
    /// The signal that asked the process to stop since the last call (SIGTERM, SIGHUP…), or 0.
    func takeStopSignal() -> Int32
    /// True when the user asked to suspend (Ctrl-Z) since the last call.
    func takeSuspend() -> Bool
    /// Leaves the screen, stops the process for the shell, and takes the screen back.
    func suspendForShell()
    /// Runs `body` (an external editor) with the screen given back to the shell meanwhile.
    func suspended<T>(_ body: () -> T) -> T
}
