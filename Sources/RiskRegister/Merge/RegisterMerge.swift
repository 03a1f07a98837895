import OrderedCollections

/// The three-way merge of a register by entry and field: base is what my edits started from,
/// theirs is the file as someone saved it since, mine is my edits. A change made on one side
/// only is taken; changes to different entries, fields or list items combine; the same place
/// changed differently on both sides is a conflict, left at their value until resolved, with the
/// base value recorded beside both sides'. Entries match by identity (`uid`), so a renumbering is
/// a change of one field; list items by their item id; both sides' history is kept. Two entries
/// added on both sides under one identity with different contents (two people typing a new risk
/// into the JSON without one) are both kept, never one dropped.
///
/// The merge works on the file's JSON form, so keys this version does not know merge too.
public struct RegisterMerge: Equatable, Sendable {
    /// The merged register as JSON, with their value wherever there is a conflict.
    public private(set) var merged: JSONValue
    /// The places both sides changed differently, in file order.
    public let conflicts: [MergeConflict]

    /// Merges three versions of a register.
    public init(base: Register, mine: Register, theirs: Register) {
        var conflicts: [MergeConflict] = []
        merged = Self.mergeRegister(base: RegisterEncoder.encode(base), mine: RegisterEncoder.encode(mine),
                                    theirs: RegisterEncoder.encode(theirs), conflicts: &conflicts)
        self.conflicts = conflicts
    }

    /// The merged register with each conflict resolved: `keepMine[i]` true takes my value for
    /// `conflicts[i]`, false keeps theirs. Nil when the result does not decode (it always should).
    public func resolved(keepMine: [Bool]) -> Register? {
        var value = merged
        for (conflict, mine) in zip(conflicts, keepMine) where mine {
            value = MergeResolution.setting(conflict.mine, at: conflict.location, in: value)
        }
        return try? RegisterDecoder.decode(value).get()
    }

    // MARK: Register and entries

    private static func mergeRegister(base: JSONValue, mine: JSONValue, theirs: JSONValue,
                                      conflicts: inout [MergeConflict]) -> JSONValue {
        guard case .object(let b) = base, case .object(let m) = mine, case .object(var t) = theirs else { return theirs }
        for key in orderedKeys(b, m, t) where key != "entries" {
            let value = mergeValue(b[key], m[key], t[key]) { mineValue, theirValue in
                conflicts.append(MergeConflict(location: .register(key: key), base: b[key], mine: mineValue, theirs: theirValue))
            }
            t[key] = value
        }
        t["entries"] = .array(mergeEntries(base: elements(b["entries"]), mine: elements(m["entries"]),
                                           theirs: elements(t["entries"]), conflicts: &conflicts))
        return .object(t)
    }

    private static func mergeEntries(base: [JSONValue], mine: [JSONValue], theirs: [JSONValue],
                                     conflicts: inout [MergeConflict]) -> [JSONValue] {
        let uid: (JSONValue) -> String? = { string($0, "uid") }
        let mine = keepingBothAdditions(base: base, mine: mine, theirs: theirs)
        let merged = mergeKeyed(base: base, mine: mine, theirs: theirs, identity: uid) { entry, b, m, t in
            let printed = [t, m, b].lazy.compactMap { $0.flatMap { string($0, "id") } }.first
            if let b, let m, let t {
                return mergeEntry(uid: entry, printed: printed ?? entry, base: b, mine: m, theirs: t, conflicts: &conflicts)
            }
            // Added by one side, or removed by one side: a conflict when the other changed it.
            return mergeValue(b, m, t) { mineValue, theirValue in
                conflicts.append(MergeConflict(location: .entry(id: entry), entryID: printed, base: b, mine: mineValue, theirs: theirValue))
            }
        }
        return merged
    }

    /// Mine, with each entry that both sides added under one identity and filled differently given
    /// an identity of its own, so the merge keeps both.
    private static func keepingBothAdditions(base: [JSONValue], mine: [JSONValue], theirs: [JSONValue]) -> [JSONValue] {
        let baseIDs = Set(base.compactMap { string($0, "uid") })
        let theirsByID = index(theirs) { string($0, "uid") }
        var taken = baseIDs.union(theirsByID.keys).union(mine.compactMap { string($0, "uid") })
        return mine.map { entry in
            guard let uid = string(entry, "uid"), !baseIDs.contains(uid), let their = theirsByID[uid], their != entry,
                  case .object(var members) = entry else { return entry }
            var split = EntryUID.split(uid, content: CanonicalJSONWriter.text(of: entry))
            while !taken.insert(split).inserted { split = EntryUID.split(split, content: "") }
            members["uid"] = .string(split)
            return .object(members)
        }
    }

    private static let listKeys: Set<String> = ["description", "consequences", "controls", "actions", "progress"]

