/// The bytes of a `DirectoryIndex` cache file (docs/register-format.md, "Other files"): an 8-byte
/// magic, a format version, the data directory's path, the records, then a 64-bit checksum of
/// everything before it. Integers are little-endian; strings and byte runs are a 32-bit length
/// then the bytes; an optional string is a flag byte first. Anything that does not read back
/// exactly (other magic or version, a length past the end, a wrong checksum, bytes left over) is
/// refused as a whole, and the index starts empty.
enum IndexCacheFormat {
    /// "riskidx" and a newline.
    static let magic: [UInt8] = Array("riskidx\n".utf8)
    /// Bumped whenever the layout or the folding changes.
    static let version: UInt32 = 1

    /// Why a cache file was refused.
    struct Refused: Error {}

    static func encode(directory: String, files: [IndexedFile]) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes(magic)
        writer.u32(version)
        writer.string(directory)
        writer.u32(UInt32(files.count))
        for file in files {
            writer.string(file.name)
            writer.i64(file.status.size)
            writer.i64(file.status.modified)
            writer.i64(file.status.changed)
            writer.u64(file.status.inode)
            writer.u64(file.status.device)
            writer.i64(file.recordedAt)
            writer.string(file.digest)
            writer.optionalString(file.header.organisation)
            writer.optionalString(file.header.title)
            writer.optionalString(file.header.period)
            writer.u32(UInt32(file.ids.count))
            for (offset, id) in file.ids.enumerated() {
                writer.string(id)
                writer.string(file.titles[offset])
                writer.run(file.search.texts[offset])
            }
        }
        writer.u64(checksum(writer.output[...]))
        return writer.output
    }

    static func decode(_ bytes: [UInt8], directory: String) throws(Refused) -> [IndexedFile] {
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { throw Refused() }
        let body = bytes[..<(bytes.count - 8)]
        var tail = ByteReader(bytes[(bytes.count - 8)...])
        guard try tail.u64() == checksum(body) else { throw Refused() }
        var reader = ByteReader(body)
        _ = try reader.bytes(magic.count)
        guard try reader.u32() == version, try reader.string() == directory else { throw Refused() }
        let count = try reader.count()
        var files: [IndexedFile] = []
        for _ in 0..<count {
            let name = try reader.string()
            let status = FileStatus(size: try reader.i64(), modified: try reader.i64(), changed: try reader.i64(),
                                    inode: try reader.u64(), device: try reader.u64())
            let recordedAt = try reader.i64()
            let digest = try reader.string()
            var header = RegisterHeader(organisation: try reader.optionalString(), title: try reader.optionalString(),
                                        period: try reader.optionalString())
            let entries = try reader.count()
            header.entryCount = entries
            var ids: [String] = []
            var titles: [String] = []
            var texts: [[UInt8]] = []
            for _ in 0..<entries {
                ids.append(try reader.string())
                titles.append(try reader.string())
                texts.append(try reader.run())
            }
            files.append(IndexedFile(name: name, status: status, recordedAt: recordedAt, digest: digest, header: header,
                                     ids: ids, titles: titles, search: EntrySearchIndex(foldedTexts: texts)))
        }
        guard reader.isAtEnd else { throw Refused() }
        return files
    }

    /// A 64-bit checksum (FNV-1a style over 8-byte words, then the tail bytes): fast enough for a
    /// cache of hundreds of megabytes, and it catches truncation and damage, not tampering.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            let prime: UInt64 = 0x0000_0100_0000_01B3
            let words = raw.count / 8
            for word in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)) &* prime
                hash ^= hash >> 32
            }
            for offset in (words * 8)..<raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* prime
            }
            return hash ^ UInt64(raw.count)
        }
    }
}

/// Appends little-endian integers, strings and byte runs.
private struct ByteWriter {
    var output: [UInt8] = []

    mutating func bytes(_ bytes: [UInt8]) { output.append(contentsOf: bytes) }

    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) } }

    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) } }

    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    mutating func run(_ bytes: [UInt8]) {
        u32(UInt32(bytes.count))
        output.append(contentsOf: bytes)
    }

    mutating func string(_ text: String) { run(Array(text.utf8)) }

    mutating func optionalString(_ text: String?) {
        if let text {
            output.append(1)
            string(text)
        } else {
            output.append(0)
        }
    }
}

/// Reads what `ByteWriter` wrote, checking every length against the bytes left.
private struct ByteReader {
    private let input: ArraySlice<UInt8>
    private var position: Int

    init(_ input: ArraySlice<UInt8>) {
        self.input = input
        position = input.startIndex
    }

    var isAtEnd: Bool { position == input.endIndex }

    mutating func bytes(_ count: Int) throws(IndexCacheFormat.Refused) -> ArraySlice<UInt8> {
        guard count >= 0, input.endIndex - position >= count else { throw IndexCacheFormat.Refused() }
        defer { position += count }
        return input[position..<(position + count)]
    }

    mutating func u32() throws(IndexCacheFormat.Refused) -> UInt32 {
        try bytes(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func u64() throws(IndexCacheFormat.Refused) -> UInt64 {
        try bytes(8).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func i64() throws(IndexCacheFormat.Refused) -> Int64 { Int64(bitPattern: try u64()) }

    /// A count of things that each take at least one byte, so no count can exceed what is left.
    mutating func count() throws(IndexCacheFormat.Refused) -> Int {
        let count = Int(try u32())
        guard count <= input.endIndex - position else { throw IndexCacheFormat.Refused() }
        return count
    }

    mutating func run() throws(IndexCacheFormat.Refused) -> [UInt8] { Array(try bytes(Int(try u32()))) }

    mutating func string() throws(IndexCacheFormat.Refused) -> String {
        let run = try bytes(Int(try u32()))
        guard let text = String(validating: run, as: UTF8.self) else { throw IndexCacheFormat.Refused() }
        return text
    }

    mutating func optionalString() throws(IndexCacheFormat.Refused) -> String? {
        switch try bytes(1).first {
        case 0: return nil
        case 1: return try string()
        default: throw IndexCacheFormat.Refused()
        }
    }
}
