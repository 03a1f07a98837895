import ArgumentParser
import Foundation
import RiskRegister

/// `--data DIR` and `--register NAME`, shared by the subcommands.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "The data directory (default: $RISKREG_DATA, else ./Data).")
    var data: String?

    /// The data directory in force.
    var directory: URL { DataDirectory.resolve(option: data) }

    /// Loads the data directory, printing each file that failed to stderr.
    func scan() throws -> DirectoryScan {
        let scan: DirectoryScan
        do {
            scan = try RegisterStore.scan(directory)
        } catch {
            throw CommandFailure("cannot read data directory \(directory.path): \(error.localizedDescription)")
        }
        for failure in scan.failures {
            for message in failure.messages { StandardError.print(message) }
        }
        return scan
    }
}

/// `--register NAME`.
struct RegisterOption: ParsableArguments {
    @Option(name: .long, help: "The register: file stem (lcc-2021-22-q4) or period (\"2021/22 Q4\"); default the newest.")
    var register: String?

    /// The chosen register, or a failure naming what is available.
    func pick(from scan: DirectoryScan) throws -> LoadedRegister {
        if let found = scan.register(named: register) { return found }
        let available = scan.registers.map { "\($0.stem) (\($0.register.period))" }.joined(separator: ", ")
        if let register {
            throw CommandFailure("no register named \"\(register)\"; available: \(available.isEmpty ? "none" : available)")
        }
        throw CommandFailure("no register could be loaded from the data directory")
    }
}
