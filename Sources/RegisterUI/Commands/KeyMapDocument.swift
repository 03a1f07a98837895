/// docs/keys.md, written from the command table so that the document cannot drift from the keys.
public enum KeyMapDocument {
    /// The document's Markdown.
    public static func markdown() -> String {
        var text = """
        # Keys

        The keys of the browser (`riskreg` with no subcommand). This file is generated from the command
        table in `Sources/RegisterUI/Commands/CommandTable.swift`, which also drives key handling, the `?`
        help and the hint bar; a test fails when the two disagree. To regenerate it after changing the
        table: `RISKREG_RECORD_GOLDEN=1 swift test --filter RegisterUITests`.

        The focused pane's keys are tried first, then the keys that work everywhere. While the help, the
        register picker or the search prompt is open, only its own keys work; in the search prompt every
        other printable key is typed.

        """
        for context in CommandContext.allCases {
            text += "\n## \(context.title)\n\n| Key | Command | What it does |\n|---|---|---|\n"
            for command in CommandTable.commands(in: context) {
                let keys = command.keys.map { "`\($0.name)`" }.joined(separator: ", ")
                text += "| \(keys) | \(command.name) | \(command.help) |\n"
            }
        }
        text += "\n## Mouse\n\n"
        for (gesture, help) in HelpText.mouse {
            text += "- \(gesture): \(help)\n"
        }
        return text
    }
}
