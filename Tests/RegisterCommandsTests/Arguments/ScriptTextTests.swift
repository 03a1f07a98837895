import RegisterCommands
import Testing

/// The free text of `note` and `set`, which may start with "-".
@Suite(.timeLimit(.minutes(15)))
struct ScriptTextTests {
    private func text(_ captured: [String], commandLine: [String] = ["riskreg", "note"]) throws(UsageMistake) -> ScriptText {
        try ScriptText(captured: captured, name: "text", example: "Met the partners", commandLine: commandLine)
    }

    @Test func oneArgumentIsTheTextWhateverItStartsWith() throws {
        #expect(try text(["- Met partners"]).text == "- Met partners")
        #expect(try text(["- Met partners"]).checked(command: ["note", "Corp 4"]) == "- Met partners")
        #expect(try text(["--", "-Done"]).literal)
        #expect(try text(["-Done"], commandLine: ["riskreg", "note", "--", "Corp 4", "-Done"]).literal)
        #expect(try text(["-Done"], commandLine: ["riskreg", "note", "--", "Corp 4", "-Done"]).checked(command: ["note", "Corp 4"]) == "-Done")
    }

    @Test func aWordShapedLikeAnOptionNeedsTheDoubleDash() throws {
        let failure = #expect(throws: CommandFailure.self) { try text(["-Done"]).checked(command: ["note", "Corp 4"]) }
        #expect(failure?.message == "\"-Done\" looks like an option riskreg note does not have, so nothing was saved; if it is the text, "
                + "put -- before it (and any options before the --): riskreg note 'Corp 4' -- -Done")
        #expect(failure?.code == 2)
    }

    @Test func noTextOrSeveralArgumentsAreUsageMistakes() {
        #expect(throws: UsageMistake("Missing expected argument '<text>'")) { try text([]) }
        #expect(throws: UsageMistake("Unexpected arguments 'the', 'partners': the text is one argument, so quote it (\"Met the partners\")")) {
            try text(["Met", "the", "partners"])
        }
        #expect(throws: UsageMistake("Unknown option '--comit' (a text that starts with \"-\" goes after --, quoted as one argument)")) {
            try text(["Met", "--comit"])
        }
        #expect(throws: UsageMistake("after -- every argument is the text, and there is one: quote it as one argument "
                                     + "and put options such as --data before the --")) {
            try text(["--", "a", "b"])
        }
    }

    @Test func optionShapes() {
        #expect(["-x", "-abc", "--name", "--name=value", "--max-file-size", "-h2"].allSatisfy(ScriptText.looksLikeOption))
        #expect(!["- Met", "-", "--", "-5", "text", "-été", "--a b", "-x!"].contains(where: ScriptText.looksLikeOption))
    }
}
