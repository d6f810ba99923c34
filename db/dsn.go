package db

import (
	"context"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// DefaultSQLiteFile is the database used when no DSN is given.
const DefaultSQLiteFile = "legible.db"

// sqliteParams are the connection settings every SQLite connection gets:
// write-ahead logging, enforced foreign keys, a wait instead of SQLITE_BUSY,
// fsync at checkpoints only (safe with WAL), write transactions that take
// the write lock up front, and times stored as sortable UTC text.
var sqliteParams = [][2]string{
	{"_pragma", "busy_timeout(10000)"},
	{"_pragma", "journal_mode(WAL)"},
	{"_pragma", "foreign_keys(1)"},
	{"_pragma", "synchronous(NORMAL)"},
	{"_txlock", "immediate"},
	{"_time_format", "sqlite"},
	{"_timezone", "UTC"},
	{"_texttotime", "1"},
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// sqliteDSN turns a path, "sqlite:path" or "file:path?query" into the
// driver's DSN with sqliteParams added (parameters already present win).
func sqliteDSN(dsn string) (path string, driverDSN string, err error) {
	if dsn == "" {
		dsn = DefaultSQLiteFile
	}
	dsn = strings.TrimPrefix(dsn, "sqlite://")
	dsn = strings.TrimPrefix(dsn, "sqlite:")
	dsn = strings.TrimPrefix(dsn, "file:")
	path, rawQuery, _ := strings.Cut(dsn, "?")
	if path == "" {
		return "", "", fmt.Errorf("sqlite DSN %q names no file", dsn)
	}
	q, err := url.ParseQuery(rawQuery)
	if err != nil {
		return "", "", fmt.Errorf("sqlite DSN %q: %w", dsn, err)
	}
	for _, p := range sqliteParams {
		if p[0] == "_pragma" {
			name, _, _ := strings.Cut(p[1], "(")
			if hasPragma(q["_pragma"], name) {
				continue
			}
			q.Add(p[0], p[1])
			continue
		}
		if !q.Has(p[0]) {
			q.Set(p[0], p[1])
		}
	}
	return path, "file:" + path + "?" + q.Encode(), nil
}

func hasPragma(pragmas []string, name string) bool {
	for _, p := range pragmas {
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(p)), name) {
			return true
		}
	}
	return false
}

func openSQLite(dsn string) (*sqlx.DB, error) {
	path, driverDSN, err := sqliteDSN(dsn)
	if err != nil {
		return nil, err
	}
	x, err := sqlx.Open("sqlite", driverDSN)
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	if path == ":memory:" {
		// Every connection would get its own empty in-memory database.
		x.SetMaxOpenConns(1)
	} else {
		x.SetMaxOpenConns(max(4, 2*runtime.GOMAXPROCS(0)))
		x.SetMaxIdleConns(max(4, 2*runtime.GOMAXPROCS(0)))
	}
	x.SetConnMaxIdleTime(5 * time.Minute)
	return x, nil
}

func openPostgres(dsn string) (*sqlx.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("parse postgres DSN: %w", err)
	}
	sqlDB := stdlib.OpenDB(*cfg, stdlib.OptionAfterConnect(func(_ context.Context, c *pgx.Conn) error {
		// Scan timestamptz values in UTC, as they were written and as SQLite
		// returns them.
		c.TypeMap().RegisterType(&pgtype.Type{
			Name:  "timestamptz",
			OID:   pgtype.TimestamptzOID,
			Codec: &pgtype.TimestamptzCodec{ScanLocation: time.UTC},
		})
		return nil
	}))
	sqlDB.SetMaxOpenConns(20)
	sqlDB.SetMaxIdleConns(10)
	sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	return sqlx.NewDb(sqlDB, "pgx"), nil
}
