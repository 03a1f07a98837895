/// A register as lines of words, one per value (git's textconv for registers, so that `git log -p`
/// without `--ext-diff` and `git blame` show words, not JSON): "Corp 4 · owner: “Ann”",
/// "Corp 4 · current: 16 (4 × 4)", one line per list item, history records by their number.
public enum RegisterText {
    /// The lines of a register.
    public static func lines(of register: Register) -> [String] {
        guard case .object(let members) = RegisterEncoder.encode(register) else { return [] }
        var lines: [String] = []
        for (key, value) in members where key != "entries" {
            lines.append("register · \(key): \(key == "mergeConflicts" ? RegisterDiff.count(RegisterDiff.elements(value).count, "unresolved conflict") : RegisterDiff.describe(value))")
        }
        for (id, entry) in RegisterDiff.keyed(members["entries"]) {
            guard case .object(let fields) = entry else { continue }
            lines.append("")
            for (key, value) in fields where key != "id" {
                let place = "\(id) · \(key)"
                switch key {
                case "history": lines.append("\(place): \(RegisterDiff.count(RegisterDiff.elements(value).count, "record"))")
                case _ where ["reviews", "notes", "previousIds"].contains(key) || RegisterDiff.itemLists.contains(key):
                    lines += RegisterDiff.elements(value).map { "\(place): \(RegisterDiff.describe($0))" }
                case _ where RegisterDiff.ratings.contains(key):
                    lines.append("\(place): \(RegisterDiff.describeRating(value))")
                default:
                    lines.append("\(place): \(RegisterDiff.describe(value))")
                }
            }
        }
        return lines
    }
}
