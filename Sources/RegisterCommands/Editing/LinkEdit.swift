import RiskRegister

/// `riskreg link`: a typed link from an entry to an entry of another register, by identity
/// (`EntryLink`), added or removed.
public struct LinkEdit: EntryChange {
    /// The link's kind.
    public let kind: EntryLink.Kind
    /// The register linked to.
    public let target: LoadedRegister
    /// The entry linked to.
    public let other: Entry
    /// True to take the link away instead of adding it.
    public let remove: Bool

    /// The kind `type` names ("escalated-to", "rolls-up-into"); fails (status 2) for another.
    public static func kind(_ type: String) throws(CommandFailure) -> EntryLink.Kind {
        guard let kind = EntryLink.Kind(rawValue: type) else {
            throw CommandFailure("no link type \(SafeText.quoted(type, limit: 40)); types: "
                                 + EntryLink.Kind.allCases.map(\.rawValue).joined(separator: ", "), code: CommandFailure.badInput)
        }
        return kind
    }

    /// A link of `kind` to the entry `targetID` finds in `target`, added or taken away (`remove`);
    /// fails (status 2) when no entry is found.
    public init(kind: EntryLink.Kind, target: LoadedRegister, targetID: String, remove: Bool) throws(CommandFailure) {
        self.kind = kind
        self.target = target
        self.remove = remove
        other = try EntryLookup.require(targetID, in: target)
    }

    /// The entry with the link added (unchanged when it has it already), or taken away; refused
    /// for a link to itself, or taking away a link it does not have.
    public func apply(to entry: Entry, at index: Int, of register: Register) throws(EditRefusal) -> Entry {
        let link = EntryLink(kind: kind, uid: other.uid, register: target.stem, id: other.id)
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
    }

    /// "escalated to Corp 4 of lcc-2021-22-q4", "no longer …" when taken away.
    public func describe(before: Entry, after: Entry) -> String {
        "\(remove ? "no longer " : "")\(kind.phrase) \(other.id) of \(target.stem)"
    }
}
