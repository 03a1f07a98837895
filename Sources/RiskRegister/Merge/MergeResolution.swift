/// Resolving a conflict a merge recorded in a register (`Register.mergeConflicts`): the value
/// chosen (mine, theirs or one edited) written at the conflict's location, and the conflict
/// removed. Works on the register's JSON form, as the merge does, so keys this version does not
/// know stay as they are.
public enum MergeResolution {
    /// Why a value could not be applied.
    public enum Failure: Error, Equatable, Sendable {
        /// The register has no recorded conflict at that index.
        case noSuchConflict(Int)
        /// The register with the value applied does not decode: the messages say why.
        case invalid([String])
    }

    /// The register with `value` at `location` (nil removes what is there: a field, an item or
    /// a whole entry); its recorded conflicts are kept.
    public static func applying(_ value: JSONValue?, at location: MergeConflict.Location,
                                to register: Register) -> Result<Register, Failure> {
        let json = setting(value, at: location, in: RegisterEncoder.encode(register))
        return RegisterDecoder.decode(json).mapError { .invalid($0.problems.map(\.description)) }
    }

    /// The register with its recorded conflict at `index` resolved to `value` (usually the
    /// conflict's `mine` or `theirs`) and removed from `mergeConflicts`.
    public static func resolving(_ index: Int, of register: Register, with value: JSONValue?) -> Result<Register, Failure> {
        guard register.mergeConflicts.indices.contains(index) else { return .failure(.noSuchConflict(index)) }
        var conflicts = register.mergeConflicts
        let conflict = conflicts.remove(at: index)
        return applying(value, at: conflict.location, to: register).map { resolved in
            var resolved = resolved
            resolved.mergeConflicts = conflicts
            return resolved
        }
    }

    /// `register` (a register's JSON form) with `value` at `location`; nil removes it.
    static func setting(_ value: JSONValue?, at location: MergeConflict.Location, in register: JSONValue) -> JSONValue {
        guard case .object(var members) = register else { return register }
        let elements = RegisterMerge.elements
        let string = RegisterMerge.string
        switch location {
        case .register(let key):
            members[key] = value
        case .entry(let id):
            var entries = elements(members["entries"])
            if let position = entryPosition(of: id, in: entries) {
                if let value { entries[position] = value } else { entries.remove(at: position) }
            } else if let value {
                entries.append(value)
            }
            members["entries"] = .array(entries)
        case .field(let id, let key):
            var entries = elements(members["entries"])
            if let position = entryPosition(of: id, in: entries), case .object(var fields) = entries[position] {
                fields[key] = value
                entries[position] = .object(fields)
            }
            members["entries"] = .array(entries)
        case .item(let id, let list, let itemID):
            var entries = elements(members["entries"])
            if let position = entryPosition(of: id, in: entries), case .object(var fields) = entries[position] {
                var items = elements(fields[list])
                if let position = items.firstIndex(where: { string($0, "id") == itemID }) {
                    if let value { items[position] = value } else { items.remove(at: position) }
                } else if let value {
                    items.append(value)
                }
                fields[list] = .array(items)
                entries[position] = .object(fields)
            }
            members["entries"] = .array(entries)
        }
        return .object(members)
    }

    /// Where the entry a conflict names stands: by identity, else (a conflict recorded before
    /// entries had identities) by printed id.
    static func entryPosition(of entry: String, in entries: [JSONValue]) -> Int? {
        entries.firstIndex { RegisterMerge.string($0, "uid") == entry }
            ?? entries.firstIndex { RegisterMerge.string($0, "id") == entry }
    }
}
