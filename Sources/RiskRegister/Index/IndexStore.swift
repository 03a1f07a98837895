import CSQLite

/// The database of a `DirectoryIndex`: the catalogue read whole, and each register's rows written,
/// renewed or removed in a transaction of their own, touching no other register's rows.
/// Opened by `openForWriting` or `openForReading` (IndexStore+Opening.swift); searched by `search`
/// (IndexStore+Search.swift).
final class IndexStore {
    /// The connection.
    let connection: SQLiteConnection
    /// The database file; nil for a private temporary database (no cache: deleted when closed).
    let file: String?

    init(connection: SQLiteConnection, file: String?) {
        self.connection = connection
        self.file = file
    }

    /// Statements compiled once per connection, on first use, by their SQL.
    private var statements: [String: SQLiteStatement] = [:]

    /// The compiled statement for `sql`, reset and ready.
    func statement(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        if let compiled = statements[sql] {
            compiled.reset()
            return compiled
        }
        let compiled = try connection.prepare(sql)
        statements[sql] = compiled
        return compiled
    }

    /// Every register row, checked: ids in range, a plain file name, an entry count within
    /// limits and ids and titles that many. A row that does not check out means the database was
    /// not written by this program as it is: the whole is refused.
    func catalogue() throws(SQLiteError) -> [IndexedFile] {
        try connection.reading { () throws(SQLiteError) -> [IndexedFile] in
            let rows = try statement("""
                SELECT id, name, size, modified, changed, inode, device, recorded_at, digest, organisation, title, period, \
                entry_count, ids, titles FROM register
                """)
            defer { rows.reset() }
            var records: [IndexedFile] = []
            while try rows.step() {
                let id = try rows.int64(0)
                guard (1...IndexSchema.maximumRegisterID).contains(id), let name = rows.text(1), Self.isPlainName(name),
                      let digest = rows.text(8) else { throw .damaged("a register row is not one this program writes") }
                let status = FileStatus(size: try rows.int64(2), modified: try rows.int64(3), changed: try rows.int64(4),
                                        inode: UInt64(bitPattern: try rows.int64(5)), device: UInt64(bitPattern: try rows.int64(6)))
                let count = try rows.int64(12)
                guard (0...IndexSchema.maximumEntries).contains(count),
                      let ids = JoinedTexts.texts(rows.bytes(13), count: Int(count)),
                      let titles = JoinedTexts.texts(rows.bytes(14), count: Int(count)) else {
                    throw .damaged("a register row's entries do not add up")
                }
                let header = RegisterHeader(organisation: rows.text(9), title: rows.text(10), period: rows.text(11), entryCount: Int(count))
                records.append(IndexedFile(name: name, status: status, recordedAt: try rows.int64(7), digest: digest, header: header,
                                           ids: ids, titles: titles))
            }
            return records
        }
    }

