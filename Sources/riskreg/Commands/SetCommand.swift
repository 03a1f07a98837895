import ArgumentParser
import RegisterCommands
import RiskRegister

/// `riskreg set ID FIELD VALUE`: one text field of an entry (`EntryTextField`), with the browser's
/// rules for it.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set one text field of an entry.",
        usage: "riskreg set [<options>] <id> <field> [--] <value>",
        discussion: """
        Fields: \(EntryTextField.allCases.map(\.rawValue).joined(separator: ", ")). An empty value \
        removes an optional field; a title and an id cannot be empty; an id is refused when another \
        entry has it; direction is the printed words (the trend is kept); confidence is four of g, a, \
        r or - ("g a - r"); kind is risk or opportunity. Saved atomically with the change in the \
        entry's history. The value is one argument (quote it) and may start with "-"; a one-word \
        value shaped like an option ("-x") is refused, nothing saved, unless it follows --: \
        riskreg set "Corp 4" owner -- "-x".
        """
    )

    @OptionGroup var options: ScriptEditOptions

    @Argument(help: "The field: \(EntryTextField.allCases.map(\.rawValue).joined(separator: ", ")).")
    var field: String

    /// The new value: what the options, the id and the field leave, so that a value starting with
    /// "-" is taken as the value (`ScriptText`).
    @Argument(parsing: .allUnrecognized,
              help: ArgumentHelp("The new value, one argument; it may start with \"-\" (\"\" removes an optional field).", valueName: "value"))
    var words: [String] = []

    /// The value as given: a usage error (status 64) when there is none or more than one.
    private var given: ScriptText {
        get throws { try ScriptText.parsing(words, name: "value", example: "Director of Care") }
    }

    func validate() throws {
        _ = try given
    }

    func run() throws {
        try options.edit.run(FieldEdit(field: field, value: given.checked(command: ["set", options.id, field])), json: options.json)
    }
}
