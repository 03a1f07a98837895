import RegisterCommands
import RegisterGit
import RegisterInterchange
import Testing

/// Failures as messages and exit statuses.
@Suite(.timeLimit(.minutes(15)))
struct CommandFailureTests {
    @Test func asBadInputTurnsAFailuresStatusToTwo() {
        let failure = #expect(throws: CommandFailure.self) {
            try CommandFailure.asBadInput { () throws -> Int in throw CommandFailure("no register named \"x\"") }
        }
        #expect(failure?.message == "no register named \"x\"")
        #expect(failure?.code == 2)
        #expect((try? CommandFailure.asBadInput { 7 }) == 7)
    }

    @Test func interchangeAndGitErrorsBecomeFailuresWithTheirStatus() {
        let refused = CommandFailure(InterchangeError("a.csv: row 2: bad", isBadInput: true))
        #expect(refused?.message == "a.csv: row 2: bad")
        #expect(refused?.code == 2)
        #expect(CommandFailure(InterchangeError("cannot write", isBadInput: false))?.code == 1)
        let outside = GitError.notInWorkTree(path: "/srv/data")
        #expect(CommandFailure(outside)?.message == outside.message)
        #expect(CommandFailure(outside)?.code == 2)
        #expect(CommandFailure(GitError.cannotRun(reason: "no git"))?.code == 1)
        #expect(CommandFailure(CommandFailure("as it is", code: 5))?.code == 5)
    }

    @Test func otherErrorsAreLeftToTheArgumentParser() {
        struct Other: Error {}
        #expect(CommandFailure(Other()) == nil)
    }
}