    /// True for a name a data directory's listing can give: not empty, no slash or NUL, not "."
    /// or "..". (A search hit names its file by joining the directory and the name.)
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(UInt8(ascii: "/")) && !name.utf8.contains(0)
    }

    /// True when a record's rows can be written and read back: a plain file name, no more
    /// entries than a register file may hold, and no value longer than the connection takes (a
    /// register that large, read with `--max-file-size` in the gigabytes, is read again each time
    /// instead of being recorded).
    static func fits(_ record: IndexedFile, texts: EntrySearchIndex) -> Bool {
        let limit = Int(IndexSchema.maximumValueBytes)
        return isPlainName(record.name) && Int64(texts.count) <= IndexSchema.maximumEntries
            && record.ids.reduce(0, { $0 + $1.utf8.count + 1 }) <= limit && record.titles.reduce(0, { $0 + $1.utf8.count + 1 }) <= limit
            && texts.ends.indices.allSatisfy { texts.range(of: $0).count <= limit }
    }

    /// Writes a register's rows: its register row, and the text of each entry that is new or
    /// changed (an entry whose text is the one stored is not written again, so a changed title
    /// costs a page or two, not the register's whole text); entries past the new count are
    /// deleted. One transaction. Returns the register's id.
    @discardableResult
    func write(_ record: IndexedFile, texts: EntrySearchIndex) throws(SQLiteError) -> Int64 {
        try connection.writing { () throws(SQLiteError) -> Int64 in
            let id = try registerID(writing: record)
            let first = IndexSchema.firstKey(ofRegister: id)
            var changed = Array(repeating: true, count: texts.count)
            let old = try statement("SELECT id, text FROM entry_text WHERE id BETWEEN ?1 AND ?2")
            try old.bind(first, at: 1)
            try old.bind(IndexSchema.lastKey(ofRegister: id), at: 2)
            try texts.bytes.withUnsafeBufferPointer { all throws(SQLiteError) in
                while try old.step() {
                    let position = IndexSchema.entry(ofKey: try old.int64(0)).position
                    guard position < texts.count else { continue }
                    changed[position] = !old.bytes(1).elementsEqual(UnsafeBufferPointer(rebasing: all[texts.range(of: position)]))
                }
            }
            old.reset()
            let upsert = try statement("INSERT INTO entry_text(id, text) VALUES(?1, ?2) ON CONFLICT(id) DO UPDATE SET text = excluded.text")
            for position in changed.indices where changed[position] {
                try upsert.bind(first + Int64(position), at: 1)
                try upsert.bind(bytes: texts.text(at: position), at: 2)
                try upsert.run()
            }
            let extra = try statement("DELETE FROM entry_text WHERE id BETWEEN ?1 AND ?2")
            try extra.bind(first + Int64(texts.count), at: 1)
            try extra.bind(IndexSchema.lastKey(ofRegister: id), at: 2)
            try extra.run()
            return id
        }
    }

    /// Writes a register row (inserted, or updated in place under its id) and returns its id.
    private func registerID(writing record: IndexedFile) throws(SQLiteError) -> Int64 {
        let existing = try statement("SELECT id FROM register WHERE name = ?1")
        try existing.bind(record.name, at: 1)
        let id = try existing.step() ? try existing.int64(0) : nil
        existing.reset()
        let row = try statement(id == nil ? """
            INSERT INTO register(size, modified, changed, inode, device, recorded_at, digest, organisation, title, period, \
            entry_count, ids, titles, name) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            """ : """
            UPDATE register SET size = ?1, modified = ?2, changed = ?3, inode = ?4, device = ?5, recorded_at = ?6, digest = ?7, \
            organisation = ?8, title = ?9, period = ?10, entry_count = ?11, ids = ?12, titles = ?13 WHERE name = ?14
            """)
        try bindStatus(record, to: row)
        try row.bind(record.digest, at: 7)
        try row.bind(record.header.organisation, at: 8)
        try row.bind(record.header.title, at: 9)
        try row.bind(record.header.period, at: 10)
        try row.bind(Int64(record.ids.count), at: 11)
        try row.bind(bytes: JoinedTexts.bytes(of: record.ids), at: 12)
        try row.bind(bytes: JoinedTexts.bytes(of: record.titles), at: 13)
        try row.bind(record.name, at: 14)
        try row.run()
        if let id { return id }
        let inserted = sqlite3_last_insert_rowid(connection.handle)
        // INTEGER PRIMARY KEY gives the largest id plus one; ids past the range are a damaged file.
        guard (1...IndexSchema.maximumRegisterID).contains(inserted) else { throw .damaged("register ids are used up") }
        return inserted
    }

    /// Binds a record's status (?1–?5) and time of recording (?6).
    private func bindStatus(_ record: IndexedFile, to row: SQLiteStatement) throws(SQLiteError) {
        try row.bind(record.status.size, at: 1)
        try row.bind(record.status.modified, at: 2)
        try row.bind(record.status.changed, at: 3)
        try row.bind(Int64(bitPattern: record.status.inode), at: 4)
        try row.bind(Int64(bitPattern: record.status.device), at: 5)
        try row.bind(record.recordedAt, at: 6)
    }

    /// Renews the status and time of recording of a register row that holds `record.digest`;
    /// false when there is no such row (it holds other bytes or is missing): nothing is written.
    func renew(_ record: IndexedFile) throws(SQLiteError) -> Bool {
        try connection.writing { () throws(SQLiteError) -> Bool in
            let row = try statement("""
                UPDATE register SET size = ?1, modified = ?2, changed = ?3, inode = ?4, device = ?5, recorded_at = ?6 \
                WHERE name = ?7 AND digest = ?8
                """)
            try bindStatus(record, to: row)
            try row.bind(record.name, at: 7)
            try row.bind(record.digest, at: 8)
            try row.run()
            return sqlite3_changes(connection.handle) > 0
        }
    }

    /// Deletes a register's rows. One transaction. Returns the id the register had, if any.
    @discardableResult
    func remove(_ name: String) throws(SQLiteError) -> Int64? {
        try connection.writing { () throws(SQLiteError) -> Int64? in
            let existing = try statement("SELECT id FROM register WHERE name = ?1")
            try existing.bind(name, at: 1)
            guard try existing.step() else { return nil }
            let id = try existing.int64(0)
            existing.reset()
            let texts = try statement("DELETE FROM entry_text WHERE id BETWEEN ?1 AND ?2")
            try texts.bind(IndexSchema.firstKey(ofRegister: id), at: 1)
            try texts.bind(IndexSchema.lastKey(ofRegister: id), at: 2)
            try texts.run()
            let row = try statement("DELETE FROM register WHERE id = ?1")
            try row.bind(id, at: 1)
            try row.run()
            return id
        }
    }

    /// Reads the file through a memory map (up to 2 GiB), or not (through SQLite's page cache).
    func setMemoryMapped(_ mapped: Bool) {
        try? connection.execute("PRAGMA mmap_size = \(mapped ? IndexStore.mappedBytes : 0)")
    }

    /// How much of the file a connection maps: SQLite's largest (SQLITE_MAX_MMAP_SIZE here).
    static let mappedBytes = 2_147_418_112

    /// Copies what the write-ahead log holds into the database file, without waiting for readers.
    func checkpoint() {
        _ = sqlite3_wal_checkpoint_v2(connection.handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
    }
}
