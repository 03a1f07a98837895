import CSQLite

/// A compiled SQL statement of a `SQLiteConnection`: parameters bound by position (from 1),
/// stepped row by row, columns read by position (from 0). Finalised when released.
final class SQLiteStatement {
    private let statement: OpaquePointer
    /// Kept so that the connection outlives its statements.
    private let connection: SQLiteConnection

    init(_ statement: OpaquePointer, connection: SQLiteConnection) {
        self.statement = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(statement) }

    /// Makes the statement ready to run again and clears its parameters.
    func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    /// Binds an integer.
    func bind(_ value: Int64, at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_int64(statement, index, value))
    }

    /// Binds a text, or NULL for nil.
    func bind(_ value: String?, at index: Int32) throws(SQLiteError) {
        guard var value else {
            try check(sqlite3_bind_null(statement, index))
            return
        }
        let status = value.withUTF8 { utf8 -> Int32 in
            guard let base = utf8.baseAddress, !utf8.isEmpty else {
                return sqlite3_bind_text64(statement, index, "", 0, rr_sqlite_transient(), UInt8(SQLITE_UTF8))
            }
            return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { characters in
                sqlite3_bind_text64(statement, index, characters, sqlite3_uint64(utf8.count), rr_sqlite_transient(), UInt8(SQLITE_UTF8))
            }
        }
        try check(status)
    }

    /// Binds bytes as a blob (an empty blob for no bytes, not NULL).
    func bind(bytes: some Collection<UInt8>, at index: Int32) throws(SQLiteError) {
        let status = bytes.withContiguousStorageIfAvailable { buffer in
            bindBlob(UnsafeRawBufferPointer(buffer), at: index)
        } ?? Array(bytes).withUnsafeBytes { bindBlob($0, at: index) }
        try check(status)
    }

    private func bindBlob(_ buffer: UnsafeRawBufferPointer, at index: Int32) -> Int32 {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return sqlite3_bind_zeroblob(statement, index, 0) }
        return sqlite3_bind_blob64(statement, index, base, sqlite3_uint64(buffer.count), rr_sqlite_transient())
    }

    /// Runs the statement to its next row: true when there is one, false when it is done.
    func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let status: throw connection.error(status)
        }
    }

    /// Runs a statement that returns no rows, then resets it for the next use.
    func run() throws(SQLiteError) {
        defer { reset() }
        while try step() {}
    }

    /// True when a column of the current row is NULL.
    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(statement, column) == SQLITE_NULL
    }

    /// A column as an integer; a value of another kind is refused (the database was not written
    /// by this program, or is damaged).
    func int64(_ column: Int32) throws(SQLiteError) -> Int64 {
        guard sqlite3_column_type(statement, column) == SQLITE_INTEGER else { throw .damaged("column \(column) is not an integer") }
        return sqlite3_column_int64(statement, column)
    }

    /// A column as an integer, whatever it holds (SQLite's conversion), for a column that can only
    /// hold integers (a rowid).
    func integer(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    /// A column as text; nil for NULL. Bytes that are not UTF-8 are repaired.
    func text(_ column: Int32) -> String? {
        guard !isNull(column), let characters = sqlite3_column_text(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: characters, count: count), as: UTF8.self)
    }

    /// A column's bytes, without a copy: valid only until the statement steps, is reset or is
    /// released. Empty for NULL or an empty blob.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        let pointer = sqlite3_column_blob(statement, column)
        let count = Int(sqlite3_column_bytes(statement, column))
        guard let pointer, count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: UInt8.self), count: count)
    }

    private func check(_ status: Int32) throws(SQLiteError) {
        guard status == SQLITE_OK else { throw connection.error(status) }
    }
}
