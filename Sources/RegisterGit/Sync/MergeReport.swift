import Foundation
import RiskRegister

/// A merge that stopped (by sync's pull) or waits to be finished, told for a person: each file
/// git could not merge, each register's entries and fields in conflict, and the steps that finish
/// it, with the riskreg and git commands as they are typed.
struct MergeReport {
    /// The repository.
    let repository: GitRepository
    /// The `--data` argument as given, repeated in the riskreg commands named.
    let dataArgument: String?
    /// The largest register file to read, in bytes.
    let maximumBytes: Int

    /// The lines for the files git left unmerged (`paths`, from the top); `stopped` when this
    /// sync's pull stopped, else the merge was already waiting.
    func lines(_ paths: [String], stopped: Bool) -> [String] {
        let files = Self.count(paths.count, "file")
        var lines: [String]
        if stopped {
            lines = ["sync stopped: the team's changes and yours could not all be merged, in \(files):"]
        } else {
            lines = [paths.isEmpty ? "a merge is waiting to be finished." : "a merge is waiting to be finished, with \(files) in conflict:"]
        }
        var toOpen: [String] = []
        for path in paths {
            guard repository.isRegister(path) else {
                lines.append("  \(path): not a register: git marked the conflict in the file (<<<<<<<); edit it by hand")
                continue
            }
            switch RegisterStore.load(repository.top.appendingPathComponent(path), maximumBytes: maximumBytes) {
            case .success(let loaded):
                let places = loaded.register.mergeConflicts.map(\.label)
                if places.isEmpty {
                    lines.append("  \(path): no conflict left in it")
                } else {
                    lines.append("  \(path): the same field changed on both sides:")
                    lines += places.map { "    \($0)" }
                    toOpen.append(loaded.fileName)
                }
            case .failure:
                lines.append("  \(path): not a valid register (merged line by line by git): fix it by hand")
            }
        }
        lines.append(stopped ? "Nothing was pushed. To finish the merge:" : "To finish it:")
        var step = 0
        func add(_ text: String) {
            step += 1
            lines.append("  \(step). \(text)")
        }
        for file in toOpen {
            let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            add("open riskreg on \(stem) (\(riskreg(["--register", stem]))) and press M: for each field m keeps mine, "
                + "t theirs, e edits the value; w saves")
        }
        if paths.isEmpty {
            add(repository.typed(["commit", "--no-edit"]))
        } else {
            add(repository.typed(["add", "--"] + paths) + " && " + repository.typed(["commit", "--no-edit"]))
        }
        add(riskreg(["sync"]))
        lines.append("(or undo the merge, back to before the pull: \(repository.typed(["merge", "--abort"])))")
        return lines
    }

    /// A riskreg command line as a person types it, with `--data` when it was given.
    func riskreg(_ arguments: [String]) -> String {
        ShellCommand.line(["riskreg"] + arguments + (dataArgument.map { ["--data", $0] } ?? []))
    }

    /// "1 file", "2 files".
    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
