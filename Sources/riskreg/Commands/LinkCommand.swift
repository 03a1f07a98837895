import ArgumentParser
import RegisterCommands
import RiskRegister

/// `riskreg link ID REGISTER TARGET`: a typed link from an entry to an entry of another register,
/// by identity (`LinkEdit`): a directorate risk escalated to the corporate register, or one of
/// the risks a corporate risk rolls up.
struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link an entry to an entry of another register (escalated to, rolls up into).",
        discussion: """
        The link names the other entry's identity (its uid), so it survives a renumbering and \
        follows the risk into later quarters; it is stored on the entry given first and shown on \
        both (the other side reads "escalated from" or "rolled up from"). --remove takes it away. \
        Saved atomically with the change in the entry's history. Bad input exits 2 and writes \
        nothing; a refused save exits 1.
        """
    )

    @OptionGroup var options: ScriptEditOptions

    @Argument(help: "The other register: file stem (lcc-2021-22-q4), file name or period.")
    var targetRegister: String

    @Argument(help: "The other entry's id as printed (\"Corp 4\").")
    var targetID: String

    @Option(name: .long, help: "escalated-to (default) or rolls-up-into.")
    var type: String = EntryLink.Kind.escalatedTo.rawValue

    @Flag(name: .long, help: "Remove the link instead of adding it.")
    var remove = false

    func run() throws {
        let kind = try LinkEdit.kind(type)
        let target = try CommandFailure.asBadInput { try RegisterPicker(data: options.data, name: targetRegister).pick() }
        try options.edit.run(LinkEdit(kind: kind, target: target, targetID: targetID, remove: remove), json: options.json)
    }
}
