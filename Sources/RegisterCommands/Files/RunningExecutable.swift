import Foundation

/// Where the running riskreg is, for git to run it as the registers' merge and diff driver
/// (`git-setup`).
public enum RunningExecutable {
    /// The running executable's absolute path (/proc/self/exe), else `arguments`' first (argv[0])
    /// made absolute from the current directory.
    public static func path(arguments: [String] = CommandLine.arguments) -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        let argument = arguments.first ?? "riskreg"
        return URL(fileURLWithPath: argument, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    }
}
