import ArgumentParser
import RegisterCommands

/// `riskreg fmt`: rewrite register files canonically (`CanonicalFormatting`).
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite register files in canonical form (key order, indentation, escapes).",
        discussion: "With --check, list the files that are not canonical and exit 1 if there are any; nothing is written."
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "Only list files that are not canonical; exit 1 if any.")
    var check = false

    func run() throws {
        var failed = false
        for url in try data.registerFiles() {
            switch CanonicalFormatting.apply(to: url, maximumBytes: data.maximumBytes, checking: check) {
            case .unreadable(let messages):
                messages.forEach(StandardError.print)
                failed = true
            case .canonical:
                continue
            case .notCanonical:
                // Only with --check, which then exits 1.
                Output.print(url.path)
                failed = true
            case .formatted:
                Output.print("formatted \(url.path)")
            case .writeFailed(let reason):
                StandardError.print("error: \(reason)")
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}
