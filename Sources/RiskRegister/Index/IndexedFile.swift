/// What a `DirectoryIndex` keeps in memory of one register file: the state of the file it was read
/// from, the digest of its bytes, its header and, per entry, id and title. (The entries' folded
/// search text stays in the index's database.)
public struct IndexedFile: Equatable, Sendable {
    /// The file's name in the data directory ("lcc-2021-22-q4.json").
    public var name: String
    /// The file's status when it was read (the same before and after reading).
    public var status: FileStatus
    /// When the record was made, nanoseconds since 1970: a file modified within
    /// `DirectoryIndex.racyWindow` before this may have changed again unseen in the same
    /// timestamp tick, so its record is not trusted (it is checked against the digest instead).
    public var recordedAt: Int64
    /// `Digest.sha256` of the bytes read.
    public var digest: String
    /// Organisation, title, period and entry count.
    public var header: RegisterHeader
    /// The entries' ids, in file order.
    public var ids: [String]
    /// The entries' titles, in file order.
    public var titles: [String]

    /// Creates a record.
    public init(name: String, status: FileStatus, recordedAt: Int64, digest: String, header: RegisterHeader,
                ids: [String], titles: [String]) {
        self.name = name
        self.status = status
        self.recordedAt = recordedAt
        self.digest = digest
        self.header = header
        self.ids = ids
        self.titles = titles
    }

    /// The record of a register read from bytes with `digest`.
    init(name: String, status: FileStatus, recordedAt: Int64, digest: String, register: Register) {
        self.init(name: name, status: status, recordedAt: recordedAt, digest: digest,
                  header: RegisterHeader(organisation: register.organisation, title: register.title,
                                         period: register.period, entryCount: register.entries.count),
                  ids: register.entries.map(\.id), titles: register.entries.map(\.title))
    }

    /// The file name without its extension.
    public var stem: String { name.hasSuffix(".json") ? String(name.dropLast(5)) : name }
}
