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
    /// The largest catalogue read: ids, titles and lengths of every register (about 10 MB for
    /// 1,000 registers of 100 entries). A length beyond it is refused before anything is read, so
    /// a damaged or forged cache (a sparse file of gigabytes) never costs its size in memory.
    static let maximumCatalogueBytes = 256 << 20

    /// Why a cache file was refused.
    struct Refused: Error {}

    /// Writes a cache of `files` to `output` as it goes: the catalogue is made in memory (ids,
    /// titles and lengths, a small part of the cache), then each register's search text is
    /// written from the buffer that holds it, the checksum summed along the way. A record with a
    /// text too long for a 32-bit length (only possible with `--max-file-size` in the gigabytes)
    /// is left out: its file is read again.
    static func write(directory: String, files: [IndexedFile], to output: FileOutput) throws(FileIO.Failure) {
        let files = files.filter(fits)
        var catalogue = ByteWriter()
        catalogue.bytes(magic)
        catalogue.u32(version)
        catalogue.u64(0)  // the catalogue's length, set below
        catalogue.string(directory)
        catalogue.u32(UInt32(files.count))
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
                catalogue.u32(UInt32(offset < file.search.count ? file.search.range(of: offset).count : 0))
            }
        }
        catalogue.set(u64: UInt64(catalogue.output.count - prefixLength), at: prefixLength - 8)
        catalogue.u64(CacheChecksum.of(catalogue.output[...]))
        try output.write(catalogue.output[...])
        var texts = CacheChecksum()
        for file in files {
            let written = min(file.ids.count, file.search.count)
            let run = file.search.bytes[..<(written == 0 ? 0 : file.search.ends[written - 1])]
            texts.update(run)
            try output.write(run)
        }
        var sum = ByteWriter()
        sum.u64(texts.value)
        try output.write(sum.output[...])
    }

    /// True when every string and run of a record has a length that fits 32 bits.
    private static func fits(_ file: IndexedFile) -> Bool {
        let limit = Int(UInt32.max)
        let strings = [file.name, file.digest, file.header.organisation ?? "", file.header.title ?? "", file.header.period ?? ""]
            + file.ids + file.titles
        return strings.allSatisfy { $0.utf8.count <= limit } && file.search.ends.indices.allSatisfy { file.search.range(of: $0).count <= limit }
    }

    /// The length of the file's prefix that holds the catalogue and its checksum, from the first
    /// `prefixLength` bytes.
    static func catalogueEnd(_ prefix: [UInt8]) throws(Refused) -> Int {
        guard prefix.count >= prefixLength, prefix.starts(with: magic) else { throw Refused() }
        var reader = ByteReader(prefix[magic.count..<prefixLength])
        guard try reader.u32() == version else { throw Refused() }
        let length = try reader.u64()
        guard length <= UInt64(maximumCatalogueBytes) else { throw Refused() }
        return prefixLength + Int(length) + 8
    }

    /// The records of a cache file, read from its start. With `includingSearchText` false only
    /// the catalogue is read, and the records have no search text. Each register's search text is
    /// read straight into the buffer its record keeps (no copy of the whole file is made), once
    /// the catalogue's lengths are found to add up to the file's size.
    static func read(_ input: inout FileInput, directory: String, includingSearchText: Bool) throws(Refused) -> [IndexedFile] {
        guard let prefix = input.read(prefixLength) else { throw Refused() }
        let catalogueEnd = try catalogueEnd(prefix)
        guard let catalogue = input.read(catalogueEnd - prefixLength) else { throw Refused() }
        var checksum = CacheChecksum()
        checksum.update(prefix[...])
        checksum.update(catalogue.dropLast(8))
        var sum = ByteReader(catalogue.suffix(8))
        guard try sum.u64() == checksum.value else { throw Refused() }
        var (files, textEnds) = try records(ByteReader(catalogue.dropLast(8)), directory: directory)
        guard includingSearchText else { return files }
        var textLength = 0
        for ends in textEnds {
            textLength += ends.last ?? 0
            guard textLength <= input.size else { throw Refused() }
        }
        guard input.size == catalogueEnd + textLength + 8 else { throw Refused() }
        var texts = CacheChecksum()
        for (position, ends) in textEnds.enumerated() {
            guard let bytes = input.read(ends.last ?? 0), let search = EntrySearchIndex(bytes: bytes, ends: ends) else {
                throw Refused()
            }
            texts.update(bytes[...])
            files[position].search = search
        }
        guard let textSum = input.read(8) else { throw Refused() }
        var textSumReader = ByteReader(textSum[...])
        guard try textSumReader.u64() == texts.value, input.isAtEnd() else { throw Refused() }
        return files
    }

    /// The records of a catalogue (after the prefix, without its checksum), without search text,
    /// and per record where each entry's text ends in the record's run of search text.
    private static func records(_ catalogue: ByteReader, directory: String) throws(Refused) -> ([IndexedFile], [[Int]]) {
        var reader = catalogue
        guard try reader.string() == directory else { throw Refused() }
        let count = try reader.count()
        var files: [IndexedFile] = []
        var textEnds: [[Int]] = []
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
            var ends: [Int] = []
            ids.reserveCapacity(entries)
            titles.reserveCapacity(entries)
            ends.reserveCapacity(entries)
            for _ in 0..<entries {
                ids.append(try reader.string())
                titles.append(try reader.string())
                ends.append((ends.last ?? 0) + Int(try reader.u32()))
            }
            files.append(IndexedFile(name: name, status: status, recordedAt: recordedAt, digest: digest, header: header,
                                     ids: ids, titles: titles, search: EntrySearchIndex()))
            textEnds.append(ends)
        }
        guard reader.isAtEnd else { throw Refused() }
        return (files, textEnds)
    }
}
