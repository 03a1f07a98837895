import OrderedCollections
import RiskRegister

/// `riskreg diff --json`: a register diff's changes for scripts.
public enum RegisterDiffJSON {
    /// `[{"entry", "field", "change", "before", "after"}]`, null where a change has no such part.
    public static func value(_ diff: RegisterDiff) -> JSONValue {
        .array(diff.changes.map { change in
            var object: OrderedDictionary<String, JSONValue> = [:]
            object["entry"] = change.entry.map(JSONValue.string) ?? .null
            object["field"] = change.field.map(JSONValue.string) ?? .null
            object["change"] = .string(change.kind.rawValue)
            object["before"] = change.before.map(JSONValue.string) ?? .null
            object["after"] = change.after.map(JSONValue.string) ?? .null
            return .object(object)
        })
    }
}
