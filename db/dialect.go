package db

// The only SQL that differs between the backends outside the migrations:
// row locks, which PostgreSQL needs and SQLite (one writer at a time, write
// transactions begun IMMEDIATE) neither needs nor parses.

// forUpdate is appended to a SELECT inside a write transaction to lock the
// rows it reads until the transaction ends.
func (d *DB) forUpdate() string {
	if d.dialect == DialectPostgres {
		return " FOR UPDATE"
	}
	return ""
}

// skipLocked is like forUpdate but skips rows another transaction holds, so
// concurrent workers claim different jobs instead of queueing on one.
func (d *DB) skipLocked() string {
	if d.dialect == DialectPostgres {
		return " FOR UPDATE SKIP LOCKED"
	}
	return ""
}
