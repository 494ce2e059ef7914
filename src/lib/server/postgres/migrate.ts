/**
 * Applies the PostgreSQL migrations the database has not seen. Several app servers may start
 * at once against one database: each migration runs in its own transaction that first takes
 * a transaction-level advisory lock, so one server applies it while the others wait and then
 * find it recorded in `schema_migrations`.
 */
import type { Sql, TransactionSql } from 'postgres';
import {
	POSTGRES_MIGRATIONS,
	SEARCH_INDEX,
	createSearchIndex,
	type PostgresMigration
} from './migrations';

/** Waits for, then holds until the transaction ends, the lock that serialises schema changes. */
async function lockSchema(tx: TransactionSql): Promise<void> {
	await tx`SELECT pg_advisory_xact_lock(hashtext('ipasn.schema_migrations'))`;
}

/** Applies the missing migrations; returns the versions it applied (none when up to date). */
export async function migratePostgres(
	sql: Sql,
	migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS
): Promise<number[]> {
	migrations.forEach((m, i) => {
		if (m.version !== i + 1) {
			throw new Error(`migration "${m.name}" has version ${m.version}; expected ${i + 1}`);
		}
	});
	await sql.begin(async (tx) => {
		await lockSchema(tx);
		await tx`
			CREATE TABLE IF NOT EXISTS schema_migrations (
				version integer PRIMARY KEY,
				name text NOT NULL,
				applied_at timestamptz NOT NULL DEFAULT now()
			)`;
		const [{ newest }] = await tx<[{ newest: number | null }]>`
			SELECT max(version) AS newest FROM schema_migrations`;
		if (newest !== null && newest > migrations.length) {
			throw new Error(
				`the database has schema version ${newest}, but this app knows only up to ` +
					`${migrations.length}: run a newer version of the app, or restore an older backup.`
			);
		}
	});
	const applied: number[] = [];
	for (const migration of migrations) {
		await sql.begin(async (tx) => {
			await lockSchema(tx);
			const done = await tx`SELECT 1 FROM schema_migrations WHERE version = ${migration.version}`;
			if (done.length > 0) return;
			await migration.up(tx);
			await tx`
				INSERT INTO schema_migrations (version, name) VALUES (${migration.version}, ${migration.name})`;
			applied.push(migration.version);
		});
	}
	// Migration 2 made the search index or said why not; later starts try again.
	if (migrations.length >= 2 && !applied.includes(2)) await ensureSearchIndex(sql);
	return applied;
}

/** Makes the search index if migration 2 could not (pg_trgm installed since, say). */
async function ensureSearchIndex(sql: Sql): Promise<void> {
	const present = await sql`
		SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ${SEARCH_INDEX}`;
	if (present.length > 0) return;
	await sql.begin(async (tx) => {
		await lockSchema(tx);
		await createSearchIndex(tx);
	});
}
