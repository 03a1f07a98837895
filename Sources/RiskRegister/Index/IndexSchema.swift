/// The tables of a `DirectoryIndex` database:
/// - `directory`: one row, the data directory's real path (a database of another directory is
///   not used);
/// - `register`: one row per register file: its name, status when read, when recorded, digest,
///   header, entry count, and the entries' ids and titles (each list one blob, the texts joined by
///   `SearchText.separator`, a byte UTF-8 never holds), all a catalogue needs;
/// - `entry_text`: one row per entry, its folded search text (`EntrySearchIndex.text(at:)`), keyed
///   by the register's id times 2³² plus the entry's position, so that a register's entries lie
///   together, in file order, and a scan of the table meets them register by register.
/// `PRAGMA user_version` is `version`, `PRAGMA application_id` is `applicationID`; a database
/// whose version, application id or schema differs is not used (it is deleted and made again).
enum IndexSchema {
    /// Bumped whenever the tables or the folding change.
    static let version: Int64 = 1
    /// "rrix", in `PRAGMA application_id` (bytes 68–71 of the file).
    static let applicationID: Int64 = 0x7272_6978
    /// The page size of a new database: 16 KiB pages hold six entries' text of a typical register
    /// (4 KiB pages held one, wasting a third of the file) while a changed entry still costs a
    /// write of one page (docs/benchmarks.md).
    static let pageSize = 16_384
    /// The largest string or blob the connection reads or writes (`SQLITE_LIMIT_LENGTH`): one
    /// register's ids or titles, or one entry's text, far more than a register file of the
    /// largest size allowed by default holds. A damaged or forged length beyond it is refused.
    static let maximumValueBytes: Int32 = 512 << 20
    /// How many entries a register row may claim (`FormatLimits.maximumElements`).
    static let maximumEntries = Int64(FormatLimits.maximumElements)
    /// The largest register id: ids times 2³² must stay within an SQLite integer.
    static let maximumRegisterID = Int64(Int32.max)

    /// Every object of the schema, as `sqlite_schema` lists them (type, name, SQL), by name.
    static let objects: [(type: String, name: String, sql: String?)] = [
        ("table", "directory", "CREATE TABLE directory(path TEXT NOT NULL)"),
        ("table", "entry_text", "CREATE TABLE entry_text(id INTEGER PRIMARY KEY, text BLOB NOT NULL)"),
        ("table", "register", """
            CREATE TABLE register(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, \
            modified INTEGER NOT NULL, changed INTEGER NOT NULL, inode INTEGER NOT NULL, device INTEGER NOT NULL, \
            recorded_at INTEGER NOT NULL, digest TEXT NOT NULL, organisation TEXT, title TEXT, period TEXT, \
            entry_count INTEGER NOT NULL, ids BLOB NOT NULL, titles BLOB NOT NULL)
            """),
        ("index", "sqlite_autoindex_register_1", nil),
    ]

    /// The first key of a register's entries in `entry_text`.
    static func firstKey(ofRegister id: Int64) -> Int64 { id << 32 }

    /// The last key a register's entries may have.
    static func lastKey(ofRegister id: Int64) -> Int64 { id << 32 | 0xFFFF_FFFF }

    /// The register and position an `entry_text` key names.
    static func entry(ofKey key: Int64) -> (register: Int64, position: Int) {
        (key >> 32, Int(key & 0xFFFF_FFFF))
    }
}
