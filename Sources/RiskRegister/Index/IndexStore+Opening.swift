import CSQLite
import Foundation
import Glibc

extension IndexStore {
    /// How long a statement waits for another riskreg's write to end (each register is one short
    /// transaction) before giving up: the index is a cache, so giving up only costs a read later.
    static let busyMilliseconds: Int32 = 5_000

    /// The database of `directory` in the cache file `file`, ready to read and write: made when
    /// missing; deleted and made again when it is not a database, damaged, of another version or
    /// of another directory; replaced when it is not a regular file of the current user (a
    /// symbolic link is never followed). When the file cannot be used (no cache directory, one
    /// that is not the user's own, a disk that refuses), a private temporary database instead:
    /// the index works, and is lost at the end. Nil only when not even that opens.
    static func openForWriting(file: URL?, directory: String) -> IndexStore? {
        if let file, let store = openCache(file, directory: directory) { return store }
        return openTemporary(directory: directory)
    }

    /// The database of `directory` in the cache file `file`, only to read the catalogue; nil when
    /// it is missing or cannot be used as it is (nothing is made, deleted or written).
    static func openForReading(file: URL, directory: String) -> IndexStore? {
        let folder = file.deletingLastPathComponent().path
        let path = file.path
        guard CacheFiles.isPrivateDirectory(folder), CacheFiles.isOwnRegularFile(path),
              CacheFiles.companions(of: path).allSatisfy({ !CacheFiles.exists($0) || CacheFiles.isOwnRegularFile($0) }) else {
            return nil
        }
        guard let connection = try? SQLiteConnection(path: path, options: [.readWrite, .noFollow, .oneThread]),
              (try? configure(connection)) != nil, (try? validate(connection, directory: directory)) == true else { return nil }
        return IndexStore(connection: connection, file: path)
    }

    /// The cache file opened, or made, for writing; nil when it cannot be used.
    private static func openCache(_ file: URL, directory: String) -> IndexStore? {
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        guard CacheFiles.isPrivateDirectory(folder.path) else { return nil }
        RegisterStore.removeLeftovers(in: folder)  // temporary files of earlier versions' saves that were killed
        CacheFiles.removeLegacy(of: file)
        let path = file.path
        for _ in 0..<2 {
            guard CacheFiles.prepare(path) else { return nil }
            do {
                let connection = try SQLiteConnection(path: path, options: [.readWrite, .noFollow, .oneThread])
                try configure(connection)
                try create(connection, directory: directory, inWAL: true)
                if try validate(connection, directory: directory) { return IndexStore(connection: connection, file: path) }
            } catch where !error.isDamage {
                return nil  // busy, disk full, refused: leave the file for another time
            } catch {}
            CacheFiles.remove(path)  // not ours as it is: made again, once
        }
        return nil
    }

    /// A private temporary database (SQLite's temporary directory, deleted when closed), else one
    /// in memory.
    private static func openTemporary(directory: String) -> IndexStore? {
        for path in ["", ":memory:"] {
            guard let connection = try? SQLiteConnection(path: path, options: [.readWrite, .create, .oneThread]),
                  (try? configure(connection)) != nil, (try? create(connection, directory: directory, inWAL: false)) != nil,
                  (try? validate(connection, directory: directory)) == true else { continue }
            return IndexStore(connection: connection, file: nil)
        }
        return nil
    }

    /// The settings of every connection: a database file is not trusted to hold more than data
    /// (no triggers, views or functions of its schema run; defensive mode; lengths capped, so a
    /// forged length cannot cost memory), commits do not wait for the disk (in write-ahead-log
    /// mode a cache may lose its last commits in a power cut, never its consistency), deleted rows
    /// are not overwritten with zeros (the library's default here), and pages are checked as they
    /// are read. The file is read through a memory map (up to SQLite's limit of 2 GiB; the rest,
    /// if any, by pread): a search reads every entry's text, and the map spares copying each page
    /// out of the kernel's cache first (a third of a search's time). Its pages count in the
    /// resident set but are the page cache's, shared and dropped under pressure; the cost is that
    /// a disk error while reading, or another program cutting the file short, ends the process
    /// (SIGBUS) instead of failing a call. Only riskreg writes the file, and it never shortens it
    /// (no VACUUM; a damaged file is unlinked, which leaves a mapping whole).
    static func configure(_ connection: SQLiteConnection) throws(SQLiteError) {
        connection.setBusyTimeout(milliseconds: busyMilliseconds)
        connection.limit(SQLITE_LIMIT_LENGTH, IndexSchema.maximumValueBytes)
        try connection.configure(SQLITE_DBCONFIG_DEFENSIVE, true)
        try connection.configure(SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)
        try connection.configure(SQLITE_DBCONFIG_ENABLE_TRIGGER, false)
        try connection.configure(SQLITE_DBCONFIG_ENABLE_VIEW, false)
        try connection.execute("""
            PRAGMA synchronous = NORMAL; PRAGMA secure_delete = OFF; PRAGMA cell_size_check = ON; \
            PRAGMA cache_size = -8192; PRAGMA journal_size_limit = 33554432; PRAGMA mmap_size = \(mappedBytes)
            """)
    }

    /// Makes the tables in a database with none (a new, empty file): for a file, switches it to
    /// write-ahead logging first, then makes them in one transaction that first looks again
    /// (another riskreg may have made them meanwhile).
    private static func create(_ connection: SQLiteConnection, directory: String, inWAL: Bool) throws(SQLiteError) {
        guard try connection.integer("PRAGMA page_count") == 0 else { return }
        try connection.execute("PRAGMA page_size = \(IndexSchema.pageSize)")
        if inWAL { _ = try connection.text("PRAGMA journal_mode = WAL") }  // before the first write: no rollback journal, no fsync
        try connection.writing { () throws(SQLiteError) in
            guard try connection.integer("SELECT count(*) FROM sqlite_schema") == 0 else { return }
            for object in IndexSchema.objects {
                if let sql = object.sql, object.type == "table" { try connection.execute(sql) }
            }
            let row = try connection.prepare("INSERT INTO directory(path) VALUES(?1)")
            try row.bind(directory, at: 1)
            try row.run()
            try connection.execute("PRAGMA application_id = \(IndexSchema.applicationID); PRAGMA user_version = \(IndexSchema.version)")
        }
    }

    /// True when the database is this version's, of this schema exactly, for `directory`.
    private static func validate(_ connection: SQLiteConnection, directory: String) throws(SQLiteError) -> Bool {
        guard try connection.integer("PRAGMA application_id") == IndexSchema.applicationID,
              try connection.integer("PRAGMA user_version") == IndexSchema.version else { return false }
        let schema = try connection.prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY name")
        var objects: [(type: String?, name: String?, sql: String?)] = []
        while try schema.step(), objects.count <= IndexSchema.objects.count {
            objects.append((schema.text(0), schema.text(1), schema.text(2)))
        }
        guard objects.count == IndexSchema.objects.count,
              zip(objects, IndexSchema.objects).allSatisfy({ $0.type == $1.type && $0.name == $1.name && $0.sql == $1.sql }) else {
            return false
        }
        let paths = try connection.prepare("SELECT path FROM directory LIMIT 2")
        guard try paths.step(), paths.text(0) == directory, try !paths.step() else { return false }
        return true
    }
}
