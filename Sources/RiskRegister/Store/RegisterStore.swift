import Foundation

/// Finds, loads and saves register files. Each file loads on its own, so one broken file never
/// stops the others; a save is atomic and refuses to overwrite a file someone else changed.
public enum RegisterStore {
    /// The register files of a directory: every `*.json` entry, sorted by name. Hidden files are
    /// skipped (riskreg's temporary, lock and recovery files are hidden).
    public static func registerFiles(in directory: URL) throws -> [URL] {
        try listing(of: directory).files
    }

    /// The register files of a directory, and the `*.json` names that are not valid UTF-8 (shown
    /// with their bad bytes as `\xNN`), which no path can name in Swift and so cannot be read.
    static func listing(of directory: URL) throws -> (files: [URL], unnamable: [LoadFailure]) {
        let listing = try DirectoryListing.of(directory)
        return (listing.files, listing.unnamable)
    }

    /// Loads every register file of a directory (none larger than `maximumBytes`). Throws only
    /// when the directory itself cannot be read.
    public static func scan(_ directory: URL, maximumBytes: Int = FormatLimits.defaultMaximumFileBytes) throws -> DirectoryScan {
        var registers: [LoadedRegister] = []
        var failures: [LoadFailure] = []
        let listing = try listing(of: directory)
        for url in listing.files {
            switch load(url, maximumBytes: maximumBytes) {
            case .success(let loaded): registers.append(loaded)
            case .failure(let failure): failures.append(failure)
            }
        }
        failures += listing.unnamable
        registers.sort { lhs, rhs in
            let left = Period(lhs.register.period)
            let right = Period(rhs.register.period)
            if left != right, let left, let right { return left < right }
            return lhs.fileName < rhs.fileName
        }
        return DirectoryScan(registers: registers, failures: failures)
    }

