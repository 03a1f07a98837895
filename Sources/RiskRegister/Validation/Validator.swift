/// Checks a register against the rules of the domain. Values are never changed: a printed
/// oddity is reported, not corrected.
public enum Validator {
    /// Every diagnostic for a register, in entry order. Entry notes come last for each entry, as notes.
    public static func validate(_ register: Register) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = register.mergeConflicts.map(conflictError)
        var first: [String: Entry] = [:]
        for entry in register.entries {
            let key = EntryIdentity.key(entry.id)
            if let earlier = first[key] {
                diagnostics.append(Diagnostic(.warning, entryID: entry.id, field: "id", duplicateID(earlier, entry)))
            } else {
                first[key] = entry
            }
            diagnostics += check(entry)
        }
        return diagnostics
    }

    /// Two entries that show the same printed id (ignoring case and spaces): both named, so a
    /// person can tell them apart and renumber one; neither is dropped.
    static func duplicateID(_ first: Entry, _ second: Entry) -> String {
        "two entries show the id \"\(first.id)\": \"\(SafeText.cut(first.title, limit: 50))\" (uid \(first.uid)) and "
            + "\"\(SafeText.cut(second.title, limit: 50))\" (uid \(second.uid)); renumber one (in the browser: I on the entry)"
    }

    /// An unresolved merge conflict recorded in the file, as an error naming both values.
    static func conflictError(_ conflict: MergeConflict) -> Diagnostic {
        let (entryID, field): (String?, String?) = switch conflict.location {
        case .register(let key): (nil, key)
        case .entry: (conflict.entryID, nil)
        case .field(_, let key): (conflict.entryID, key)
        case .item(_, let list, let item): (conflict.entryID, "\(list)[\(item)]")
        }
        func shown(_ value: JSONValue?) -> String {
            SafeText.cut(SafeText.visible(MergeConflict.describe(value)), limit: 80)
        }
        return Diagnostic(.error, entryID: entryID, field: field,
                          "unresolved merge conflict: base \"\(shown(conflict.base))\", ours \"\(shown(conflict.mine))\", theirs \"\(shown(conflict.theirs))\" (resolve it in the browser)")
    }

    /// The diagnostics for one entry.
    public static func check(_ entry: Entry) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func warn(_ field: String, _ message: String) {
            found.append(Diagnostic(.warning, entryID: entry.id, field: field, message))
        }
        if entry.owner?.trimmingWhitespace().isEmpty ?? true {
            warn("owner", "no owner")
        }
        for kind in RatingKind.allCases {
            let rating = entry.rating(kind)
            for (name, value) in [("likelihood", rating.likelihood), ("impact", rating.impact)] {
                if let value, !Scale.factorRange.contains(value) {
                    warn("\(kind.rawValue).\(name)", "\(name) \(value) is outside 1–5")
                }
            }
            if rating.isAnomalous, let score = rating.score, let likelihood = rating.likelihood, let impact = rating.impact,
               let product = rating.product {
                warn("\(kind.rawValue).score", "printed score \(score) is not likelihood × impact = \(likelihood) × \(impact) = \(product)")
            }
        }
        if let current = entry.current.score {
            for kind in [RatingKind.target, .residual] {
                guard let other = entry.rating(kind).score else { continue }
                if entry.kind == .risk, other > current {
                    warn("\(kind.rawValue).score", "\(kind.rawValue) score \(other) is above the current score \(current) for a risk")
                } else if entry.kind == .opportunity, other < current {
                    warn("\(kind.rawValue).score", "\(kind.rawValue) score \(other) is below the current score \(current) for an opportunity")
                }
            }
        }
        for note in entry.notes {
            found.append(Diagnostic(.note, entryID: entry.id, field: "notes", note))
        }
        return found
    }
}
