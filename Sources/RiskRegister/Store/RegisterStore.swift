import Foundation

/// Finds, loads and saves register files. Each file loads on its own, so one broken file never
/// stops the others; a save is atomic and refuses to overwrite a file someone else changed.
public enum RegisterStore {
    /// The register files of a directory: every `*.json` entry, sorted by name. Hidden files are
    /// skipped (riskreg's temporary files are hidden).
    public static func registerFiles(in directory: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return names
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted()
            .map { directory.appendingPathComponent($0) }
    }

    /// Loads every register file of a directory. Throws only when the directory itself cannot be read.
    public static func scan(_ directory: URL) throws -> DirectoryScan {
        var registers: [LoadedRegister] = []
        var failures: [LoadFailure] = []
        for url in try registerFiles(in: directory) {
            switch load(url) {
            case .success(let loaded): registers.append(loaded)
            case .failure(let failure): failures.append(failure)
            }
        }
        registers.sort { lhs, rhs in
            let left = Period(lhs.register.period)
            let right = Period(rhs.register.period)
            if left != right, let left, let right { return left < right }
            return lhs.fileName < rhs.fileName
        }
        return DirectoryScan(registers: registers, failures: failures)
    }

    /// Loads one file.
    public static func load(_ url: URL) -> Result<LoadedRegister, LoadFailure> {
        let path = url.path
        if FileIO.kind(of: path) == .directory {
            return .failure(LoadFailure(url: url, messages: ["\(path): error: is a directory, not a register file"]))
        }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path)
        } catch {
            return .failure(LoadFailure(url: url, messages: ["\(path): error: cannot \(error.operation): \(error.reason)"]))
        }
        switch RegisterFile.decode(bytes) {
        case .success(let register):
            return .success(LoadedRegister(url: url, register: register, diskBytes: bytes))
        case .failure(let error):
            return .failure(LoadFailure(url: url, messages: error.messages(file: path)))
        }
    }

    /// Saves a register over the file it was loaded from, atomically: a temporary file in the same
    /// directory, fsync, rename over the original, fsync the directory; the file's permissions are
    /// kept. Refuses, writing nothing, when the file on disk is no longer the one that was loaded.
    ///
    /// - Parameter beforeRename: called after the temporary file is complete and before it
    ///   replaces the original; an error thrown here abandons the save (tests use it to simulate
    ///   a crash at that moment).
    /// - Returns: the register as now on disk.
    @discardableResult
    public static func save(_ register: Register, over loaded: LoadedRegister,
                            beforeRename: () throws -> Void = {}) throws(SaveError) -> LoadedRegister {
        let bytes = RegisterFile.encode(register)
        try write(bytes, to: loaded.url, expecting: loaded.diskBytes, beforeRename: beforeRename)
        return LoadedRegister(url: loaded.url, register: register, diskBytes: bytes)
    }

    /// Writes bytes over a file atomically, provided its content is still `expected`
    /// (nil: the file must not exist yet).
    public static func write(_ bytes: [UInt8], to url: URL, expecting expected: [UInt8]?,
                             beforeRename: () throws -> Void = {}) throws(SaveError) {
        let path = url.path
        try checkUnchanged(path, expected: expected)
        let mode = FileIO.permissions(of: path) ?? 0o644
        let directory = url.deletingLastPathComponent().path
        let temporary = "\(directory)/.\(url.lastPathComponent).riskreg-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try FileIO.writeNew(temporary, bytes: bytes, mode: mode)
        } catch {
            FileIO.remove(temporary)
            throw .io(path: path, operation: error.operation, reason: error.reason)
        }
        do {
            try beforeRename()
            try checkUnchanged(path, expected: expected)
        } catch let error as SaveError {
            FileIO.remove(temporary)
            throw error
        } catch {
            FileIO.remove(temporary)
            throw .io(path: path, operation: "save", reason: String(describing: error))
        }
        do {
            try FileIO.rename(temporary, path)
        } catch {
            FileIO.remove(temporary)
            throw .io(path: path, operation: error.operation, reason: error.reason)
        }
        do {
            try FileIO.syncDirectory(directory)
        } catch {
            throw .io(path: path, operation: error.operation, reason: error.reason)
        }
    }

    /// Replaces a file's content atomically (temporary file created 0600, fsync, rename, fsync
    /// of the directory), whatever it held before; `mode` is the new file's permissions. For
    /// riskreg's own files, such as recovery files.
    public static func replace(_ url: URL, with bytes: [UInt8], mode: mode_t) throws(SaveError) {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        let temporary = "\(directory)/.\(url.lastPathComponent).riskreg-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try FileIO.writeNew(temporary, bytes: bytes, mode: mode)
            try FileIO.rename(temporary, path)
            try FileIO.syncDirectory(directory)
        } catch {
            FileIO.remove(temporary)
            throw .io(path: path, operation: error.operation, reason: error.reason)
        }
    }

    private static func checkUnchanged(_ path: String, expected: [UInt8]?) throws(SaveError) {
        guard let expected else {
            if FileIO.kind(of: path) != .missing { throw .changedOnDisk(path: path) }
            return
        }
        guard FileIO.kind(of: path) == .regular else { throw .removedFromDisk(path: path) }
        let current: [UInt8]
        do {
            current = try FileIO.read(path)
        } catch {
            throw .io(path: path, operation: error.operation, reason: error.reason)
        }
        if current != expected { throw .changedOnDisk(path: path) }
    }
}
