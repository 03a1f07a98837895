import ArgumentParser
import Foundation
import RegisterRuntime
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

    /// Loads the data directory, keeping the files that did not load in the scan (the browser
    /// shows them); fails only when the directory itself cannot be read.
    func load() throws -> DirectoryScan {
        do {
            return try RegisterStore.scan(directory, maximumBytes: maximumBytes)
        } catch {
            throw unreadable(error)
        }
    }

    /// What the browser's first frame needs of the data directory, reading no register in full
    /// (`DirectoryCatalogue`).
    func catalogue(user: String, environment: [String: String]) throws -> DirectoryCatalogue {
        do {
            return try DirectoryCatalogue(directory: directory, user: user,
                                          cacheDirectory: IndexCacheLocation.directory(environment: environment),
                                          maximumBytes: maximumBytes)
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

    /// Brings an index of the data directory up to date (`DirectoryIndex.refresh`); fails with
    /// status 2 only when the directory itself cannot be read.
    func refresh(_ index: DirectoryIndex) throws -> IndexRefresh {
        do {
            return try index.refresh(maximumBytes: maximumBytes)
        } catch {
            throw unreadable(error, code: 2)
        }
    }

    /// Why the directory cannot be read, in plain words where they are known.
    private func unreadable(_ error: Error, code: Int32 = 1) -> CommandFailure {
        var isDirectory: ObjCBool = false
        let reason = if !FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            "no such directory"
        } else if !isDirectory.boolValue {
            "not a directory"
        } else {
            error.localizedDescription
        }
        return CommandFailure("cannot read data directory \(directory.path): \(reason)", code: code)
    }
}

/// `--register NAME`.
struct RegisterOption: ParsableArguments {
    @Option(name: .long, help: "The register: file stem (lcc-2021-22-q4) or period (\"2021/22 Q4\"); default the newest.")
    var register: String?

    /// The chosen register, read without decoding any other (see `RegisterPicker`).
    func pick(in data: DataOptions) throws -> LoadedRegister {
        try RegisterPicker(data: data, name: register).pick()
    }
}

extension Comparable {
    /// The value, or the nearest bound of `range`.
    func clamped(to range: ClosedRange<Self>) -> Self {
        min(max(self, range.lowerBound), range.upperBound)
    }
}
