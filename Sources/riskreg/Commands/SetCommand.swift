import ArgumentParser
import RiskRegister

/// `riskreg set ID FIELD VALUE`: one text field of an entry (`EntryTextField`), with the browser's
/// rules for it.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set one text field of an entry.",
        discussion: """
        Fields: \(EntryTextField.allCases.map(\.rawValue).joined(separator: ", ")). An empty value \
        removes an optional field; a title and an id cannot be empty; an id is refused when another \
        entry has it; direction is the printed words (the trend is kept); confidence is four of g, a, \
        r or - ("g a - r"); kind is risk or opportunity. Saved atomically with the change in the \
        entry's history.
        """
    )

    @OptionGroup var options: ScriptEditOptions

    @Argument(help: "The field: \(EntryTextField.allCases.map(\.rawValue).joined(separator: ", ")).")
    var field: String

    @Argument(help: "The new value (\"\" removes an optional field).")
    var value: String

    func run() throws {
        guard let field = EntryTextField.allCases.first(where: { $0.rawValue.lowercased() == self.field.lowercased() }) else {
            throw CommandFailure("no field \(SafeText.quoted(self.field, limit: 40)); fields: "
                                 + EntryTextField.allCases.map(\.rawValue).joined(separator: ", "), code: CommandFailure.badInput)
        }
        let value = value
        try options.edit.run(json: options.json) { _, index, register throws(EditRefusal) in
            try field.applying(value, toEntryAt: index, of: register)
        } describe: { before, after in
            "\(field.rawValue) \(Self.shown(field.text(of: before))) → \(Self.shown(field.text(of: after)))"
        }
    }

    private static func shown(_ text: String) -> String {
        text.isEmpty ? "(none)" : SafeText.quoted(text, limit: 60)
    }
}
