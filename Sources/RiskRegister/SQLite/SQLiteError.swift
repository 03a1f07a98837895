import CSQLite

/// A failed SQLite call: its extended result code and SQLite's message for it.
struct SQLiteError: Error, CustomStringConvertible {
    /// The extended result code (`SQLITE_CORRUPT_INDEX`, `SQLITE_IOERR_READ`, …).
    let code: Int32
    /// What SQLite said, or what was being done.
    let message: String

    /// The primary result code (`SQLITE_CORRUPT` for every kind of corruption).
    var primaryCode: Int32 { code & 0xFF }

    /// True when the file is not a database, or not a sound one: damaged, truncated, of a format
    /// this library cannot read or write, holding a value too long to be real, or breaking a
    /// constraint its own writes keep; or one that cannot be written (a read-only file in the
    /// user's own cache directory is not one riskreg made as it is). Such a file is thrown away;
    /// other failures (busy, disk full, out of memory, an I/O error) leave it be.
    var isDamage: Bool {
        if primaryCode == SQLITE_READONLY { return !isMoved }
        return [SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_FORMAT, SQLITE_TOOBIG, SQLITE_MISMATCH, SQLITE_RANGE, SQLITE_SCHEMA,
                SQLITE_CONSTRAINT, SQLITE_ERROR].contains(primaryCode)
    }

    /// True when the database file was deleted or replaced while open (another riskreg found it
    /// damaged and made it again): the connection can no longer write to it.
    var isMoved: Bool { code == (SQLITE_READONLY | (4 << 8)) }  // SQLITE_READONLY_DBMOVED, which Swift does not import

    var description: String { "SQLite error \(code): \(message)" }

    /// A failure the wrapper itself finds (a value of the wrong kind, a row that should be there).
    static func damaged(_ message: String) -> SQLiteError {
        SQLiteError(code: SQLITE_CORRUPT, message: message)
    }
}
