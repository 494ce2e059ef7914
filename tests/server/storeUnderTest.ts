/**
 * The database behind a test server, whichever store it is: what the server's environment
 * needs to use it, and a direct look at its rows (to show a failed request changed nothing,
 * or that an acknowledged write survived a crash). PostgreSQL databases come from the run's
 * throwaway cluster (postgresCluster.ts), loaded only when asked for, so scripts that use
 * the harness outside vitest (the benchmarks) never touch it.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type postgres from 'postgres';

export type StoreKind = 'sqlite' | 'postgres';

/** Both stores, for `describe.each(STORES)`. */
export const STORES: readonly StoreKind[] = ['sqlite', 'postgres'];

export interface DatabaseUnderTest {
	kind: StoreKind;
	/** The SQLite file, or '' for PostgreSQL. */
	path: string;
	/** The PostgreSQL URL, or '' for SQLite. */
	url: string;
	/** What the server's environment says to use this database. */
	env: Record<string, string>;
	/** Every scenario row as stored, ordered by id. */
	scenarioRows(): Promise<unknown[]>;
	/** One scenario's version and seed as stored, or undefined when there is no such row. */
	scenarioState(id: string): Promise<{ version: number; seed: number } | undefined>;
	/** 'ok' when the database is intact (SQLite's integrity_check; PostgreSQL: rows and ids). */
	integrity(): Promise<string>;
	/** Ends the test's own connection (the database itself stays). */
	close(): Promise<void>;
}

export function sqliteDatabase(path: string): DatabaseUnderTest {
	const withFile = <T>(use: (db: Database.Database) => T): T => {
		const db = new Database(path, { readonly: true });
		try {
			return use(db);
		} finally {
			db.close();
		}
	};
	return {
		kind: 'sqlite',
		path,
		url: '',
		env: { DATABASE_PATH: path },
		scenarioRows: async () =>
			withFile((db) => db.prepare('SELECT * FROM scenarios ORDER BY id').all()),
		scenarioState: async (id) =>
			withFile(
				(db) =>
					db.prepare('SELECT version, seed FROM scenarios WHERE id = ?').get(id) as
						{ version: number; seed: number } | undefined
			),
		integrity: async () =>
			withFile((db) => db.pragma('integrity_check', { simple: true }) as string),
		close: async () => {}
	};
}

/** A PostgreSQL database: `url`, or a new empty one in the run's cluster. */
export async function postgresDatabase(url?: string): Promise<DatabaseUnderTest> {
	const { connectTo, createTestDatabase } = await import('./postgresTest');
	const databaseUrl = url ?? (await createTestDatabase('server'));
	let sql: postgres.Sql | undefined;
	const connection = () => (sql ??= connectTo(databaseUrl));
	return {
		kind: 'postgres',
		path: '',
		url: databaseUrl,
		env: { DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '5' },
		scenarioRows: async () => [
			...(await connection()`
				SELECT id, name, description, author, created_at::text, updated_at::text, version,
					schema_version, model_version, seed::text, inputs::text, roster_fingerprint,
					agency::text, search_text
				FROM scenarios ORDER BY id`)
		],
		scenarioState: async (id) => {
			const [row] = await connection()<[{ version: number; seed: string }?]>`
				SELECT version, seed::text FROM scenarios WHERE id = ${id}`;
			return row && { version: row.version, seed: Number(row.seed) };
		},
		// Every row reads back, and the primary key holds (no id twice).
		integrity: async () => {
			const [row] = await connection()<[{ rows: number; ids: number }]>`
				SELECT count(*)::integer AS rows, count(DISTINCT id)::integer AS ids FROM scenarios`;
			return row.rows === row.ids ? 'ok' : `${row.rows} rows but ${row.ids} ids`;
		},
		close: async () => {
			await sql?.end();
			sql = undefined;
		}
	};
}

/** A fresh database of `kind`: a new SQLite file in `dir`, or a new PostgreSQL database. */
export async function freshDatabase(
	kind: StoreKind,
	dir: string,
	name = 'ipasn'
): Promise<DatabaseUnderTest> {
	return kind === 'sqlite' ? sqliteDatabase(join(dir, `${name}.db`)) : postgresDatabase();
}
