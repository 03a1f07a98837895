@testable import RegisterTerminal
import Testing

/// The line a fatal error prints.
@Suite(.timeLimit(.minutes(15)))
struct CrashLineTests {
    @Test func itNamesTheRecoveryFilesAndTheirDirectoryOnceKnown() {
        let known = CrashLine.text(recoveryDirectory: "/srv/risks")
        #expect(known.hasPrefix("\r\nriskreg: stopped by a fatal error."))
        #expect(known.contains("kept in recovery files (.NAME.USER.recovery.json) in /srv/risks and offered at the next start"))
        #expect(known.hasSuffix("backtrace.)\r\n"))
        let unknown = CrashLine.text(recoveryDirectory: nil)
        #expect(unknown.contains("kept in recovery files and offered"))
        #expect(!unknown.contains(".recovery.json"))
    }
}