    /// Loads one file (refused when larger than `maximumBytes`, or not a regular file).
    public static func load(_ url: URL, maximumBytes: Int = FormatLimits.defaultMaximumFileBytes) -> Result<LoadedRegister, LoadFailure> {
        let path = url.path
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path, maximumBytes: maximumBytes)
        } catch {
            return .failure(LoadFailure(url: url, reading: error))
        }
        switch RegisterFile.decode(bytes) {
        case .success(let register):
            return .success(LoadedRegister(url: url, register: register, diskBytes: bytes))
        case .failure(let error):
            return .failure(LoadFailure(url: url, messages: error.messages(file: SafeText.visible(path))))
        }
    }

    /// Saves a register over the file it was loaded from, atomically: under the register's lock
    /// (`SaveLock`), the file is checked to be still the one that was loaded, a temporary file is
    /// written beside it (created 0600, then given the file's mode, owner and group), fsynced and
    /// renamed over it, and the directory fsynced. A register that is a symbolic link is saved
    /// through it to its target, so the link stays. Refuses, writing nothing, when the file on disk
    /// is no longer the one that was loaded, or when it is read-only and `overReadOnly` is false.
    ///
    /// - Parameters:
    ///   - lockWait: how long to wait for the lock while another save holds it, and when to give
    ///     up; a save that does not get the lock ends unsaved (`SaveError.lockHeld`).
    ///   - beforeRename: called under the lock after the temporary file is complete and before it
    ///     replaces the original; an error thrown here abandons the save (tests use it to simulate
    ///     a crash or a slow disk at that moment).
    /// - Returns: the register as now on disk; its `saveNotes` say what could not be kept (an
    ///   owner the process may not give a file).
    @discardableResult
    public static func save(_ register: Register, over loaded: LoadedRegister, overReadOnly: Bool = false,
                            lockWait: LockWait = LockWait(),
                            beforeRename: () throws -> Void = {}) throws(SaveError) -> LoadedRegister {
        let encoded = RegisterFile.encoded(register, reusing: loaded.encoded)
        let notes = try write(encoded.bytes, to: loaded.url, expecting: loaded.diskBytes, overReadOnly: overReadOnly,
                              lockWait: lockWait, beforeRename: beforeRename)
        var saved = LoadedRegister(url: loaded.url, saved: encoded, register: register)
        saved.saveNotes = notes
        return saved
    }

    /// Writes bytes over a file atomically, provided its content is still `expected` (nil: the
    /// file must not exist yet), as `save` does. Returns notes on what could not be kept.
    @discardableResult
    public static func write(_ bytes: [UInt8], to url: URL, expecting expected: [UInt8]?, overReadOnly: Bool = false,
                             lockWait: LockWait = LockWait(), beforeRename: () throws -> Void = {}) throws(SaveError) -> [String] {
        let shownPath = url.path
        let path = FileIO.resolved(shownPath)
        let lock = try SaveLock(for: path, shownAs: shownPath, waiting: lockWait)
        defer { lock.release() }
        let checked = try checkUnchanged(path, shownAs: shownPath, expected: expected)
        let mode = FileIO.permissions(of: path) ?? 0o644
        if expected != nil, !overReadOnly, mode & 0o222 == 0 || !FileIO.isWritable(path) {
            throw .readOnly(path: shownPath)
        }
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        let name = String(path[(path.lastIndex(of: "/").map(path.index(after:)) ?? path.startIndex)...])
        let temporary = "\(directory)/.\(name).riskreg-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        var notes: [String] = []
        do {
            try FileIO.writeNew(temporary, bytes: bytes, mode: mode)
            if let owner = FileIO.owner(of: path), let made = FileIO.owner(of: temporary), owner != made,
               chown(temporary, owner.uid, owner.gid) != 0 {
                notes.append("\(shownPath) now belongs to you: its owner (uid \(owner.uid), gid \(owner.gid)) could not be kept")
            }
        } catch {
            FileIO.remove(temporary)
            throw .io(path: shownPath, operation: error.operation, reason: error.reason)
        }
        do {
            try beforeRename()
            if checked == nil || FileStamp.of(path) != checked {
                try checkUnchanged(path, shownAs: shownPath, expected: expected)
            }
        } catch let error as SaveError {
            FileIO.remove(temporary)
            throw error
        } catch {
            FileIO.remove(temporary)
            throw .io(path: shownPath, operation: "save", reason: String(describing: error))
        }
        do {
            try FileIO.rename(temporary, path)
        } catch {
            FileIO.remove(temporary)
            throw .io(path: shownPath, operation: error.operation, reason: error.reason)
        }
        do {
            try FileIO.syncDirectory(directory.isEmpty ? "/" : directory)
        } catch {
            throw .io(path: shownPath, operation: error.operation, reason: error.reason)
        }
        return notes
    }

    /// Removes what saves of processes that died left in a directory: temporary files
    /// (`.NAME.riskreg-PID-N.tmp` of a PID no longer running) and lock files nobody holds.
    /// Returns the names removed.
    @discardableResult
    public static func removeLeftovers(in directory: URL) -> [String] {
        guard let names = try? FileIO.names(in: directory.path) else { return [] }
        var removed: [String] = []
        for case let (name?, _) in names where name.hasPrefix(".") {
            let path = directory.appendingPathComponent(name).path
            if name.hasSuffix(".lock"), SaveLock.removeIfStale(path) {
                removed.append(name)
            } else if name.hasSuffix(".tmp"), let pid = temporaryFileOwner(name), kill(pid, 0) != 0, errno == ESRCH,
                      FileIO.kind(of: path) == .regular {
                FileIO.remove(path)
                removed.append(name)
            }
        }
        return removed.sorted()
    }

    /// The process id in a temporary file's name `.NAME.riskreg-PID-N.tmp`.
    static func temporaryFileOwner(_ name: String) -> pid_t? {
        guard let marker = name.range(of: ".riskreg-", options: .backwards) else { return nil }
        let parts = name[marker.upperBound...].dropLast(".tmp".count).split(separator: "-")
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, UInt32(parts[1]) != nil else { return nil }
        return pid
    }

    /// Replaces a file's content atomically (temporary file created 0600, fsync, rename, fsync
    /// of the directory), whatever it held before; `mode` is the new file's permissions. For
    /// riskreg's own files, such as recovery files.
    public static func replace(_ url: URL, with bytes: [UInt8], mode: mode_t) throws(SaveError) {
        try replace(url, mode: mode) { output throws(FileIO.Failure) in try output.write(bytes[...]) }
    }

    /// Replaces a file's content atomically, as `replace(_:with:mode:)`, with what `fill` writes
    /// to the temporary file (so a large file need not be gathered in memory first).
    static func replace(_ url: URL, mode: mode_t, writing fill: (FileOutput) throws(FileIO.Failure) -> Void) throws(SaveError) {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        let temporary = "\(directory)/.\(url.lastPathComponent).riskreg-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try FileIO.writeNew(temporary, mode: mode, fill)
            try FileIO.rename(temporary, path)
            try FileIO.syncDirectory(directory)
        } catch {
            FileIO.remove(temporary)
            throw .io(path: path, operation: error.operation, reason: error.reason)
        }
    }

    /// How long ago a file's last change must be for its stamp to stand for its bytes: more than
    /// a tick of any filesystem's clock (FAT counts in 2-second steps), so that a later change
    /// cannot fall in the same tick and keep the stamp.
    static let settledNanoseconds = 3_000_000_000

    /// Refuses unless the file holds `expected` (nil: unless there is no file), comparing every
    /// byte. Returns the file's stamp when it can stand for these bytes until the rename: the
    /// stamp did not move while the file was read, and the file's last change is settled (older
    /// than `settledNanoseconds` when the check began). Otherwise the check before the rename
    /// compares every byte again.
    @discardableResult
    private static func checkUnchanged(_ path: String, shownAs shownPath: String, expected: [UInt8]?) throws(SaveError) -> FileStamp? {
        guard let expected else {
            if FileIO.kind(of: path) != .missing { throw .changedOnDisk(path: shownPath) }
            return nil
        }
        guard FileIO.kind(of: path) == .regular else { throw .removedFromDisk(path: shownPath) }
        let began = FileStamp.now()
        let result: (equal: Bool, stamp: FileStamp?)
        do {
            result = try FileIO.contentEquals(path, expected)
        } catch {
            throw .io(path: shownPath, operation: error.operation, reason: error.reason)
        }
        if !result.equal { throw .changedOnDisk(path: shownPath) }
        guard let stamp = result.stamp, stamp.changed < began - settledNanoseconds else { return nil }
        return stamp
    }
}
