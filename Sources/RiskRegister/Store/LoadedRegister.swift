import Foundation

/// A register read from a file, with the bytes it was read from so that a later save can tell
/// whether someone else changed the file meanwhile.
public struct LoadedRegister: Sendable, Equatable {
    /// The file.
    public let url: URL
    /// The register as loaded (or as last saved), with any edits made since.
    public var register: Register
    /// The file's bytes when it was loaded or last saved by us.
    public let diskBytes: [UInt8]
    /// The register `diskBytes` hold, as loaded or last saved: what the edits in `register`
    /// started from, and what a save records the change history against.
    public let baseline: Register
    /// What the last save could not keep (such as the file's owner), to tell the user.
    public var saveNotes: [String] = []
    /// After a save: `diskBytes` with where each entry of `baseline` lies in them, so the next
    /// save copies the bytes of the entries that did not change.
    let encoded: EncodedRegister?
    /// `Digest.sha256(diskBytes)`, once prepared (`preparingSave`): what a recovery file names its
    /// base by.
    public let diskDigest: String?

    /// Creates a loaded register; `register` is also its baseline.
    public init(url: URL, register: Register, diskBytes: [UInt8]) {
        self.url = url
        self.register = register
        self.diskBytes = diskBytes
        baseline = register
        encoded = nil
        diskDigest = nil
    }

    /// The register as just written to its file.
    init(url: URL, saved encoded: EncodedRegister, register: Register) {
        self.url = url
        self.register = register
        diskBytes = encoded.bytes
        baseline = register
        self.encoded = encoded
        diskDigest = nil
    }

    /// The same register with its baseline's canonical encoding prepared (where each entry's bytes
    /// lie), so that the first save copies the bytes of every entry not changed instead of
    /// encoding the whole register: the browser prepares it in the background after a load.
    public func preparingSave() -> LoadedRegister {
        guard encoded == nil || diskDigest == nil else { return self }
        var prepared = LoadedRegister(url: url, register: register, diskBytes: diskBytes, baseline: baseline,
                                      encoded: encoded ?? RegisterFile.encoded(baseline, reusing: nil),
                                      diskDigest: Digest.sha256(diskBytes))
        prepared.saveNotes = saveNotes
        return prepared
    }

    /// True when a save of this register can copy the bytes of unchanged entries, and a recovery
    /// file can be written without hashing the file again.
    public var isPreparedForSaving: Bool { encoded != nil && diskDigest != nil }

    private init(url: URL, register: Register, diskBytes: [UInt8], baseline: Register, encoded: EncodedRegister,
                 diskDigest: String) {
        self.url = url
        self.register = register
        self.diskBytes = diskBytes
        self.baseline = baseline
        self.encoded = encoded
        self.diskDigest = diskDigest
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

    /// Equal file, register, bytes, baseline and notes (the entries' positions follow from the bytes).
    public static func == (lhs: LoadedRegister, rhs: LoadedRegister) -> Bool {
        lhs.url == rhs.url && lhs.register == rhs.register && lhs.diskBytes == rhs.diskBytes
            && lhs.baseline == rhs.baseline && lhs.saveNotes == rhs.saveNotes
    }
}
