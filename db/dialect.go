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
