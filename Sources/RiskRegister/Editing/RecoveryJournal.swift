import OrderedCollections

/// The unsaved edits of a register as what changed since its base, entry by entry, as vim's swap
/// file holds changes rather than the file: the register's own fields before and after, the
/// entries the edits changed or removed as they were, the entries changed or added as they are,
/// where each added entry goes, and the order of the entries only when the edits moved some. A
/// note typed into one entry of a register of 10,000 costs that entry, not the register.
///
/// Replayed onto the file the edits started from, it gives the edited register exactly; replayed
/// onto a file saved since, it gives the base and the edits as they apply there, for the
/// three-way merge (`RegisterMerge`): entries the edits did not touch are the file's own on every
/// side, so they merge to what was saved.
public struct RecoveryJournal: Equatable, Sendable {
    /// The register's fields before the edits, its entries those the edits changed or removed, as
    /// they were (base order).
    public let base: Register
    /// The register's fields with the edits, its entries those changed or added (edited order).
    public let edits: Register
    /// For each added entry (by uid), the uid of the entry before it in the edited register; nil
    /// when it comes first.
    public let placements: [String: String?]
    /// Every entry's uid in the edited order, when replaying would not give that order otherwise
    /// (the edits moved an entry); nil otherwise.
    public let order: [String]?

    /// The journal of the edits from `base` to `edited`; nil when either holds two entries with
    /// one uid (entries are told apart by uid: such a register is kept whole instead).
    public init?(from base: Register, to edited: Register) {
        var baseIndex: [String: Int] = [:]
        baseIndex.reserveCapacity(base.entries.count)
        for (index, entry) in base.entries.enumerated() {
            guard baseIndex.updateValue(index, forKey: entry.uid) == nil else { return nil }
        }
        var editedUIDs = Set<String>()
        editedUIDs.reserveCapacity(edited.entries.count)
        var changed: [Entry] = []
        var placements: [String: String?] = [:]
        var previous: String?
        for entry in edited.entries {
            guard editedUIDs.insert(entry.uid).inserted else { return nil }
            if let index = baseIndex[entry.uid] {
                if base.entries[index] != entry { changed.append(entry) }
            } else {
                changed.append(entry)
                placements[entry.uid] = previous
            }
            previous = entry.uid
        }
        let changedUIDs = Set(changed.map(\.uid))
        var before = base
        before.entries = base.entries.filter { !editedUIDs.contains($0.uid) || changedUIDs.contains($0.uid) }
        var after = edited
        after.entries = changed
        let removed = Set(before.entries.map(\.uid)).subtracting(changedUIDs)
        let replayed = Self.replayedEntries(changed, removing: removed, placements: placements, order: nil, onto: base.entries)
        let inOrder = replayed.map(\.uid) == edited.entries.map(\.uid)
        self.init(base: before, edits: after, placements: placements, order: inOrder ? nil : edited.entries.map(\.uid))
    }

    private init(base: Register, edits: Register, placements: [String: String?], order: [String]?) {
        self.base = base
        self.edits = edits
        self.placements = placements
        self.order = order
    }

    /// The uids of the entries the edits removed.
    public var removedUIDs: Set<String> {
        Set(base.entries.map(\.uid)).subtracting(edits.entries.map(\.uid))
    }

    /// The uids of the entries the edits added.
    public var addedUIDs: Set<String> {
        Set(edits.entries.map(\.uid)).subtracting(base.entries.map(\.uid))
    }

    /// The edited register, replayed onto `current`: its fields as edited, each entry the edits
    /// changed or added as edited (an added one after the entry it followed), each they removed
    /// gone, every other entry as `current` has it.
    public func edited(onto current: Register) -> Register {
        var register = edits
        register.entries = Self.replayedEntries(edits.entries, removing: removedUIDs, placements: placements, order: order,
                                                onto: current.entries)
        return register
    }

    /// The base the edits started from, as it applies to `current`: its fields as they were, each
    /// entry the edits changed or removed as it was, each they added absent, every other entry as
    /// `current` has it. Onto the file the edits started from, that file's register.
    public func base(onto current: Register) -> Register {
        var register = base
        register.entries = Self.replayedEntries(base.entries, removing: addedUIDs, placements: [:], order: nil,
                                                onto: current.entries)
        return register
    }

    /// `current` with each of `entries` in place of the one of its uid (or, when it has none, after
    /// the entry its placement names, else at the end), the uids in `removing` dropped, and then
    /// ordered as `order` when given (entries it does not name after, in their order).
    private static func replayedEntries(_ entries: [Entry], removing: Set<String>, placements: [String: String?],
                                        order: [String]?, onto current: [Entry]) -> [Entry] {
        var replacing: [String: Entry] = [:]
        for entry in entries { replacing[entry.uid] = entry }
        var result: [Entry] = []
        result.reserveCapacity(current.count + entries.count)
        var present = Set<String>()
        for entry in current where !removing.contains(entry.uid) {
            result.append(replacing[entry.uid] ?? entry)
            present.insert(entry.uid)
        }
        for entry in entries where !present.contains(entry.uid) {
            present.insert(entry.uid)
            guard let placement = placements[entry.uid] else {
                result.append(entry)
                continue
            }
            if let after = placement {
                if let index = result.firstIndex(where: { $0.uid == after }) {
                    result.insert(entry, at: index + 1)
                } else {
                    result.append(entry)
                }
            } else {
                result.insert(entry, at: 0)
            }
        }
        guard let order else { return result }
        var rank: [String: Int] = [:]
        for (position, uid) in order.enumerated() { rank[uid] = position }
        return result.enumerated().sorted { lhs, rhs in
            let left = rank[lhs.element.uid] ?? order.count + lhs.offset
            let right = rank[rhs.element.uid] ?? order.count + rhs.offset
            return left < right
        }.map(\.element)
    }

    // MARK: The file's form

    /// The journal as JSON: `{"base": {register}, "edits": {register}, "placements": {uid: uid or
    /// null}, "order": [uid]}` (`order` only when set).
    public var json: JSONValue {
        var object: OrderedDictionary<String, JSONValue> = [:]
        object["base"] = RegisterEncoder.encode(base)
        object["edits"] = RegisterEncoder.encode(edits)
        var placed: OrderedDictionary<String, JSONValue> = [:]
        for entry in edits.entries {
            guard let placement = placements[entry.uid] else { continue }
            placed[entry.uid] = placement.map(JSONValue.string) ?? .null
        }
        object["placements"] = .object(placed)
        if let order { object["order"] = .array(order.map(JSONValue.string)) }
        return .object(object)
    }

    /// A journal read from its JSON; nil when it is not one.
    public init?(json: JSONValue) {
        guard case .object(let object) = json,
              let baseValue = object["base"], case .success(let base) = RegisterDecoder.decode(baseValue),
              let editsValue = object["edits"], case .success(let edits) = RegisterDecoder.decode(editsValue),
              case .object(let placed)? = object["placements"] else { return nil }
        var placements: [String: String?] = [:]
        for (uid, value) in placed {
            switch value {
            case .string(let after): placements[uid] = .some(after)
            case .null: placements[uid] = .some(nil)
            default: return nil
            }
        }
        var order: [String]?
        if let orderValue = object["order"] {
            guard case .array(let elements) = orderValue else { return nil }
            order = []
            for element in elements {
                guard case .string(let uid) = element else { return nil }
                order?.append(uid)
            }
        }
        self.init(base: base, edits: edits, placements: placements, order: order)
    }
}
