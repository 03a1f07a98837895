/// The git commit message for a save (`--commit`): a first line naming the register and the
/// entries changed, "riskreg: update lcc-2022-23-q1 (Corp 4, Corp 7)" (with its fields when one
/// entry changed: "(Corp 4: current, progress)"), then one line per entry
/// with the fields the save's history records name, "Corp 4: current, progress", and a line for
/// the register's own keys that changed ("register: appetite"). Entries are matched by identity
/// (a renumbered entry is named by its new id). Every id and name from the file is shown on one
/// line with control characters, escapes and bidirectional overrides escaped (`SafeText`), and
/// cut, so a register can never forge a line of the message (a `Signed-off-by:` trailer) or drive
/// the terminal of whoever reads `git log`.
public enum SaveCommitMessage {
    /// How many entries the first line names before "and N more".
    static let namedInSubject = 4

    /// The message for saving `saved` (as written, with the history the save recorded) over
    /// `before` (the register as loaded or last saved); `name` is the file's stem.
    public static func text(name: String, before: Register, saved: Register) -> String {
        var lines: [String] = []
        var changedIDs: [String] = []
        let earlier = Dictionary(before.entries.map { ($0.uid, $0.history) }) { first, _ in first }
        for entry in saved.entries {
            let added = Array(entry.history.dropFirst(earlier[entry.uid]?.count ?? 0))
            var fields: [String] = []
            for change in added {
                let field = topLevelField(change.field)
                if !fields.contains(field) { fields.append(field) }
            }
            guard !fields.isEmpty else { continue }
            changedIDs.append(shown(entry.id))
            lines.append("\(shown(entry.id)): " + fields.map(shown).joined(separator: ", "))
        }
        let kept = Set(saved.entries.map(\.uid))
        for entry in before.entries where !kept.contains(entry.uid) {
            changedIDs.append(shown(entry.id))
            lines.append("\(shown(entry.id)): removed")
        }
        let registerKeys = changedRegisterKeys(before: before, saved: saved)
        if !registerKeys.isEmpty { lines.append("register: " + registerKeys.map(shown).joined(separator: ", ")) }
        var subject = "riskreg: update \(shown(name))"
        if changedIDs.count == 1, let only = lines.first {
            subject += " (\(only))"
        } else if !changedIDs.isEmpty {
            let named = changedIDs.prefix(namedInSubject).joined(separator: ", ")
            let more = changedIDs.count > namedInSubject ? " and \(changedIDs.count - namedInSubject) more" : ""
            subject += " (\(named)\(more))"
        }
        return lines.isEmpty ? subject : subject + "\n\n" + lines.joined(separator: "\n")
    }

    /// A value from the file on one line, safe for a terminal, at most 60 characters.
    private static func shown(_ text: String) -> String {
        SafeText.cut(SafeText.visible(text), limit: 60)
    }

    /// "current.likelihood" and "progress[3fa2]" name the fields "current" and "progress".
    private static func topLevelField(_ path: String) -> String {
        String(path.prefix { $0 != "." && $0 != "[" })
    }

    /// The register's own keys (not its entries) whose values differ, in file order.
    private static func changedRegisterKeys(before: Register, saved: Register) -> [String] {
        guard case .object(let old) = RegisterEncoder.encode(before), case .object(let new) = RegisterEncoder.encode(saved) else {
            return []
        }
        var keys = Array(new.keys)
        keys += old.keys.filter { new[$0] == nil }
        return keys.filter { $0 != "entries" && old[$0] != new[$0] }
    }
}
