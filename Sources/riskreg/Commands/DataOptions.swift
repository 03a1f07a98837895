import ArgumentParser
import Foundation
import RiskRegister

/// `--data DIR` and `--register NAME`, shared by the subcommands.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "The data directory (default: $RISKREG_DATA, else ./Data).")
    var data: String?

    @Option(name: .customLong("max-file-size"),
            help: "The largest register file to read, in MiB (default \(FormatLimits.defaultMaximumFileBytes / 1_048_576)).")
    var maxFileSize: Int?

    /// The largest register file to read, in bytes.
    var maximumBytes: Int {
        maxFileSize.map { $0.clamped(to: 1...1_048_576).multipliedReportingOverflow(by: 1_048_576).partialValue }
            ?? FormatLimits.defaultMaximumFileBytes
    }

    /// The data directory in force.
    var directory: URL { DataDirectory.resolve(option: data) }

    /// Loads the data directory, printing each file that failed to stderr.
    func scan() throws -> DirectoryScan {
        let scan = try load()
        for failure in scan.failures {
            for message in failure.messages { StandardError.print(message) }
        }
        return scan
    }

    /// Loads the data directory, keeping the files that did not load in the scan (the browser
    /// shows them); fails only when the directory itself cannot be read.
    func load() throws -> DirectoryScan {
        do {
            return try RegisterStore.scan(directory, maximumBytes: maximumBytes)
        } catch {
            throw unreadable(error)
        }
    }

    /// The register files of the data directory.
    func registerFiles() throws -> [URL] {
        do {
            return try RegisterStore.registerFiles(in: directory)
        } catch {
            throw unreadable(error)
        }
    }

    /// Why the directory cannot be read, in plain words where they are known.
    private func unreadable(_ error: Error) -> CommandFailure {
        var isDirectory: ObjCBool = false
        let reason = if !FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            "no such directory"
        } else if !isDirectory.boolValue {
            "not a directory"
        } else {
            error.localizedDescription
        }
        return CommandFailure("cannot read data directory \(directory.path): \(reason)")
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
            throw CommandFailure("no register named \(SafeText.quoted(register, limit: 60)); available: \(available.isEmpty ? "none" : available)")
        }
        throw CommandFailure("no register could be loaded from the data directory")
    }
}

extension Comparable {
    /// The value, or the nearest bound of `range`.
    func clamped(to range: ClosedRange<Self>) -> Self {
        min(max(self, range.lowerBound), range.upperBound)
    }
}
