import Foundation

/// The git work tree holding a data directory: what riskreg's git commands need to find first.
public struct GitRepository: Sendable {
    /// The runner, in the work tree's top directory.
    public let git: Git
    /// The work tree's top directory.
    public let top: URL
    /// The data directory's path from the top ("" at the top, else ending in "/"), as git names it.
    public let prefix: String

    /// The work tree holding `directory`, git run with `environment`.
    /// - Throws: `GitError.noDirectory` or `.notInWorkTree` (bad input), or `.cannotRun`.
    public init(holding directory: URL, environment: [String: String] = ProcessInfo.processInfo.environment) throws(GitError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .noDirectory(path: directory.path)
        }
        let inside = Git(directory: directory, environment: environment)
        guard let top = try inside.topLevel(), let prefix = try inside.value(["rev-parse", "--show-prefix"]) else {
            throw .notInWorkTree(path: directory.path)
        }
        self.git = Git(directory: top, environment: environment)
        self.top = top
        self.prefix = prefix
    }

    /// The merge driver's command line, when `riskreg git-setup` has run here.
    public func mergeDriver() throws(GitError) -> String? {
        try git.value(["config", "--get", "merge.riskreg.driver"])
    }

    /// Register files (paths from the top) under the data directory matching a `git diff`-like
    /// listing: `arguments` run with `-z` and `-- prefix`, the `.json` names kept.
    public func registerPaths(_ arguments: [String]) throws(GitError) -> [String] {
        let result = try git.run(arguments + ["-z", "--", prefix.isEmpty ? "." : prefix])
        return result.output.split(separator: "\0").map(String.init).filter(isRegister)
    }

    /// True for a path (from the top) of a register file of the data directory: a `.json` file
    /// directly in it.
    public func isRegister(_ path: String) -> Bool {
        path.hasPrefix(prefix) && path.hasSuffix(".json") && !path.dropFirst(prefix.count).contains("/")
    }

    /// Paths (from the top) of the whole work tree that git lists for `arguments`, run with `-z`.
    public func paths(_ arguments: [String]) throws(GitError) -> [String] {
        try git.run(arguments + ["-z"]).output.split(separator: "\0").map(String.init)
    }

    /// The files git stopped a merge on (both sides changed them and neither git nor a merge
    /// driver could combine them), paths from the top.
    public func unmergedPaths() throws(GitError) -> [String] {
        try paths(["diff", "--name-only", "--diff-filter=U"])
    }

    /// True while a merge is waiting to be committed (`MERGE_HEAD` exists).
    public func isMerging() throws(GitError) -> Bool {
        try git.run(["rev-parse", "-q", "--verify", "MERGE_HEAD"]).succeeded
    }

    /// A git command line as a person types it to act on this repository from the current
    /// directory: `git ARGUMENTS` there when it is the work tree's top, else `git -C TOP ARGUMENTS`
    /// (paths in the arguments are from the top).
    public func typed(_ arguments: [String],
                      from current: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> String {
        let here = current.resolvingSymlinksInPath().standardizedFileURL.path
        let top = self.top.resolvingSymlinksInPath().standardizedFileURL.path
        return ShellCommand.line(["git"] + (here == top ? [] : ["-C", top]) + arguments)
    }
}