    private static func mergeEntry(uid id: String, printed: String, base: JSONValue, mine: JSONValue, theirs: JSONValue,
                                   conflicts: inout [MergeConflict]) -> JSONValue {
        guard case .object(let b) = base, case .object(let m) = mine, case .object(var t) = theirs else { return theirs }
        for key in orderedKeys(b, m, t) {
            if key == "history" || key == "reviews" {
                t[key] = .array(union(elements(t[key]), elements(m[key])))
                continue
            }
            if listKeys.contains(key), b[key] != m[key], b[key] != t[key], m[key] != t[key] {
                t[key] = .array(mergeKeyed(base: elements(b[key]), mine: elements(m[key]), theirs: elements(t[key]),
                                           identity: { string($0, "id") }) { item, bi, mi, ti in
                    let value = mergeValue(bi, mi, ti) { mineValue, theirValue in
                        conflicts.append(MergeConflict(location: .item(entry: id, list: key, item: item), entryID: printed,
                                                       base: bi, mine: mineValue, theirs: theirValue))
                    }
                    return value
                })
                continue
            }
            t[key] = mergeValue(b[key], m[key], t[key]) { mineValue, theirValue in
                conflicts.append(MergeConflict(location: .field(entry: id, key: key), entryID: printed, base: b[key],
                                               mine: mineValue, theirs: theirValue))
            }
        }
        return .object(t)
    }

    // MARK: Building blocks

    /// One value: the side that changed it wins; both changed alike, that; else a conflict,
    /// reported and left at their value.
    private static func mergeValue(_ base: JSONValue?, _ mine: JSONValue?, _ theirs: JSONValue?,
                                   conflict: (JSONValue?, JSONValue?) -> Void) -> JSONValue? {
        if mine == theirs || base == mine { return theirs }
        if base == theirs { return mine }
        conflict(mine, theirs)
        return theirs
    }

    /// Elements matched by identity: their order, my additions after the element they follow in
    /// mine, removals by one side when the other left the element alone; `merge` gets the three
    /// versions of every element present in at least one side and returns the merged one (nil
    /// removes it).
    private static func mergeKeyed(base: [JSONValue], mine: [JSONValue], theirs: [JSONValue],
                                   identity: (JSONValue) -> String?,
                                   merge: (String, JSONValue?, JSONValue?, JSONValue?) -> JSONValue?) -> [JSONValue] {
        let baseByID = index(base, identity)
        let mineByID = index(mine, identity)
        let theirsByID = index(theirs, identity)
        if mine.contains(where: { identity($0) == nil }) || theirs.contains(where: { identity($0) == nil }) {
            // Without identities only whole lists can be merged.
            return base == mine ? theirs : mine
        }
        var result: [(id: String, value: JSONValue)] = []
        for element in theirs {
            guard let id = identity(element) else { continue }
            let b = baseByID[id]
            let m = mineByID[id]
            if b != nil, m == nil, b == element { continue }
            if let value = merge(id, b, m, element) { result.append((id, value)) }
        }
        // My additions go after the element they follow in mine (at the start when that one is not
        // kept), in mine's order: gathered per element first, so the merge stays linear in size.
        var kept = Set(result.map(\.id))
        var anchorOf: [String: String] = [:]
        var startIDs = Set<String>()
        var atStart: [JSONValue] = []
        var after: [String: [JSONValue]] = [:]
        var previous: String?
        for element in mine {
            guard let id = identity(element) else { continue }
            defer { previous = id }
            guard theirsByID[id] == nil else { continue }
            let b = baseByID[id]
            if let b, b == element { continue }
            guard let value = merge(id, b, element, nil) else { continue }
            if let previous, kept.contains(previous), !startIDs.contains(previous) {
                let anchor = anchorOf[previous] ?? previous
                after[anchor, default: []].append(value)
                anchorOf[id] = anchor
            } else {
                atStart.append(value)
                startIDs.insert(id)
            }
            kept.insert(id)
        }
        return atStart + result.flatMap { [$0.value] + (after[$0.id] ?? []) }
    }

    private static func orderedKeys(_ objects: OrderedDictionary<String, JSONValue>...) -> [String] {
        var keys = OrderedSet<String>()
        for object in objects { keys.append(contentsOf: object.keys) }
        return Array(keys)
    }

    static func elements(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let elements)? = value { return elements }
        return []
    }

    static func string(_ value: JSONValue, _ key: String) -> String? {
        if case .object(let members) = value, case .string(let text)? = members[key] { return text }
        return nil
    }

    private static func index(_ elements: [JSONValue], _ identity: (JSONValue) -> String?) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for element in elements { if let id = identity(element), result[id] == nil { result[id] = element } }
        return result
    }

    /// Their elements, then mine that they do not have.
    private static func union(_ theirs: [JSONValue], _ mine: [JSONValue]) -> [JSONValue] {
        theirs + mine.filter { !theirs.contains($0) }
    }
}
