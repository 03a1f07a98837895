import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg merge-driver %O %A %B %P`: git's merge driver for registers (set by `git-setup`).
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Git's merge driver for registers: a three-way merge by entry and field (set up by git-setup).",
        discussion: """
        Merges the common ancestor (%O), our version (%A, the branch being merged into: your own \
        commits in a pull) and theirs (%B, the commits being merged in: the team's) as the browser \
        does: entries are matched by identity (uid), so a renumbering on one side and an edit on \
        the other make one entry; changes to different entries, fields or list items combine; two \
        risks added on both sides are both kept; both histories are kept. The result is validated \
        (its warnings, such as two entries showing one printed id, are printed) and written \
        canonically over %A, exit 0. Where both sides changed the same place differently the file \
        keeps THEIR value (what the rest of the team already has) and records base, ours and theirs \
        under "mergeConflicts", so the file stays a valid register that `validate` reports and the \
        browser resolves field by field; exit 1, so git stops the merge. A version that is not a \
        register, or a merge that would not be one, is left to git with the reason: %A unchanged, exit 1.
        """,
        shouldDisplay: false
    )

    @Argument(help: "The common ancestor (%O).") var base: String
    @Argument(help: "Our version (%A), overwritten with the merge.") var ours: String
    @Argument(help: "Their version (%B).") var theirs: String
    @Argument(help: "The register's path in the repository (%P), for messages.") var path: String

    @Option(name: .customLong("max-file-size"),
            help: "The largest version to read, in MiB (default \(FormatLimits.defaultMaximumFileBytes / 1_048_576)); a larger one is left to git.")
    var maxFileSize: Int?

    func run() throws {
        let oursURL = URL(fileURLWithPath: ours)
        guard let mine = read(ours, "ours"), let their = read(theirs, "theirs") else { throw ExitCode.failure }
        let ancestor: Register
        if let size = try? FileManager.default.attributesOfItem(atPath: base)[.size] as? Int, size == 0 {
            // Added on both sides: nothing in common but the register's own keys.
            var empty = mine.register
            empty.entries = []
            ancestor = empty
        } else {
            guard let loaded = read(base, "the common ancestor") else { throw ExitCode.failure }
            ancestor = loaded.register
        }
        let register: Register
        switch Self.merge(base: ancestor, ours: mine.register, theirs: their.register) {
        case .success(let merged):
            register = merged
        case .failure(let problems):
            StandardError.print("riskreg merge-driver: \(path): the merge did not make a valid register; left for git to mark as a conflict:")
            problems.messages(file: path).forEach { StandardError.print("  \($0)") }
            throw ExitCode.failure
        }
        for diagnostic in Validator.validate(register) where diagnostic.severity == .warning {
            StandardError.print("riskreg merge-driver: \(path): \(diagnostic)")
        }
        do {
            try RegisterStore.write(RegisterFile.encode(register), to: oursURL, expecting: mine.diskBytes, overReadOnly: true)
        } catch {
            StandardError.print("riskreg merge-driver: \(path): cannot write the merge: \(error)")
            throw ExitCode.failure
        }
        guard register.mergeConflicts.isEmpty else {
            StandardError.print("riskreg merge-driver: \(path): \(register.mergeConflicts.count) conflict(s), "
                                + "each recorded in the file with both values; resolve them in riskreg (the browser):")
            register.mergeConflicts.forEach { StandardError.print("  \($0.label)") }
            throw ExitCode.failure
        }
    }

    /// The merge of three registers with the conflicts recorded: those already in either side,
    /// then the new ones (ours = %A's value, theirs = %B's); the problems when the result does not
    /// decode.
    static func merge(base: Register, ours: Register, theirs: Register) -> Result<Register, RegisterFileError> {
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
    private func read(_ file: String, _ side: String) -> LoadedRegister? {
        let maximumBytes = maxFileSize.map { $0 * 1_048_576 } ?? FormatLimits.defaultMaximumFileBytes
        switch RegisterStore.load(URL(fileURLWithPath: file), maximumBytes: maximumBytes) {
        case .success(let loaded): return loaded
        case .failure(let failure):
            StandardError.print("riskreg merge-driver: \(path): \(side) is not a register (\(failure.messages.first ?? "unreadable")); "
                                + "left as is for git to mark as a conflict")
            return nil
        }
    }
}
