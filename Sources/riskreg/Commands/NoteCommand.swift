import ArgumentParser
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

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Flag(name: .long, help: "Print the changed entry as JSON.")
    var json = false

    @Flag(name: .long, help: "Commit the saved register to git (the data directory's repository), as the browser's --commit does; `git config riskreg.commit true` asks for it too.")
    var commit = false

    @Argument(help: "The entry id as printed (\"Corp 4\"); case and spaces are ignored when unambiguous.")
    var id: String

    @Argument(help: "The note's text.")
    var text: String

    func run() throws {
        let edit = ScriptEdit(data: data, registerOption: registerOption, id: id, commit: commit)
        let author = edit.author
        let today = UserIdentity.today()
        try edit.run(json: json) { entry, _, _ throws(EditRefusal) in
            try ProgressNote.adding(text, to: entry, date: today, author: author)
        } describe: { _, after in
            "progress note added (\(today), \(author)): \(SafeText.quoted(after.progress.first?.text ?? "", limit: 60))"
        }
    }
}
