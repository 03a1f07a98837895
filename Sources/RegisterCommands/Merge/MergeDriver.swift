import Foundation
import RiskRegister

/// `riskreg merge-driver %O %A %B %P`: git's merge driver for registers. Merges the common
/// ancestor, ours and theirs by entry and field (`RegisterMerge`), validates the result and writes
/// it canonically over ours; where both sides changed one place differently the file keeps
/// theirs and records the conflict. A version that is not a register, or a merge that would not be
/// one, is left to git: ours unchanged.
public struct MergeDriver {
    /// The common ancestor's file (%O); empty when the register was added on both sides.
    public let base: String
    /// Our version's file (%A), overwritten with the merge.
    public let ours: String
    /// Their version's file (%B).
    public let theirs: String
    /// The register's path in the repository (%P), for messages.
    public let path: String
    /// The largest version to read, in bytes.
    public let maximumBytes: Int

    /// A merge of the versions git names.
    public init(base: String, ours: String, theirs: String, path: String, maximumBytes: Int) {
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.path = path
        self.maximumBytes = maximumBytes
    }

    /// Merges, writing the result over ours unless a version or the result is not a register.
    public func run() -> MergeDriverOutcome {
        var outcome = MergeDriverOutcome()
        guard let mine = read(ours, "ours", into: &outcome), let their = read(theirs, "theirs", into: &outcome) else { return outcome }
        let ancestor: Register
        if let size = try? FileManager.default.attributesOfItem(atPath: base)[.size] as? Int, size == 0 {
            // Added on both sides: nothing in common but the register's own keys.
            var empty = mine.register
            empty.entries = []
            ancestor = empty
        } else {
            guard let loaded = read(base, "the common ancestor", into: &outcome) else { return outcome }
            ancestor = loaded.register
        }
        let register: Register
        switch Self.merge(base: ancestor, ours: mine.register, theirs: their.register) {
        case .success(let merged):
            register = merged
        case .failure(let problems):
            outcome.messages.append("riskreg merge-driver: \(path): the merge did not make a valid register; left for git to mark as a conflict:")
            outcome.messages += problems.messages(file: path).map { "  \($0)" }
            return outcome
        }
        for diagnostic in Validator.validate(register) where diagnostic.severity == .warning {
            outcome.messages.append("riskreg merge-driver: \(path): \(diagnostic)")
        }
        do {
            try RegisterStore.write(RegisterFile.encode(register), to: URL(fileURLWithPath: ours), expecting: mine.diskBytes, overReadOnly: true)
        } catch {
            outcome.messages.append("riskreg merge-driver: \(path): cannot write the merge: \(error)")
            return outcome
        }
        guard register.mergeConflicts.isEmpty else {
            outcome.messages.append("riskreg merge-driver: \(path): \(register.mergeConflicts.count) conflict(s), "
                                    + "each recorded in the file with both values; resolve them in riskreg (the browser):")
            outcome.messages += register.mergeConflicts.map { "  \($0.label)" }
            return outcome
        }
        outcome.merged = true
        return outcome
    }

    /// The merge of three registers with the conflicts recorded: those already in either side,
    /// then the new ones (ours = %A's value, theirs = %B's); the problems when the result does not
    /// decode.
    public static func merge(base: Register, ours: Register, theirs: Register) -> Result<Register, RegisterFileError> {
        var sides = [base, ours, theirs]
        for index in sides.indices { sides[index].mergeConflicts = [] }
        let merge = RegisterMerge(base: sides[0], mine: sides[1], theirs: sides[2])
        var register: Register
        switch RegisterDecoder.decode(merge.merged) {
        case .success(let merged): register = merged
        case .failure(let errors): return .failure(.format(errors.problems))
        }
        register.mergeConflicts = MergeConflict.union(theirs.mergeConflicts, ours.mergeConflicts, merge.conflicts)
        return .success(register)
    }

    /// One version, decoded; nil with a message naming %P when it is not a register.
    private func read(_ file: String, _ side: String, into outcome: inout MergeDriverOutcome) -> LoadedRegister? {
        switch RegisterStore.load(URL(fileURLWithPath: file), maximumBytes: maximumBytes) {
        case .success(let loaded): return loaded
        case .failure(let failure):
            outcome.messages.append("riskreg merge-driver: \(path): \(side) is not a register (\(failure.messages.first ?? "unreadable")); "
                                    + "left as is for git to mark as a conflict")
            return nil
        }
    }
}
