import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg validate`: syntax, format and domain checks of register files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check register files: JSON syntax, the format, and the scoring rules.",
        discussion: """
        Errors name file:line:column (syntax) or entry and field (format). Warnings: a printed score \
        that is not likelihood × impact, a target or residual above current for a risk (below for an \
        opportunity), a missing owner, a duplicate id. A likelihood or impact outside 1–5, a score \
        outside 1–25 and every other limit of the format are errors. Notes \
        (oddities recorded in the entries) are shown, not counted. Exit 0 without errors, 1 otherwise.
        """
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Flag(name: .long, help: "Do not print the entries' notes.")
    var quiet = false

    @Argument(help: "Files to check (default: every *.json in the data directory).")
    var files: [String] = []

    func run() throws {
        let urls = files.isEmpty ? try data.registerFiles() : files.map { URL(fileURLWithPath: $0) }
        var errors = 0
        var warnings = 0
        for url in urls {
            switch RegisterStore.load(url, maximumBytes: data.maximumBytes) {
            case .failure(let failure):
                failure.messages.forEach { Output.line($0) }
                fflush(nil)
                errors += failure.messages.count
            case .success(let loaded):
                for diagnostic in Validator.validate(loaded.register) {
                    if diagnostic.severity == .note && quiet { continue }
                    if diagnostic.severity == .warning { warnings += 1 }
                    Output.line("\(url.path): \(diagnostic)")
                }
                fflush(nil)
            }
        }
        Output.print("\(urls.count) file\(urls.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
    }
}
