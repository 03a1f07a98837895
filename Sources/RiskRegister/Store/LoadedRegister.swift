import Foundation

/// A register read from a file, with the bytes it was read from so that a later save can tell
/// whether someone else changed the file meanwhile.
public struct LoadedRegister: Sendable, Equatable {
    /// The file.
    public let url: URL
    /// The register as loaded (or as last saved).
    public var register: Register
    /// The file's bytes when it was loaded or last saved by us.
    public let diskBytes: [UInt8]
    /// What the last save could not keep (such as the file's owner), to tell the user.
    public var saveNotes: [String] = []

    /// Creates a loaded register.
    public init(url: URL, register: Register, diskBytes: [UInt8]) {
        self.url = url
        self.register = register
        self.diskBytes = diskBytes
    }

    /// The file name without extension, such as "lcc-2021-22-q4".
    public var stem: String { url.deletingPathExtension().lastPathComponent }

    /// The file's name, such as "lcc-2021-22-q4.json".
    public var fileName: String { url.lastPathComponent }

    /// True when `name` is this register's stem or period (case-insensitive).
    public func matches(_ name: String) -> Bool {
        let wanted = name.lowercased()
        return stem.lowercased() == wanted || fileName.lowercased() == wanted || register.period.lowercased() == wanted
    }
}
