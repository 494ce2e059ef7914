/**
 * The PostgreSQL schema as an ordered list of migrations, its own list (the SQL dialects
 * differ, and PostgreSQL starts at today's schema rather than replaying SQLite's history).
 * Each runs once, in its own transaction, and is recorded in `schema_migrations`. Never edit
 * a migration that has shipped: add a new one at the end.
 */
import type { TransactionSql } from 'postgres';

export interface PostgresMigration {
	/** 1, 2, 3, … in order, without gaps. */
	version: number;
	name: string;
	/** Runs inside the migration's transaction; throwing rolls the whole migration back. */
	up(tx: TransactionSql): Promise<void>;
}

/** The trigram index that serves search (migration 2). */
export const SEARCH_INDEX = 'scenarios_search_trgm';

/**
 * Creates pg_trgm and the search index unless they are there; without the extension (it may
 * not be installed, or the app's role may not create it) it says so and returns false:
 * search then still works, by a scan in SQL. Also run on every start, so an index missed
 * once is made when the extension becomes available.
 */
export async function createSearchIndex(tx: TransactionSql): Promise<boolean> {
	const made = await tx
		.savepoint((sp) => sp`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
		.then(
			() => true,
			(error: unknown) => {
				console.warn(
					`PostgreSQL: could not create the pg_trgm extension (${error instanceof Error ? error.message : String(error)}), ` +
						'so scenario search scans the table instead of using an index. Have a superuser run ' +
						'"CREATE EXTENSION pg_trgm;" in this database, then restart the app.'
				);
				return false;
			}
		);
	if (made) {
		await tx.unsafe(
			`CREATE INDEX IF NOT EXISTS ${SEARCH_INDEX} ON scenarios USING gin (search_text gin_trgm_ops)`
		);
	}
	return made;
}

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
	{
		// Scenarios and stored rosters, as SQLite's migrations 1–3 leave them. JSON columns are
		// `json` (kept as written, key order included; PostgreSQL checks that they are JSON).
		// `seq` orders scenarios saved in the same millisecond (SQLite's rowid). `search_text`
		// is searchTextOf(scenario), folded in JavaScript so both stores match alike. No foreign
		// key from scenarios to rosters: a scenario may name a roster left in the browser.
		version: 1,
		name: 'scenarios and rosters',
		async up(tx) {
			await tx.unsafe(`
				CREATE TABLE scenarios (
					id text PRIMARY KEY,
					seq bigint GENERATED ALWAYS AS IDENTITY,
					name text NOT NULL,
					description text NOT NULL DEFAULT '',
					author text NOT NULL DEFAULT '',
					created_at timestamptz NOT NULL,
					updated_at timestamptz NOT NULL,
					version integer NOT NULL CHECK (version >= 1),
					schema_version integer NOT NULL,
					model_version text NOT NULL,
					seed bigint NOT NULL,
					inputs json NOT NULL,
					roster_fingerprint text,
					agency json,
					search_text text NOT NULL
				);
				CREATE INDEX scenarios_newest_first
					ON scenarios (updated_at DESC, created_at DESC, seq DESC);
				CREATE INDEX scenarios_by_roster ON scenarios (roster_fingerprint)
					WHERE roster_fingerprint IS NOT NULL;
				CREATE TABLE rosters (
					fingerprint text PRIMARY KEY,
					csv text NOT NULL,
					unit_list json NOT NULL,
					people integer NOT NULL CHECK (people >= 1),
					units integer NOT NULL CHECK (units >= 1),
					created_at timestamptz NOT NULL
				);
			`);
		}
	},
	{
		// Search: a trigram index serves `search_text LIKE '%term%'`. pg_trgm ships with
		// PostgreSQL (Debian's postgresql package) and is a trusted extension, so a database
		// owner may create it; where it cannot be had, search still works, by a scan in SQL.
		version: 2,
		name: 'search index',
		async up(tx) {
			await createSearchIndex(tx);
		}
	}
];
