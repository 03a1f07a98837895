import ArgumentParser
import RegisterCommands

extension ScriptText {
    /// The text among a command's captured `words` (`init(captured:name:example:commandLine:)`,
    /// reading this process's arguments), a mistake thrown as the argument parser's
    /// `ValidationError` (status 64, with the usage).
    static func parsing(_ words: [String], name: String, example: String) throws(ValidationError) -> ScriptText {
        do {
            return try ScriptText(captured: words, name: name, example: example, commandLine: CommandLine.arguments)
        } catch {
            throw ValidationError(error.message)
        }
    }
}
