package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver "pgx"
	_ "modernc.org/sqlite"             // SQLite driver "sqlite", pure Go
)

// DefaultPath is the SQLite file used when no database is named.
const DefaultPath = "parley.db"

// Store is a corpus of coded articles in SQLite or PostgreSQL. It is safe
// for concurrent use.
type Store struct {
	db       *sql.DB
	postgres bool
	name     string // for messages: the file, or the PostgreSQL URL without its password
}

// Open opens the corpus named by dsn, creating it and bringing its schema
// up to date: a postgres:// or postgresql:// URL opens PostgreSQL,
// anything else is the path of a SQLite file ("" for DefaultPath).
func Open(ctx context.Context, dsn string) (*Store, error) {
	s := &Store{}
	var err error
	if IsPostgres(dsn) {
		s.postgres = true
		s.name = redact(dsn)
		s.db, err = sql.Open("pgx", dsn)
	} else {
		if dsn == "" {
			dsn = DefaultPath
		}
		s.name = dsn
		// WAL lets the API read while an ingest writes; a killed process
		// loses at most the transaction it was in. Every transaction
		// writes, so it takes the write lock when it begins (immediate)
		// and waits for another writer instead of failing on upgrade.
		s.db, err = sql.Open("sqlite", "file:"+dsn+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate")
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", s.name, err)
	}
	if err := s.ping(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open %s: %w", s.name, err)
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open %s: %w", s.name, err)
	}
	return s, nil
}

// ping connects. SQLite answers "locked" without waiting when two
// connections switch a new file to WAL at once, so that is retried.
func (s *Store) ping(ctx context.Context) error {
	for wait := 10 * time.Millisecond; ; wait *= 2 {
		err := s.db.PingContext(ctx)
		if err == nil || s.postgres || wait > 5*time.Second || !strings.Contains(err.Error(), "SQLITE_BUSY") {
			return err
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// String names the database, without a password.
func (s *Store) String() string { return s.name }

func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres"
	}
	return u.Redacted()
}

// bind rewrites ? placeholders as $1, $2, ... for PostgreSQL. Queries
// never hold a literal question mark.
func (s *Store) bind(query string) string {
	if !s.postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// inTx runs f in a transaction, committing when it returns nil.
func (s *Store) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		return errors.Join(err, tx.Rollback())
	}
	return tx.Commit()
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// Exec runs a statement outside the schema's tables, for administration
// such as creating a PostgreSQL schema for a test.
func (s *Store) Exec(ctx context.Context, stmt string) error {
	_, err := s.db.ExecContext(ctx, stmt)
	return err
}
