import Foundation
import OrderedCollections

/// Unsaved edits kept beside a register, like vim's swap file: written within half a second of
/// each change while the browser runs, and at once when it is stopped, so that a crash, `kill -9`
/// or a closed terminal loses at most the last half second of typing. The next start offers them back.
///
/// The file is `.<stem>.<user>.recovery.json` in the register's directory (hidden, so it is never
/// taken for a register; one per person, so a colleague working in the same directory is never
/// offered, or able to discard, someone else's edits), mode 0600, written atomically (a new
/// temporary file renamed over it, so a symbolic link planted at its name is replaced, never
/// followed), and read only when it is the user's own (`find`). It names the file the edits
/// started from by the SHA-256 digest of its bytes and holds the edits as a journal of what
/// changed (`RecoveryJournal`: the register's fields before and after, and only the entries
/// changed, added or removed), so a note typed into a register of 50 MB writes kilobytes.
/// Replayed onto that file it gives the edits; onto a file someone saved since, the base and the
/// edits for a three-way merge (see `RegisterMerge`):
///
///     {"riskregRecovery": 2, "file": "NAME.json", "baseDigest": "sha256:HEX",
///      "journal": {"base": {register}, "edits": {register}, "placements": {…}}}
///
/// A register whose entries cannot be told apart by uid is kept whole, in the earlier form,
/// which is still read, as is the first form, a bare register (without a base):
///
///     {"riskregRecovery": 1, "file": "NAME.json", "baseDigest": "sha256:HEX",
///      "base": {register}, "edits": {register}}
///
/// (A riskreg of the earlier form finds no "edits" in a journal and offers nothing, rather than
/// taking the changed entries for the whole register.)
public enum RecoveryFile {
    /// What a recovery file holds, as read: the edits whole, or their journal, to replay onto
    /// the register file as it is when they are restored.
    public enum Found: Equatable, Sendable {
        /// The edits and their base whole (the earlier form).
        case whole(Contents)
        /// The edits as a journal of what changed since the file of `baseDigest`.
        case journal(RecoveryJournal, baseDigest: String)

        /// The edits and their base as they apply to `current`, the register its file holds now
        /// (nil when it does not load): a journal needs it, a whole recovery file does not.
        public func contents(onto current: Register?) -> Contents? {
            switch self {
            case .whole(let contents):
                return contents
            case .journal(let journal, let digest):
                guard let current else { return nil }
                return Contents(edits: journal.edited(onto: current), base: journal.base(onto: current), baseDigest: digest)
            }
        }

        /// "sha256:" and the hex digest of the bytes the edits started from, when the file says.
        public var baseDigest: String? {
            switch self {
            case .whole(let contents): contents.baseDigest
            case .journal(_, let digest): digest
            }
        }
    }

    /// What a recovery file holds.
    public struct Contents: Equatable, Sendable {
        /// The register with the unsaved edits.
        public var edits: Register
        /// The register the edits started from, when the file says.
        public var base: Register?
        /// "sha256:" and the hex digest of the bytes the edits started from, when the file says.
        public var baseDigest: String?

        /// Creates contents.
        public init(edits: Register, base: Register?, baseDigest: String?) {
            self.edits = edits
            self.base = base
            self.baseDigest = baseDigest
        }
    }

    /// Where a person's recovery file of a register file lives.
    public static func url(for registerURL: URL, user: String) -> URL {
        let stem = registerURL.deletingPathExtension().lastPathComponent
        return registerURL.deletingLastPathComponent().appendingPathComponent(".\(stem).\(fileNamePart(user)).recovery.json")
    }

    /// A user name as a safe part of a file name: letters, digits, '.', '-' and '_' kept, anything
    /// else '_', at most 40 characters.
    static func fileNamePart(_ user: String) -> String {
        let kept = user.unicodeScalars.prefix(40).map { scalar -> Character in
            let value = scalar.value
            let safe = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || value == 0x2E || value == 0x2D || value == 0x5F
            return safe ? Character(scalar) : "_"
        }
        let name = String(kept)
        return name.isEmpty || name.allSatisfy({ $0 == "." }) ? "user" : name
    }

