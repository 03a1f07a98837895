import Foundation
import RiskRegister

/// `riskreg git-diff`: what git's external diff prints for a register, in words.
public enum GitDiffText {
    /// The lines for the register at `path` in the repository, whose old and new versions git
    /// wrote to `oldFile` and `newFile` ("/dev/null" for a side that does not exist): its changes
    /// by entry and field (nothing when there are none), or a line saying it was added or removed.
    /// Nil when a side is not a register, for git's own line diff.
    public static func lines(path: String, oldFile: String, newFile: String) -> [String]? {
        let old = oldFile == "/dev/null" ? nil : RegisterStore.load(URL(fileURLWithPath: oldFile))
        let new = newFile == "/dev/null" ? nil : RegisterStore.load(URL(fileURLWithPath: newFile))
        switch (old, new) {
        case (.success(let before)?, .success(let after)?):
            let diff = RegisterDiff(before: before.register, after: after.register)
            return diff.isEmpty ? [] : ["register \(path)"] + diff.changes.map { "  \($0.line)" }
        case (nil, .success(let after)?):
            return ["register \(path) added: \(after.register.title) (\(after.register.period)), \(after.register.entries.count) entries"]
        case (.success(let before)?, nil):
            return ["register \(path) removed: \(before.register.title) (\(before.register.period))"]
        default:
            return nil
        }
    }
}
