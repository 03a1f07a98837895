import Foundation
import RiskRegister

/// `riskreg validate`: syntax, format and domain checks of register files. For the files of a data
/// directory, also the printed directions of travel each register's scores contradict since its
/// predecessor, and the links no register resolves.
public struct ValidationRun {
    /// Each file's report, in the order given.
    public let files: [ValidatedFile]

    /// Loads and checks `urls` (each at most `maximumBytes`); `acrossRegisters` when they are the
    /// data directory's files, for the checks between registers; `quiet` leaves the notes out.
    public init(_ urls: [URL], maximumBytes: Int, acrossRegisters: Bool, quiet: Bool) {
        let loads = urls.map { RegisterStore.load($0, maximumBytes: maximumBytes).map(\.register) }
        let across = acrossRegisters ? Self.warningsAcrossRegisters(urls, loads) : [:]
        files = zip(urls, loads).map { url, load in
            switch load {
            case .failure(let failure):
                return ValidatedFile(url: url, lines: failure.messages, errors: failure.messages.count, warnings: 0)
            case .success(let register):
                let shown = (Validator.validate(register) + (across[url] ?? [])).filter { !(quiet && $0.severity == .note) }
                return ValidatedFile(url: url, lines: shown.map { "\(url.path): \($0)" },
                                     errors: shown.filter { $0.severity == .error }.count,
                                     warnings: shown.filter { $0.severity == .warning }.count)
            }
        }
    }

    /// Errors in every file.
    public var errors: Int { files.map(\.errors).reduce(0, +) }

    /// Warnings in every file.
    public var warnings: Int { files.map(\.warnings).reduce(0, +) }

    /// "5 files: 0 errors, 2 warnings".
    public var summary: String {
        "\(files.count) file\(files.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// For each register with a predecessor among them (`RegisterSuccession`), the printed
    /// directions of travel its scores contradict (`Validator.checkTravel`); for every register,
    /// its links no register resolves (`Validator.checkLinks`).
    private static func warningsAcrossRegisters(_ urls: [URL], _ loads: [Result<Register, LoadFailure>]) -> [URL: [Diagnostic]] {
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