    /// The bytes of a recovery file for edits that started from `baseBytes`; `base` is the
    /// register those bytes hold, when the caller has it (else they are decoded): a journal of the
    /// edits, or the edits whole when they cannot be journalled (`RecoveryJournal`) or the base
    /// bytes do not decode.
    public static func encode(edits: Register, baseBytes: [UInt8], base: Register? = nil, fileName: String) -> [UInt8] {
        let base = base ?? (try? RegisterFile.decode(baseBytes).get())
        let digest = Digest.sha256(baseBytes)
        if let base, let journal = RecoveryJournal(from: base, to: edits) {
            return encode(journal, baseDigest: digest, fileName: fileName)
        }
        var object = header(version: 1, fileName: fileName, baseDigest: digest)
        if let base { object["base"] = RegisterEncoder.encode(base) }
        object["edits"] = RegisterEncoder.encode(edits)
        return CanonicalJSONWriter.bytes(of: .object(object))
    }

    /// The bytes of a recovery file holding a journal of edits.
    static func encode(_ journal: RecoveryJournal, baseDigest: String, fileName: String) -> [UInt8] {
        var object = header(version: 2, fileName: fileName, baseDigest: baseDigest)
        object["journal"] = journal.json
        return CanonicalJSONWriter.bytes(of: .object(object))
    }

    private static func header(version: Int, fileName: String, baseDigest: String) -> OrderedDictionary<String, JSONValue> {
        ["riskregRecovery": .int(version), "file": .string(fileName), "baseDigest": .string(baseDigest)]
    }

    /// Writes the unsaved register beside its file (atomically, mode 0600), replacing any
    /// earlier recovery file. `base` is the register `baseBytes` hold, when the caller has it
    /// (`LoadedRegister.baseline`), which spares decoding them.
    public static func write(_ edits: Register, startedFrom baseBytes: [UInt8], base: Register? = nil, for registerURL: URL,
                             user: String) throws(SaveError) {
        let bytes = encode(edits: edits, baseBytes: baseBytes, base: base, fileName: registerURL.lastPathComponent)
        try RegisterStore.replace(url(for: registerURL, user: user), with: bytes, mode: 0o600)
    }

    /// Writes the unsaved edits of a loaded register (atomically, mode 0600): their journal,
    /// which costs the entries changed, not the register. A register that cannot be journalled is
    /// written whole; prepared for saving (`LoadedRegister.preparingSave`), that costs only its
    /// changed entries' encoding: the base is its prepared canonical bytes and the edits copy
    /// every unchanged entry from them, spliced into the recovery object as they are (the file is
    /// JSON, read whatever its layout).
    public static func write(_ loaded: LoadedRegister, user: String) throws(SaveError) {
        if let journal = RecoveryJournal(from: loaded.baseline, to: loaded.register) {
            let bytes = encode(journal, baseDigest: loaded.diskDigest ?? Digest.sha256(loaded.diskBytes), fileName: loaded.fileName)
            try RegisterStore.replace(url(for: loaded.url, user: user), with: bytes, mode: 0o600)
            return
        }
        guard let prepared = loaded.encoded else {
            try write(loaded.register, startedFrom: loaded.diskBytes, base: loaded.baseline, for: loaded.url, user: user)
            return
        }
        let edits = RegisterFile.encoded(loaded.register, reusing: prepared).bytes
        var bytes: [UInt8] = []
        bytes.reserveCapacity(prepared.bytes.count + edits.count + 256)
        bytes.append(contentsOf: "{\n  \"riskregRecovery\": 1,\n  \"file\": ".utf8)
        CanonicalJSONWriter.write(.string(loaded.url.lastPathComponent), indent: 1, escaping: false, into: &bytes)
        bytes.append(contentsOf: ",\n  \"baseDigest\": ".utf8)
        CanonicalJSONWriter.write(.string(loaded.diskDigest ?? Digest.sha256(loaded.diskBytes)), indent: 1, escaping: false,
                                  into: &bytes)
        bytes.append(contentsOf: ",\n  \"base\": ".utf8)
        bytes.append(contentsOf: withoutFinalNewline(prepared.bytes))
        bytes.append(contentsOf: ",\n  \"edits\": ".utf8)
        bytes.append(contentsOf: withoutFinalNewline(edits))
        bytes.append(contentsOf: "\n}\n".utf8)
        try RegisterStore.replace(url(for: loaded.url, user: user), with: bytes, mode: 0o600)
    }

