import ArgumentParser
import RiskRegister

/// `riskreg link ID REGISTER TARGET`: a typed link from an entry to an entry of another register,
/// by identity (`EntryLink`): a directorate risk escalated to the corporate register, or one of
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
        guard let kind = EntryLink.Kind(rawValue: type) else {
            throw CommandFailure("no link type \(SafeText.quoted(type, limit: 40)); types: "
                                 + EntryLink.Kind.allCases.map(\.rawValue).joined(separator: ", "), code: CommandFailure.badInput)
        }
        let target = try CommandFailure.asBadInput { try RegisterPicker(data: options.data, name: targetRegister).pick() }
        guard let other = EntryLookup.find(targetID, in: target.register) else {
            throw CommandFailure("\(target.fileName): no entry \(SafeText.quoted(targetID, limit: 40)); entries: "
                                 + Output.idList(target.register.entries.map(\.id)), code: CommandFailure.badInput)
        }
        let link = EntryLink(kind: kind, uid: other.uid, register: target.stem, id: other.id)
        let remove = remove
        try options.edit.run(json: options.json) { entry, _, _ throws(EditRefusal) in
            var edited = entry
            if remove {
                guard edited.links.contains(where: { $0.uid == link.uid && $0.kind == kind }) else {
                    throw EditRefusal("it has no \(kind.rawValue) link to \(other.id) of \(target.stem)")
                }
                edited.links.removeAll { $0.uid == link.uid && $0.kind == kind }
            } else {
                guard entry.uid != other.uid else { throw EditRefusal("an entry cannot link to itself") }
                guard !entry.links.contains(where: { $0.uid == link.uid && $0.kind == kind }) else { return entry }
                edited.links.append(link)
            }
            return edited
        } describe: { _, _ in
            "\(remove ? "no longer " : "")\(kind.phrase) \(other.id) of \(target.stem)"
        }
    }
}
