import ArgumentParser
import RegisterCommands
import RegisterRuntime

/// `riskreg note ID TEXT`: a dated progress note at the top of an entry's progress, as `p` adds
/// one in the browser (`NoteEdit`).
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a progress note, dated today and signed by the author, at the top of an entry's progress.",
        usage: "riskreg note [<options>] <id> [--] <text>",
        discussion: """
        The author is $RISKREG_AUTHOR, else the login name. The register is saved atomically with \
        the change in the entry's history, and not at all if the file changed since it was read. \
        The text is one argument (quote it) and may start with "-", as a pasted bullet does: \
        riskreg note "Corp 4" "- Met the partners". A one-word text shaped like an option \
        ("-Done") is refused, nothing saved, unless it follows --: riskreg note "Corp 4" -- "-Done".
        """
    )

    @OptionGroup var options: ScriptEditOptions

    /// The note's text: what the options and the id leave, so that a text starting with "-" is
    /// taken as the text (`ScriptText`).
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The note's text, one argument; it may start with \"-\".", valueName: "text"))
    var words: [String] = []

    /// The text as given: a usage error (status 64) when there is none or more than one.
    private var given: ScriptText {
        get throws { try ScriptText.parsing(words, name: "text", example: "Met the partners; plan agreed") }
    }

    func validate() throws {
        _ = try given
    }

    func run() throws {
        let text = try given.checked(command: ["note", options.id])
        let edit = options.edit
        try edit.run(NoteEdit(text, date: UserIdentity.today(), author: edit.author), json: options.json)
    }
}
