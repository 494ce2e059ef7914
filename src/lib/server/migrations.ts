/**
 * The database schema as an ordered list of migrations. Each runs once, in its own
 * transaction, and is recorded in `schema_migrations`; the store applies the missing ones
 * on start. Never edit a migration that has shipped: add a new one at the end.
 */
export interface Migration {
	/** 1, 2, 3, … in order, without gaps. */
	version: number;
	name: string;
	sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'scenarios',
		sql: `
			CREATE TABLE scenarios (
				id TEXT PRIMARY KEY,
				name TEXT NOT NULL,
				description TEXT NOT NULL DEFAULT '',
				author TEXT NOT NULL DEFAULT '',
				created_at TEXT NOT NULL,
				updated_at TEXT NOT NULL,
				version INTEGER NOT NULL CHECK (version >= 1),
				schema_version INTEGER NOT NULL,
				model_version TEXT NOT NULL,
				seed INTEGER NOT NULL,
				inputs_json TEXT NOT NULL CHECK (json_valid(inputs_json)),
				roster_fingerprint TEXT
			) STRICT;
			CREATE INDEX scenarios_newest_first ON scenarios (updated_at DESC, created_at DESC);
		`
	},
	{
		// Rosters the planner chose to store with a scenario (personal data: only on request).
		// Keyed by fingerprint, so the same roster is stored once; `csv` is the canonical CSV
		// (rosterCsv.ts) and `units_json` the units' ids and names, which together give back the
		// exact roster. No foreign key from scenarios: a scenario may name a roster that stayed
		// in the planner's browser. The index serves "which scenarios use this roster?".
		version: 2,
		name: 'rosters',
		sql: `
			CREATE TABLE rosters (
				fingerprint TEXT PRIMARY KEY,
				csv TEXT NOT NULL,
				units_json TEXT NOT NULL CHECK (json_valid(units_json)),
				people INTEGER NOT NULL CHECK (people >= 1),
				units INTEGER NOT NULL CHECK (units >= 1),
				created_at TEXT NOT NULL
			) STRICT;
			CREATE INDEX scenarios_by_roster ON scenarios (roster_fingerprint)
				WHERE roster_fingerprint IS NOT NULL;
		`
	},
	{
		// Scenario schema 2: a scenario names its agency (NULL: the default, BPKAD Kota Bontang
		// with the study's figures), and the planning years' defaults follow the calendar. Rows
		// of schema 1 get schema 1's year defaults written out (the row's own inputs win), so
		// they project exactly as before.
		version: 3,
		name: 'scenario agency',
		sql: `
			ALTER TABLE scenarios ADD COLUMN agency_json TEXT
				CHECK (agency_json IS NULL OR json_valid(agency_json));
			UPDATE scenarios
				SET inputs_json = json_patch(
						'{"firstPlanningYear":2023,"targetYear":2026,"endYear":2030}', inputs_json),
					schema_version = 2
				WHERE schema_version = 1;
		`
	},
	{
		// Search by index, not by a scan: `search_text` is each row's name, description and
		// author as `searchTextOf` folds them (the store writes it with every save; the
		// `ipasn_search_text` function the store registers fills it for the rows already
		// here), and `scenarios_search` indexes it by trigrams (FTS5, external content: the
		// text lives once, in `scenarios`; the triggers keep the index in step with every
		// insert, change and delete, whoever writes). Trigrams find any substring of three
		// characters or more; `case_sensitive 1` because the text and the term are folded
		// already, the same way in every store.
		version: 4,
		name: 'scenario search index',
		sql: `
			ALTER TABLE scenarios ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
			UPDATE scenarios SET search_text = ipasn_search_text(name, description, author);
			CREATE VIRTUAL TABLE scenarios_search USING fts5(
				search_text,
				content = 'scenarios',
				content_rowid = 'rowid',
				tokenize = 'trigram case_sensitive 1'
			);
			INSERT INTO scenarios_search (scenarios_search) VALUES ('rebuild');
			CREATE TRIGGER scenarios_search_insert AFTER INSERT ON scenarios BEGIN
				INSERT INTO scenarios_search (rowid, search_text) VALUES (new.rowid, new.search_text);
			END;
			CREATE TRIGGER scenarios_search_delete AFTER DELETE ON scenarios BEGIN
				INSERT INTO scenarios_search (scenarios_search, rowid, search_text)
					VALUES ('delete', old.rowid, old.search_text);
			END;
			CREATE TRIGGER scenarios_search_update AFTER UPDATE OF search_text ON scenarios BEGIN
				INSERT INTO scenarios_search (scenarios_search, rowid, search_text)
					VALUES ('delete', old.rowid, old.search_text);
				INSERT INTO scenarios_search (rowid, search_text) VALUES (new.rowid, new.search_text);
			END;
		`
	}
];
