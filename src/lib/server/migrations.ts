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
	}
];
