import ArgumentParser
import Foundation
import RegisterRuntime
import RiskRegister

/// `riskreg git-setup`: registers riskreg with the git repository holding the data directory, as
/// the merge and diff driver of its registers.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make git merge and diff the data directory's registers with riskreg (run once in each clone).",
        discussion: """
        Adds to the repository's .gitattributes a line giving the data directory's *.json files \
        riskreg's merge and diff drivers, and commits .gitattributes (that file alone, hooks off) so \
        that `riskreg sync` shares it with the team; with --no-commit, or when .gitattributes has \
        other changes not committed, it prints the one command that commits it instead (sync \
        refuses until it is committed). In every clone, the first and each teammate's, run it once: \
        a clone whose .gitattributes already has the line only gets the config. It sets in the \
        repository's own config (.git/config, never your global one) merge.riskreg.driver, \
        diff.riskreg.command and diff.riskreg.textconv to this riskreg executable by its absolute \
        path, so git finds it whatever PATH a merge runs with: run git-setup again after moving \
        riskreg. Running it twice changes nothing. Exit 2 outside a git work tree.
        """
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .customLong("no-commit"), help: "Leave .gitattributes uncommitted, and print the command that commits it.")
    var noCommit = false

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
        let attributes = SharedAttributes(repository: repository)
        let exists = FileManager.default.fileExists(atPath: attributes.file.path)
        let existing = exists ? try String(contentsOf: attributes.file, encoding: .utf8) : ""
        let wanted = SharedAttributes.adding(line, to: existing)
        if wanted != existing {
            do {
                try RegisterStore.write(Array(wanted.utf8), to: attributes.file, expecting: exists ? Array(existing.utf8) : nil)
            } catch {
                throw CommandFailure("cannot write \(attributes.file.path): \(error)")
            }
            changed.append("added to \(attributes.file.path): \(line)")
        }
        changed += try share(attributes, line: line)
        if changed.isEmpty {
            Output.line("riskreg is already set up in \(repository.top.path)")
        } else {
            changed.forEach { Output.line($0) }
        }
    }

    /// Gets .gitattributes committed, so that the team shares it and no clone is left with a copy
    /// of its own that a pull of a teammate's would collide with (`SharedAttributes`): commits it
    /// when git-setup's line is all that is not committed in it and --no-commit is not given, else
    /// says the one command that does. What it did, as lines to print; none when it is committed.
    private func share(_ attributes: SharedAttributes, line: String) throws -> [String] {
        guard try attributes.uncommitted() != nil else { return [] }
        let command = attributes.commitCommand
        guard try attributes.onlyAdds(line) else {
            return [".gitattributes has changes of its own not committed, so git-setup leaves committing it to you; "
                    + "commit it so the team shares riskreg's merge driver (`riskreg sync` waits for it): \(command)"]
        }
        guard !noCommit else {
            return ["not committed (--no-commit): commit .gitattributes so the team shares riskreg's merge driver "
                    + "(`riskreg sync` waits for it): \(command)"]
        }
        switch try attributes.commit(author: UserIdentity.author(environment: ProcessInfo.processInfo.environment)) {
        case .success(let hash):
            return ["committed .gitattributes\(hash.isEmpty ? "" : " (\(hash))"): `riskreg sync` shares it with the team"]
        case .failure(let failure):
            return ["could not commit .gitattributes (\(failure.message)); commit it so the team shares riskreg's merge "
                    + "driver (`riskreg sync` waits for it): \(command)"]
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