    private static func withoutFinalNewline(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.last == UInt8(ascii: "\n") ? bytes.dropLast() : bytes[...]
    }

    /// A recovery file that was not read, and why: it stands in a directory others may write, so
    /// only a regular file of the user's own that no one else may write, and that has no other
    /// name, is trusted to hold the user's edits (see `FileIO.readOwn`).
    public struct Ignored: Error, Equatable, Sendable, CustomStringConvertible {
        /// The recovery file's name.
        public let fileName: String
        /// Why it was not read, naming its owner where that is the reason.
        public let reason: String

        public var description: String { "ignored \(fileName): \(reason)" }
    }

    /// The person's recovery file of a register file: what it holds, or why it was not trusted;
    /// nil when there is none, or it holds no recovery file riskreg can read. A recovery file holds
    /// the register at most twice (the edits and their base), so one larger than twice
    /// `maximumBytes` (the largest register read) and a mebibyte is refused by its size, before
    /// anything is read: a sparse file of gigabytes costs nothing.
    public static func find(for registerURL: URL, user: String,
                            maximumBytes: Int = FormatLimits.defaultMaximumFileBytes) -> Result<Found, Ignored>? {
        let file = url(for: registerURL, user: user)
        let bytes: [UInt8]
        do {
            let limit = maximumBytes > (Int.max - (1 << 20)) / 2 ? Int.max : 2 * maximumBytes + (1 << 20)
            guard let own = try FileIO.readOwn(file.path, maximumBytes: limit) else { return nil }
            bytes = own
        } catch {
            let reason = error.operation == "check" ? error.reason : "cannot \(error.operation): \(error.reason)"
            return .failure(Ignored(fileName: file.lastPathComponent, reason: reason))
        }
        return decode(bytes).map { .success($0) }
    }

    /// The edits and their base that the person's trusted recovery file of a register file holds,
    /// replayed onto the register file as it is now; nil when there is no such recovery file, or
    /// it holds a journal and the register file does not load.
    public static func read(for registerURL: URL, user: String, maximumBytes: Int = FormatLimits.defaultMaximumFileBytes) -> Contents? {
        guard let found = try? find(for: registerURL, user: user, maximumBytes: maximumBytes)?.get() else { return nil }
        if case .whole(let contents) = found { return contents }
        return found.contents(onto: try? RegisterStore.load(registerURL, maximumBytes: maximumBytes).get().register)
    }

    /// Reads recovery file bytes: a journal, the earlier whole form or a bare register.
    public static func decode(_ bytes: [UInt8]) -> Found? {
        guard let value = try? JSONParser.parse(bytes) else { return nil }
        guard case .object(let object) = value, object["riskregRecovery"] != nil else {
            guard case .success(let register) = RegisterDecoder.decode(value) else { return nil }
            return .whole(Contents(edits: register, base: nil, baseDigest: nil))
        }
        var digest: String?
        if case .string(let text)? = object["baseDigest"] { digest = text }
        if let journalValue = object["journal"] {
            guard let digest, let journal = RecoveryJournal(json: journalValue) else { return nil }
            return .journal(journal, baseDigest: digest)
        }
        guard let editsValue = object["edits"], case .success(let edits) = RegisterDecoder.decode(editsValue) else {
            return nil
        }
        var base: Register?
        if let baseValue = object["base"], case .success(let decoded) = RegisterDecoder.decode(baseValue) {
            base = decoded
        }
        return .whole(Contents(edits: edits, base: base, baseDigest: digest))
    }

    /// Removes the recovery file (after it was restored or declined, or the edits were saved).
    public static func discard(for registerURL: URL, user: String) {
        FileIO.remove(url(for: registerURL, user: user).path)
    }
}
