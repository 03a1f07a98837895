#ifndef RISKREG_CSQLITE_SHIM_H
#define RISKREG_CSQLITE_SHIM_H
/* SQLite (Debian and Ubuntu libsqlite3-dev, 3.31 or later for SQLITE_OPEN_NOFOLLOW, 3.37 for
   SQLITE_OPEN_EXRESCODE): the directory index's cache database. */
#include <sqlite3.h>

/* SQLITE_TRANSIENT is a cast of -1 to a function pointer, which Swift does not import: binding
   with it makes SQLite copy the bytes before the call returns. */
static inline sqlite3_destructor_type rr_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/* sqlite3_db_config takes variable arguments, which Swift cannot call: one on/off setting. */
static inline int rr_sqlite_db_config_flag(sqlite3 *db, int op, int on) {
    return sqlite3_db_config(db, op, on, (int *)0);
}

#endif
