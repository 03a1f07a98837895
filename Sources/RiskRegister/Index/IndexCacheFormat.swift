/// The bytes of a `DirectoryIndex` cache file (docs/register-format.md, "Other files"). Two parts,
/// each followed by a 64-bit checksum of everything before it in that part:
/// - the catalogue: an 8-byte magic, a format version, the catalogue's length, the data
///   directory's path and per file its name, status, digest, header and the entries' ids, titles
///   and search-text lengths;
/// - the search texts, one run per entry, in catalogue order.
/// A command that needs only headers reads the catalogue and stops. Integers are little-endian;
/// strings and byte runs are a 32-bit length then the bytes; an optional string is a flag byte
/// first. Anything that does not read back exactly (other magic or version, a length past the end,
/// a wrong checksum, bytes left over) is refused as a whole, and the index starts empty.
enum IndexCacheFormat {
    /// "riskidx" and a newline.
    static let magic: [UInt8] = Array("riskidx\n".utf8)
    /// Bumped whenever the layout or the folding changes.
    static let version: UInt32 = 1
    /// Magic, version and the catalogue's length.
    static let prefixLength = 8 + 4 + 8

    /// Why a cache file was refused.
    struct Refused: Error {}

    /// The bytes of a cache of `files`. A record with a text too long for a 32-bit length (only
    /// possible with `--max-file-size` in the gigabytes) is left out: its file is read again.
    static func encode(directory: String, files: [IndexedFile]) -> [UInt8] {
        let files = files.filter(fits)
        var catalogue = ByteWriter()
        catalogue.string(directory)
        catalogue.u32(UInt32(files.count))
        var texts = ByteWriter()
        for file in files {
            catalogue.string(file.name)
            catalogue.i64(file.status.size)
            catalogue.i64(file.status.modified)
            catalogue.i64(file.status.changed)
            catalogue.u64(file.status.inode)
            catalogue.u64(file.status.device)
            catalogue.i64(file.recordedAt)
            catalogue.string(file.digest)
            catalogue.optionalString(file.header.organisation)
            catalogue.optionalString(file.header.title)
            catalogue.optionalString(file.header.period)
            catalogue.u32(UInt32(file.ids.count))
            for (offset, id) in file.ids.enumerated() {
                catalogue.string(id)
                catalogue.string(file.titles[offset])
                let text = offset < file.search.texts.count ? file.search.texts[offset] : []
                catalogue.u32(UInt32(text.count))
                texts.bytes(text)
            }
        }
        var output = ByteWriter()
        output.bytes(magic)
        output.u32(version)
        output.u64(UInt64(catalogue.output.count))
        output.bytes(catalogue.output)
        output.u64(checksum(output.output[...]))
        output.bytes(texts.output)
        output.u64(checksum(texts.output[...]))
        return output.output
    }

    /// True when every string and run of a record has a length that fits 32 bits.
    private static func fits(_ file: IndexedFile) -> Bool {
        let limit = Int(UInt32.max)
        let strings = [file.name, file.digest, file.header.organisation ?? "", file.header.title ?? "", file.header.period ?? ""]
            + file.ids + file.titles
        return strings.allSatisfy { $0.utf8.count <= limit } && file.search.texts.allSatisfy { $0.count <= limit }
    }

    /// The length of the file's prefix that holds the catalogue and its checksum, from the first
    /// `prefixLength` bytes.
    static func catalogueEnd(_ prefix: [UInt8]) throws(Refused) -> Int {
        guard prefix.count >= prefixLength, prefix.starts(with: magic) else { throw Refused() }
        var reader = ByteReader(prefix[magic.count..<prefixLength])
        guard try reader.u32() == version else { throw Refused() }
        let length = try reader.u64()
        guard length < UInt64(Int.max / 2) else { throw Refused() }
        return prefixLength + Int(length) + 8
    }

    /// The records of a cache file's bytes. With `includingSearchText` false the bytes may end
    /// after the catalogue, and the records have no search text.
    static func decode(_ bytes: [UInt8], directory: String, includingSearchText: Bool) throws(Refused) -> [IndexedFile] {
        let catalogueEnd = try catalogueEnd(Array(bytes.prefix(prefixLength)))
        guard bytes.count >= catalogueEnd else { throw Refused() }
        var sum = ByteReader(bytes[(catalogueEnd - 8)..<catalogueEnd])
        guard try sum.u64() == checksum(bytes[..<(catalogueEnd - 8)]) else { throw Refused() }
        var textReader: ByteReader?
        if includingSearchText {
            guard bytes.count >= catalogueEnd + 8 else { throw Refused() }
            let texts = bytes[catalogueEnd..<(bytes.count - 8)]
            var textSum = ByteReader(bytes[(bytes.count - 8)...])
            guard try textSum.u64() == checksum(texts) else { throw Refused() }
            textReader = ByteReader(texts)
        }
        var reader = ByteReader(bytes[prefixLength..<(catalogueEnd - 8)])
        guard try reader.string() == directory else { throw Refused() }
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
                let length = Int(try reader.u32())
                if let text = try textReader?.bytes(length) { texts.append(Array(text)) }
            }
            files.append(IndexedFile(name: name, status: status, recordedAt: recordedAt, digest: digest, header: header,
                                     ids: ids, titles: titles, search: EntrySearchIndex(foldedTexts: texts)))
        }
        guard reader.isAtEnd, textReader?.isAtEnd ?? true else { throw Refused() }
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
