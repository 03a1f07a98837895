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
        opportunity), a missing owner, a duplicate id; for the data directory (no FILE given), also a \
        printed direction of travel that contradicts the current scores since the register's \
        predecessor. A likelihood or impact outside 1–5, a score outside 1–25 and every other limit \
        of the format are errors. Notes (oddities recorded in the entries) are shown, not counted. \
        Exit 0 without errors, 1 otherwise.
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
        let loads = urls.map { RegisterStore.load($0, maximumBytes: data.maximumBytes).map(\.register) }
        let travel = files.isEmpty ? Self.travelWarnings(urls, loads) : [:]
        var errors = 0
        var warnings = 0
        for (url, load) in zip(urls, loads) {
            switch load {
            case .failure(let failure):
                failure.messages.forEach { Output.line($0) }
                fflush(nil)
                errors += failure.messages.count
            case .success(let register):
                for diagnostic in Validator.validate(register) + (travel[url] ?? []) {
                    if diagnostic.severity == .note && quiet { continue }
                    if diagnostic.severity == .warning { warnings += 1 }
                    if diagnostic.severity == .error { errors += 1 }
                    Output.line("\(url.path): \(diagnostic)")
                }
                fflush(nil)
            }
        }
        Output.print("\(urls.count) file\(urls.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
    }

    /// For each register of the data directory with a predecessor among them
    /// (`RegisterSuccession`), the printed directions of travel its scores contradict
    /// (`Validator.checkTravel`); for every register, its links no register resolves
    /// (`Validator.checkLinks`).
    private static func travelWarnings(_ urls: [URL], _ loads: [Result<Register, LoadFailure>]) -> [URL: [Diagnostic]] {
        let registers = zip(urls, loads).compactMap { url, load in
            (try? load.get()).map { (url: url, stem: url.deletingPathExtension().lastPathComponent, register: $0) }
        }
        let references = registers.map { RegisterReference(stem: $0.stem, register: $0.register) }
        var warnings: [URL: [Diagnostic]] = [:]
        for (reference, later) in zip(references, registers) {
            guard let stem = RegisterSuccession.predecessor(of: reference, among: references),
                  let earlier = registers.first(where: { $0.stem == stem }) else { continue }
            warnings[later.url] = Validator.checkTravel(later.register, predecessor: earlier.register, predecessorName: stem)
        }
        let links = RegisterLinks(registers: registers.map { (stem: $0.stem, register: $0.register) })
        for register in registers {
            warnings[register.url, default: []] += Validator.checkLinks(register.register, links: links)
        }
        return warnings
    }
}
