import Foundation

/// Unsaved edits kept beside a register when the program is stopped (SIGTERM, SIGHUP, SIGINT), so
/// that the next start can offer them back. The file is `.<stem>.recovery.json` in the register's
/// directory: hidden, so it is never taken for a register, and written atomically.
public enum RecoveryFile {
    /// Where the recovery file of a register file lives.
    public static func url(for registerURL: URL) -> URL {
        let stem = registerURL.deletingPathExtension().lastPathComponent
        return registerURL.deletingLastPathComponent().appendingPathComponent(".\(stem).recovery.json")
    }

    /// Writes the unsaved register beside its file, replacing any earlier recovery file.
    public static func write(_ register: Register, for registerURL: URL) throws(SaveError) {
        let target = url(for: registerURL)
        FileIO.remove(target.path)
        try RegisterStore.write(RegisterFile.encode(register), to: target, expecting: nil)
    }

    /// The unsaved register kept for a register file, if there is a readable one.
    public static func read(for registerURL: URL) -> Register? {
        guard case .success(let loaded) = RegisterStore.load(url(for: registerURL)) else { return nil }
        return loaded.register
    }

    /// Removes the recovery file (after it was restored or declined).
    public static func discard(for registerURL: URL) {
        FileIO.remove(url(for: registerURL).path)
    }
}
