package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// migration is one step of the schema. Its SQL is written once with
// placeholders for what the two databases spell differently.
type migration struct {
	version  int
	sqlite   []string
	postgres []string
}

// schema returns the migrations in order. Never edit a released step; add
// a new one.
func schema() []migration {
	common := []string{
		`CREATE TABLE articles (
			id {{id}},
			doc_id TEXT NOT NULL,
			source TEXT NOT NULL,
			url TEXT NOT NULL,
			title TEXT NOT NULL,
			byline TEXT NOT NULL,
			published TEXT NOT NULL,
			date_inferred INTEGER NOT NULL,
			fingerprint TEXT NOT NULL,
			text TEXT NOT NULL,
			document TEXT NOT NULL,
			ingested_at TEXT NOT NULL
		)`,
		`CREATE UNIQUE INDEX articles_fingerprint ON articles (fingerprint)`,
		`CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url <> ''`,
		`CREATE INDEX articles_published ON articles (published)`,
		`CREATE TABLE actors (
			article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
			actor_id TEXT NOT NULL,
			name TEXT NOT NULL,
			kind TEXT NOT NULL,
			country TEXT NOT NULL,
			sector TEXT NOT NULL,
			code TEXT NOT NULL,
			mentions INTEGER NOT NULL,
			PRIMARY KEY (article_id, actor_id)
		)`,
		`CREATE INDEX actors_name ON actors (name)`,
		`CREATE INDEX actors_code ON actors (code)`,
		`CREATE TABLE attributions (
			id {{id}},
			article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
			attribution_id TEXT NOT NULL,
			kind TEXT NOT NULL,
			speaker TEXT NOT NULL,
			speaker_actor TEXT NOT NULL,
			speaker_code TEXT NOT NULL,
			source_kind TEXT NOT NULL,
			source_text TEXT NOT NULL,
			source_start INTEGER NOT NULL,
			source_end INTEGER NOT NULL,
			cue_text TEXT NOT NULL,
			cue_start INTEGER NOT NULL,
			cue_end INTEGER NOT NULL,
			content TEXT NOT NULL,
			content_start INTEGER NOT NULL,
			content_end INTEGER NOT NULL,
			reported_by TEXT NOT NULL,
			hedged INTEGER NOT NULL,
			sentence INTEGER NOT NULL,
			UNIQUE (article_id, attribution_id)
		)`,
		`CREATE INDEX attributions_speaker ON attributions (speaker)`,
		`CREATE INDEX attributions_speaker_code ON attributions (speaker_code)`,
		`CREATE TABLE events (
			id {{id}},
			article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
			event_id TEXT NOT NULL,
			cameo TEXT NOT NULL,
			root TEXT NOT NULL,
			label TEXT NOT NULL,
			quad_class INTEGER NOT NULL,
			goldstein DOUBLE PRECISION NOT NULL,
			plover TEXT NOT NULL,
			source_actor TEXT NOT NULL,
			source_name TEXT NOT NULL,
			source_code TEXT NOT NULL,
			source_text TEXT NOT NULL,
			target_actor TEXT NOT NULL,
			target_name TEXT NOT NULL,
			target_code TEXT NOT NULL,
			target_text TEXT NOT NULL,
			negated INTEGER NOT NULL,
			mode TEXT NOT NULL,
			date TEXT NOT NULL,
			date_text TEXT NOT NULL,
			location TEXT NOT NULL,
			location_country TEXT NOT NULL,
			sentence INTEGER NOT NULL,
			evidence_text TEXT NOT NULL,
			evidence_start INTEGER NOT NULL,
			evidence_end INTEGER NOT NULL,
			attribution_id TEXT NOT NULL,
			UNIQUE (article_id, event_id)
		)`,
		`CREATE INDEX events_source_code ON events (source_code, date)`,
		`CREATE INDEX events_target_code ON events (target_code, date)`,
		`CREATE INDEX events_root ON events (root, date)`,
		`CREATE INDEX events_plover ON events (plover, date)`,
		`CREATE INDEX events_date ON events (date)`,
		`CREATE INDEX events_article ON events (article_id)`,
	}
	sqlite := append(expand(common, "INTEGER PRIMARY KEY"),
		`CREATE VIRTUAL TABLE article_search USING fts5 (title, text, tokenize = 'porter unicode61')`,
		`CREATE VIRTUAL TABLE quote_search USING fts5 (speaker, content, tokenize = 'porter unicode61')`,
	)
	postgres := append(expand(common, "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
		`ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || text)) STORED`,
		`CREATE INDEX articles_search ON articles USING GIN (search)`,
		`ALTER TABLE attributions ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', speaker || ' ' || content)) STORED`,
		`CREATE INDEX attributions_search ON attributions USING GIN (search)`,
	)
	// 2: the country of each side, so that a country filter (IRN, which
	// takes in IRNGOV and IRNMIL) is an index lookup, not a LIKE scan;
	// indexes for the name and mode filters.
	countries := []string{
		`ALTER TABLE events ADD COLUMN source_country TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE events ADD COLUMN target_country TEXT NOT NULL DEFAULT ''`,
		`UPDATE events SET source_country = SUBSTR(source_code, 1, 3), target_country = SUBSTR(target_code, 1, 3)`,
		`CREATE INDEX events_source_country ON events (source_country, date)`,
		`CREATE INDEX events_target_country ON events (target_country, date)`,
		`CREATE INDEX events_source_name ON events (source_name)`,
		`CREATE INDEX events_target_name ON events (target_name)`,
		`CREATE INDEX events_mode ON events (mode, negated, date)`,
	}
	// 3: events are listed by (date, id); most have no date, so an index
	// on date alone leaves one large group to sort on every page.
	dateOrder := []string{
		`CREATE INDEX events_date_id ON events (date, id)`,
		`DROP INDEX events_date`,
	}
	// 4: the content's other fragments (document.Attribution.ContentMore)
	// as JSON for the API, and their words for quotation search.
	fragments := []string{
		`ALTER TABLE attributions ADD COLUMN content_more TEXT NOT NULL DEFAULT '[]'`,
		`ALTER TABLE attributions ADD COLUMN content_more_text TEXT NOT NULL DEFAULT ''`,
	}
	fragmentsPG := append(fragments,
		`DROP INDEX attributions_search`,
		`ALTER TABLE attributions DROP COLUMN search`,
		`ALTER TABLE attributions ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', speaker || ' ' || content || ' ' || content_more_text)) STORED`,
		`CREATE INDEX attributions_search ON attributions USING GIN (search)`,
	)
	// 5: every actor of a source that coordinates several
	// (document.Attribution.SourceActors), so that a speaker filter finds
	// "Starmer and Macron said" under either. Attributions stored before
	// it keep their one speaker.
	speakers := []string{
		`CREATE TABLE attribution_speakers (
			attribution_row BIGINT NOT NULL REFERENCES attributions (id) ON DELETE CASCADE,
			position INTEGER NOT NULL,
			name TEXT NOT NULL,
			actor_id TEXT NOT NULL,
			code TEXT NOT NULL,
			PRIMARY KEY (attribution_row, position)
		)`,
		`CREATE INDEX attribution_speakers_name ON attribution_speakers (name)`,
		`CREATE INDEX attribution_speakers_code ON attribution_speakers (code)`,
	}
	// 6: the attribution whose content holds a relayed one
	// (document.Attribution.Within); "" for those stored before it, which
	// were all outermost. An index for the relay filter ("everything
	// Axios relayed").
	relays := []string{
		`ALTER TABLE attributions ADD COLUMN within_id TEXT NOT NULL DEFAULT ''`,
		`CREATE INDEX attributions_reported_by ON attributions (reported_by)`,
	}
	return []migration{
		{version: 1, sqlite: sqlite, postgres: postgres},
		{version: 2, sqlite: countries, postgres: countries},
		{version: 3, sqlite: dateOrder, postgres: dateOrder},
		{version: 4, sqlite: fragments, postgres: fragmentsPG},
		{version: 5, sqlite: speakers, postgres: speakers},
		{version: 6, sqlite: relays, postgres: relays},
	}
}

func expand(stmts []string, idType string) []string {
	out := make([]string, len(stmts))
	for i, s := range stmts {
		out[i] = strings.ReplaceAll(s, "{{id}}", idType)
	}
	return out
}

// migrate brings the schema up to date, one transaction per step, and
// refuses a database made by a newer parley. Each step re-reads the
// version under the write lock, so two processes opening a new database
// at once apply it once.
func (s *Store) migrate(ctx context.Context) error {
	steps := schema()
	for _, m := range steps {
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			if s.postgres {
				if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
				return fmt.Errorf("create schema_migrations: %w", err)
			}
			var current int
			if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
				return fmt.Errorf("read schema version: %w", err)
			}
			if latest := steps[len(steps)-1].version; current > latest {
				return fmt.Errorf("database schema version %d is newer than this parley knows (%d); upgrade parley", current, latest)
			}
			if m.version <= current {
				return nil
			}
			stmts := m.sqlite
			if s.postgres {
				stmts = m.postgres
			}
			for _, stmt := range stmts {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return fmt.Errorf("%s: %w", firstLine(stmt), err)
				}
			}
			_, err := tx.ExecContext(ctx, s.bind(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`), m.version, now())
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate to schema version %d: %w", m.version, err)
		}
	}
	return nil
}

// migrationLock is the PostgreSQL advisory lock that serialises
// migrations ("parley" in ASCII).
const migrationLock = 0x7061726c6579

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
