import RiskRegister

/// The newest shipped register as git's merge driver leaves it after two people changed the same
/// places: Corp 4's owner and a progress note of Corp 4 (recorded as now, by Corp 4's identity, with
/// the common ancestor's value), and Corp 7's current rating (recorded as a file written before
/// entries had identities names it: by printed id, without the ancestor's value); each with both
/// values (the file keeps theirs until resolved).
enum ConflictedRegister {
    static let ownerBase = "Adult Social Care in conjunction with CMT and partners"
    static let ownerMine = "Director of Adult Services"
    static let ownerTheirs = "Adult Social Care leadership"
    static let noteMine = "Joint plan agreed with the ICB (mine)"
    static let noteTheirs = "Joint plan agreed with the ICB in March (theirs)"

    static func loaded(from newest: LoadedRegister) -> LoadedRegister {
        var register = newest.register
        let corp4 = register.entries.firstIndex { $0.id == "Corp 4" } ?? 0
        let corp4UID = register.entries[corp4].uid
        register.entries[corp4].owner = ownerTheirs
        let note = register.entries[corp4].progress[0]
        register.entries[corp4].progress[0].text = noteTheirs
        let encoded = RegisterEncoder.encode(register.entries[corp4])
        var theirsNote: JSONValue = .null
        if case .array(let items)? = encoded.member("progress"), let first = items.first { theirsNote = first }
        func noteValue(_ text: String) -> JSONValue {
            guard case .object(var members) = theirsNote else { return theirsNote }
            members["text"] = .string(text)
            return .object(members)
        }
        register.mergeConflicts = [
            MergeConflict(location: .field(entry: corp4UID, key: "owner"), entryID: "Corp 4", base: .string(ownerBase),
                          mine: .string(ownerMine), theirs: .string(ownerTheirs)),
            MergeConflict(location: .item(entry: corp4UID, list: "progress", item: note.id), entryID: "Corp 4",
                          base: noteValue(note.text), mine: noteValue(noteMine), theirs: theirsNote),
            MergeConflict(location: .field(entry: "Corp 7", key: "current"),
                          mine: .object(["likelihood": .number("3"), "impact": .number("4"), "score": .number("12")]),
                          theirs: RegisterEncoder.encode(register.entries.first { $0.id == "Corp 7" } ?? register.entries[0])
                            .member("current")),
        ]
        return LoadedRegister(url: newest.url, register: register, diskBytes: RegisterFile.encode(register))
    }
}

private extension JSONValue {
    func member(_ key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}
