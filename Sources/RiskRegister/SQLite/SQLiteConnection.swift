import CSQLite

/// One connection to an SQLite database (the system's libsqlite3), used from one thread at a
/// time: statements, transactions and settings. Closed when released.
final class SQLiteConnection {
    /// The connection; valid until `deinit`.
    let handle: OpaquePointer

    /// How a database is opened (`sqlite3_open_v2` flags).
    struct Options: OptionSet {
        let rawValue: Int32

        /// Reading and writing (else read only).
        static let readWrite = Options(rawValue: SQLITE_OPEN_READWRITE)
        /// Making the file when it is missing.
        static let create = Options(rawValue: SQLITE_OPEN_CREATE)
        /// Refusing a path that is a symbolic link (SQLITE_CANTOPEN_SYMLINK).
        static let noFollow = Options(rawValue: SQLITE_OPEN_NOFOLLOW)
        /// No mutex of its own: the connection is used by one thread at a time.
        static let oneThread = Options(rawValue: SQLITE_OPEN_NOMUTEX)
    }

    /// Opens the database at `path` (":memory:" for one in memory, "" for a private temporary
    /// file); extended result codes are always on.
    init(path: String, options: Options) throws(SQLiteError) {
        var handle: OpaquePointer?
        let status = sqlite3_open_v2(path, &handle, options.rawValue | SQLITE_OPEN_EXRESCODE, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: status, message: message)
        }
        self.handle = handle
    }

    deinit {
        // Statements are finalised by their own deinit first (each keeps its connection alive);
        // close_v2 also copes with any left.
        sqlite3_close_v2(handle)
    }

    /// Compiles one SQL statement.
    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status) }
        return SQLiteStatement(statement, connection: self)
    }

    /// Runs SQL that returns no rows (one statement or several separated by semicolons).
    func execute(_ sql: String) throws(SQLiteError) {
        let status = sqlite3_exec(handle, sql, nil, nil, nil)
        guard status == SQLITE_OK else { throw error(status) }
    }

    /// The integer a query's first row starts with (a pragma's value); nil when it returns no row.
    func integer(_ sql: String) throws(SQLiteError) -> Int64? {
        let statement = try prepare(sql)
        return try statement.step() ? statement.int64(0) : nil
    }

    /// The text a query's first row starts with; nil when it returns no row or NULL.
    func text(_ sql: String) throws(SQLiteError) -> String? {
        let statement = try prepare(sql)
        return try statement.step() ? statement.text(0) : nil
    }

    /// Runs `body` in a transaction taking the write lock at once (`BEGIN IMMEDIATE`), committed
    /// when it returns and rolled back when it throws.
    func writing<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if sqlite3_get_autocommit(handle) == 0 { _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
            throw error
        }
    }

    /// Runs `body` in a read transaction: every query in it sees the same state of the
    /// database, whatever other connections commit meanwhile.
    func reading<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        try execute("BEGIN DEFERRED")
        defer { if sqlite3_get_autocommit(handle) == 0 { _ = sqlite3_exec(handle, "COMMIT", nil, nil, nil) } }
        return try body()
    }

    /// Sets one of `sqlite3_db_config`'s on/off options.
    func configure(_ option: Int32, _ on: Bool) throws(SQLiteError) {
        let status = rr_sqlite_db_config_flag(handle, option, on ? 1 : 0)
        guard status == SQLITE_OK else { throw error(status) }
    }

    /// Sets a run-time limit (`sqlite3_limit`), such as the longest string or blob.
    func limit(_ limit: Int32, _ value: Int32) {
        sqlite3_limit(handle, limit, value)
    }

    /// How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// True when the database file was deleted or replaced since the connection opened it (what it
    /// reads and writes is then a file nobody else will see).
    var fileHasMoved: Bool {
        var moved: Int32 = 0
        guard sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK else { return false }
        return moved != 0
    }

    /// How many rows statements have inserted, updated or deleted since the connection opened.
    var rowsChanged: Int64 { sqlite3_total_changes64(handle) }

    /// How many pages the connection has written (to the write-ahead log, in WAL mode) since it
    /// opened.
    var pagesWritten: Int {
        var current: Int32 = 0
        var highest: Int32 = 0
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_WRITE, &current, &highest, 0)
        return Int(current)
    }

    /// The error for a result code, with the connection's message.
    func error(_ status: Int32) -> SQLiteError {
        SQLiteError(code: sqlite3_extended_errcode(handle) == 0 ? status : sqlite3_extended_errcode(handle),
                    message: String(cString: sqlite3_errmsg(handle)))
    }
}
