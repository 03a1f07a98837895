import RegisterGit
import RiskRegister

/// The one free-text argument of `note` (the note) and `set` (the value), read so that a text
/// starting with "-" is taken as the text: officers paste bullets ("-Met with health partners",
/// "- Met partners"), and a plain `@Argument` read those as options (the first printed the help,
/// because of its "h", and saved nothing; the second was refused as an unknown option). The
/// commands collect what riskreg's own options and the id do not use (`.allUnrecognized`), and
/// this makes one text of it:
/// - one argument is the text, whatever it starts with, unless it is shaped like an option
///   (`--comit`, `-x`: a dash or two, a letter, then letters, digits or dashes, no space) and no
///   `--` was given: then riskreg cannot tell a mistyped option from a one-word text, so it
///   refuses (status 2, nothing saved) and prints the command with `--` before the text;
/// - after `--` everything is text (`riskreg note "Corp 4" -- "-text"`), as for any command;
/// - no text, or more than one argument, is a usage mistake (the argument parser's status 64)
///   saying how to quote it.
public struct ScriptText {
    /// The text.
    public let text: String
    /// True when `--` was given, so that the text is taken as it is even when shaped like an option.
    public let literal: Bool

    /// The text among `captured` (the `.allUnrecognized` argument's values, in order); `name` is
    /// the argument's name in messages ("text", "value"), `example` a text quoted in them.
    /// `commandLine` is the process's arguments, read only for whether `--` was given: the parser
    /// keeps the `--` among the captured values when it comes after the id, and drops it when it
    /// comes before.
    public init(captured: [String], name: String, example: String, commandLine: [String]) throws(UsageMistake) {
        var values = captured[...]
        let terminated = values.first == "--"
        if terminated { values = values.dropFirst() }
        let literal = terminated || commandLine.dropFirst().contains("--")
        guard let text = values.first else {
            throw UsageMistake("Missing expected argument '<\(name)>'")
        }
        guard values.count == 1 else {
            let extra = values.dropFirst()
            if literal {
                throw UsageMistake("after -- every argument is the \(name), and there is one: quote it as one argument "
                                      + "and put options such as --data before the --")
            }
            if let option = values.first(where: Self.looksLikeOption) {
                throw UsageMistake("Unknown option '\(option)' (a \(name) that starts with \"-\" goes after --, "
                                      + "quoted as one argument)")
            }
            throw UsageMistake("Unexpected argument\(extra.count == 1 ? "" : "s") "
                                  + extra.map { "'\($0)'" }.joined(separator: ", ")
                                  + ": the \(name) is one argument, so quote it (\"\(example)\")")
        }
        self.text = text
        self.literal = literal
    }

    /// The text, refused (status 2, nothing saved) when it is shaped like an option and no `--`
    /// was given; `command` is the command and arguments before the text (`["note", "Corp 4"]`),
    /// for the message's example.
    public func checked(command: [String]) throws(CommandFailure) -> String {
        guard literal || !Self.looksLikeOption(text) else {
            let example = ShellCommand.line(["riskreg"] + command + ["--", text])
            throw CommandFailure("\(SafeText.quoted(text, limit: 40)) looks like an option riskreg \(command.first ?? "") "
                                 + "does not have, so nothing was saved; if it is the text, put -- before it "
                                 + "(and any options before the --): \(example)", code: CommandFailure.badInput)
        }
        return text
    }

    /// True for an argument shaped like an option: "-x", "-abc", "--name", "--name=value" (a dash
    /// or two, an ASCII letter, then ASCII letters, digits or dashes up to an optional "=").
    public static func looksLikeOption(_ argument: String) -> Bool {
        guard argument.hasPrefix("-") else { return false }
        let name = argument.dropFirst(argument.hasPrefix("--") ? 2 : 1).prefix { $0 != "=" }
        guard let first = name.first, first.isASCII, first.isLetter else { return false }
        return name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
    }
}
