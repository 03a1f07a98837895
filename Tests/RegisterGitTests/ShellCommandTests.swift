import RegisterGit
import Testing

/// Command lines in messages as a person types them, and the quoting of git-setup's drivers.
@Suite(.timeLimit(.minutes(15)))
struct ShellCommandTests {
    @Test func plainWordsStayAndOthersAreSingleQuoted() {
        #expect(ShellCommand.word("Data/lcc-2021-22-q3.json") == "Data/lcc-2021-22-q3.json")
        #expect(ShellCommand.word("") == "''")
        #expect(ShellCommand.word("a b") == "'a b'")
        #expect(ShellCommand.word("it's") == "'it'\\''s'")
        #expect(ShellCommand.word("$(rm -rf ~)") == "'$(rm -rf ~)'")
        #expect(ShellCommand.word("café") == "'café'")
        #expect(ShellCommand.line(["riskreg", "--register", "Corp 4"]) == "riskreg --register 'Corp 4'")
    }

    @Test func quotedAlwaysQuotes() {
        #expect(ShellCommand.quoted("/usr/bin/riskreg") == "'/usr/bin/riskreg'")
        #expect(ShellCommand.quoted("/o'brien/riskreg") == "'/o'\\''brien/riskreg'")
    }
}
