import ArgumentParser
import Foundation
import RegisterGit
import RegisterRuntime
import RegisterTerminal
import RiskRegister

/// `riskreg` with no subcommand: the full-screen browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser on the data directory (the default)."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption
    @Option(name: .long, help: "Open in compare mode with this register: file stem (lcc-2021-22-q3) or period (\"2021/22 Q3\").")
    var compare: String?
    @Flag(name: .long, help: "Commit each saved register to git (the data directory's repository), with a message naming the entries and fields changed. `git config riskreg.commit true` asks for it too.")
    var commit = false

    func run() throws {
        // What saves of processes that died left behind (temporary and lock files) goes first.
        RegisterStore.removeLeftovers(in: data.directory)
        let environment = ProcessInfo.processInfo.environment
        let author = UserIdentity.author(environment: environment)
        let catalogue = try data.catalogue(user: author, environment: environment)
        // Before the browser takes the screen, so the lines are still there once it ends.
        catalogue.ignoredRecoveries.forEach { StandardError.print("riskreg: \($0)") }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(environment: environment)
        } catch {
            throw CommandFailure("\(error)", code: 2)
        }
        let loop = BrowserLoop(terminal: terminal, directory: data.directory, workspace: catalogue.workspace,
                               register: registerOption.register, environment: environment,
                               maximumBytes: data.maximumBytes, recovered: catalogue.recovered, compare: compare,
                               commitsOnSave: commit, versionControl: GitVersionControl(author: author, environment: environment),
                               notices: catalogue.ignoredRecoveries)
        let status: Int32
        let failures: [LoadFailure]
        do {
            (status, failures) = try loop.run()
        } catch {
            terminal.restore()
            throw CommandFailure("\(error)", code: 2)
        }
        terminal.restore()
        for failure in failures {
            failure.messages.forEach(StandardError.print)
        }
        if status > 128 {
            StandardError.print("riskreg: stopped by signal \(status - 128); unsaved edits were kept in recovery files and are offered at the next start")
        }
        if status != 0 { throw ExitCode(status) }
    }
}
