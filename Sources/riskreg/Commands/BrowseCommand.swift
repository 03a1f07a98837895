import ArgumentParser
import RiskRegister

/// `riskreg` with no subcommand: the full-screen browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser on the data directory (the default)."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    func run() throws {
        throw CommandFailure("the browser is not built yet (issue #4); use list, show, validate or fmt", code: 2)
    }
}
