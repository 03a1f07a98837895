import RegisterGit
import Testing

/// The messages riskreg prints for git failures ("riskreg: error: " then these), and which are
/// bad input (exit 2) rather than git failing (exit 1).
@Suite(.timeLimit(.minutes(15)))
struct GitErrorTests {
    @Test func messagesAndStatuses() {
        let cases: [(GitError, String, Bool)] = [
            (.cannotRun(reason: "no such file"), "cannot run git: no such file (is git installed and on PATH?)", false),
            (.noDirectory(path: "/d"), "no data directory /d", true),
            (.notInWorkTree(path: "/d"),
             "/d is not inside a git work tree: run `git init` there, or clone the team's repository, first", true),
            (.configFailed(key: "merge.riskreg.driver", errors: "locked"), "git config merge.riskreg.driver failed: locked", false),
            (.cannotRead(path: "/d/.gitattributes", reason: "denied"), "cannot read /d/.gitattributes: denied", false),
            (.cannotWrite(path: "/d/.gitattributes", reason: "denied"), "cannot write /d/.gitattributes: denied", false),
            (.logFailed(file: "a.json", message: "bad"), "git log of a.json failed: bad", false),
        ]
        for (error, message, badInput) in cases {
            #expect(error.message == message)
            #expect(error.description == message)
            #expect(error.isBadInput == badInput, "\(error)")
        }
    }

    @Test func gitsMessageIsItsFirstLineWithoutFatal() {
        #expect(GitResult(status: 128, output: "", errors: "fatal: not a git repository\nmore\n").message == "not a git repository")
        #expect(GitResult(status: 1, output: "On branch main\nnothing to commit\n", errors: "").message == "On branch main")
        #expect(GitResult(status: 1, output: "", errors: "").message == "git exited with status 1")
    }
}
