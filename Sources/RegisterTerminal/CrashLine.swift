/// The line printed to standard error when the program dies of a fatal error: where the unsaved
/// work is, and how a developer gets a backtrace.
enum CrashLine {
    /// The line, naming the directory of the recovery files once it is known.
    static func text(recoveryDirectory: String?) -> String {
        let place = recoveryDirectory.map { "recovery files (.NAME.USER.recovery.json) in \($0)" } ?? "recovery files"
        return "\r\nriskreg: stopped by a fatal error. Edits made until a second before are kept in \(place) "
            + "and offered at the next start. (RISKREG_BACKTRACE=1 lets the Swift runtime print a backtrace.)\r\n"
    }
}
