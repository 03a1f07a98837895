import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg git-setup`: registers riskreg with the git repository holding the data directory, as
/// the merge and diff driver of its registers.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make git merge and diff the data directory's registers with riskreg (run once in each clone).",
        discussion: """
        Adds to the repository's .gitattributes a line giving the data directory's *.json files \
        riskreg's merge and diff drivers (commit it, so the whole team has it), and sets in the \
        repository's own config (.git/config, never your global one) merge.riskreg.driver, \
        diff.riskreg.command and diff.riskreg.textconv to this riskreg executable by its absolute \
        path, so git finds it whatever PATH a merge runs with: run git-setup again after moving \
        riskreg. Running it twice changes nothing. Exit 2 outside a git work tree.
        """
    )

    @OptionGroup var data: DataOptions

    func run() throws {
        let repository = try GitRepository(holding: data.directory)
        let executable = Self.shellQuoted(Self.executablePath())
        var changed: [String] = []
        let settings = [("merge.riskreg.name", "riskreg: registers merged by entry and field"),
                        ("merge.riskreg.driver", "\(executable) merge-driver %O %A %B %P"),
                        ("diff.riskreg.command", "\(executable) git-diff"),
                        ("diff.riskreg.textconv", "\(executable) git-textconv")]
        for (key, value) in settings where try repository.git.value(["config", "--local", "--get", key]) != value {
            let result = try repository.git.run(["config", "--local", key, value])
            guard result.succeeded else { throw CommandFailure("git config \(key) failed: \(result.errors)") }
            changed.append("set \(key)")
        }
        let line = "\(Self.attributePattern(prefix: repository.prefix)) merge=riskreg diff=riskreg"
        let attributes = repository.top.appendingPathComponent(".gitattributes")
        let exists = FileManager.default.fileExists(atPath: attributes.path)
        let existing = exists ? try String(contentsOf: attributes, encoding: .utf8) : ""
        if !existing.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == line }) {
            let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
            let bytes = Array((existing + separator + line + "\n").utf8)
            do {
                try RegisterStore.write(bytes, to: attributes, expecting: exists ? Array(existing.utf8) : nil)
            } catch {
                throw CommandFailure("cannot write \(attributes.path): \(error)")
            }
            changed.append("added to \(attributes.path): \(line) (commit it so the team shares it)")
        }
        if changed.isEmpty {
            Output.line("riskreg is already set up in \(repository.top.path)")
        } else {
            changed.forEach { Output.line($0) }
        }
    }

    /// The .gitattributes pattern of the data directory's register files: anchored with a leading
    /// "/" so that only that directory's files match, C-quoted when the path has a space, quote
    /// or backslash (git reads quoted patterns).
    static func attributePattern(prefix: String) -> String {
        let pattern = "/\(prefix)*.json"
        guard pattern.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "\\" }) else { return pattern }
        let escaped = pattern.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\t", with: "\\t")
        return "\"\(escaped)\""
    }

    /// The running executable's absolute path (/proc/self/exe), else argv[0] made absolute.
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        let argument = CommandLine.arguments.first ?? "riskreg"
        return URL(fileURLWithPath: argument, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    }

    /// A word for git's shell: in single quotes, each single quote written '\''.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
