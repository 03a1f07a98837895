import ArgumentParser
import RegisterRuntime
import RiskRegister

/// `riskreg note ID TEXT`: a dated progress note at the top of an entry's progress, as `p` adds
/// one in the browser.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a progress note, dated today and signed by the author, at the top of an entry's progress.",
        discussion: """
        The author is $RISKREG_AUTHOR, else the login name. The register is saved atomically with \
        the change in the entry's history, and not at all if the file changed since it was read.
        """
    )

    @OptionGroup var options: ScriptEditOptions

    @Argument(help: "The note's text.")
    var text: String

    func run() throws {
        let edit = options.edit
        let author = edit.author
        let today = UserIdentity.today()
        try edit.run(json: options.json) { entry, _, _ throws(EditRefusal) in
            try ProgressNote.adding(text, to: entry, date: today, author: author)
        } describe: { _, after in
            "progress note added (\(today), \(author)): \(SafeText.quoted(after.progress.first?.text ?? "", limit: 60))"
        }
    }
}
