/**
 * What only the PostgreSQL store has, against the run's real PostgreSQL server: its
 * migrations (recorded, idempotent, safe when several app servers start at once, refused
 * when newer than the app, rolled back whole when they fail), the trigram index search uses,
 * and search without it where pg_trgm cannot be created. What every store promises is in
 * contract/scenarioRepositoryContract.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migratePostgres } from '../../src/lib/server/postgres/migrate';
import { POSTGRES_MIGRATIONS, SEARCH_INDEX } from '../../src/lib/server/postgres/migrations';
import {
	openPostgresScenarioRepository,
	type PostgresScenarioRepository
} from '../../src/lib/server/postgres/postgresScenarioRepository';
import { connectTo, createTestDatabase, postgresServerUrl } from './postgresTest';

const opened: Array<{ close(): Promise<void> }> = [];
const connections: Array<ReturnType<typeof connectTo>> = [];

function track<T extends { close(): Promise<void> }>(repo: T): T {
	opened.push(repo);
	return repo;
}

function connect(url: string) {
	const sql = connectTo(url);
	connections.push(sql);
	return sql;
}

afterEach(async () => {
	await Promise.all(opened.splice(0).map((r) => r.close()));
	await Promise.all(connections.splice(0).map((c) => c.end()));
});

async function indexesOf(url: string): Promise<string[]> {
	const rows = await connect(url)<{ indexname: string }[]>`
		SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`;
	return rows.map((r) => r.indexname);
}

describe('migrations', () => {
	it('a new database gets the schema, each migration recorded once', async () => {
		const url = await createTestDatabase('migrate');
		track(await openPostgresScenarioRepository(url));
		const sql = connect(url);
		const tables = await sql`
			SELECT table_name FROM information_schema.tables
			WHERE table_schema = current_schema() ORDER BY table_name`;
		expect(tables.map((t) => t.table_name)).toEqual(['rosters', 'scenarios', 'schema_migrations']);
		const recorded = await sql`SELECT version, name FROM schema_migrations ORDER BY version`;
		expect([...recorded]).toEqual(
			POSTGRES_MIGRATIONS.map(({ version, name }) => ({ version, name }))
		);
		expect(await indexesOf(url)).toContain(SEARCH_INDEX);
	});

	it('several app servers starting at once: all open, the migrations applied once', async () => {
		const url = await createTestDatabase('race');
		const repos = await Promise.all(
			Array.from({ length: 6 }, () => openPostgresScenarioRepository(url, { poolSize: 2 }))
		);
		repos.forEach(track);
		const [{ count }] = await connect(
			url
		)`SELECT count(*)::integer AS count FROM schema_migrations`;
		expect(count).toBe(POSTGRES_MIGRATIONS.length);
		const saved = await repos[0].create({ name: 'after a crowded start' });
		expect(await repos[5].get(saved.id)).toEqual(saved);
	});

	it('is idempotent: opening again applies nothing and keeps the data', async () => {
		const url = await createTestDatabase('again');
		const first = track(await openPostgresScenarioRepository(url));
		const saved = await first.create({ name: 'kept' });
		const second = track(await openPostgresScenarioRepository(url));
		expect(await second.get(saved.id)).toEqual(saved);
		expect(await migratePostgres(connect(url))).toEqual([]);
	});

	it('refuses a database written by a newer version of the app', async () => {
		const url = await createTestDatabase('newer');
		track(await openPostgresScenarioRepository(url));
		await connect(url)`INSERT INTO schema_migrations (version, name) VALUES (99, 'future')`;
		await expect(openPostgresScenarioRepository(url)).rejects.toThrow(
			/DATABASE_URL=.*schema version 99.*knows only up to/
		);
	});

	it('rolls a failing migration back whole and does not record it', async () => {
		const url = await createTestDatabase('broken');
		const sql = connect(url);
		const broken = [
			...POSTGRES_MIGRATIONS,
			{
				version: POSTGRES_MIGRATIONS.length + 1,
				name: 'broken',
				up: async (tx: Parameters<(typeof POSTGRES_MIGRATIONS)[number]['up']>[0]) => {
					await tx`CREATE TABLE half_done (a text)`;
					await tx`SELECT no_such_function()`;
				}
			}
		];
		await expect(migratePostgres(sql, broken)).rejects.toThrow(/no_such_function/);
		const [{ exists }] = await sql`SELECT to_regclass('half_done') IS NOT NULL AS exists`;
		expect(exists).toBe(false);
		const [{ newest }] = await sql`SELECT max(version) AS newest FROM schema_migrations`;
		expect(newest).toBe(POSTGRES_MIGRATIONS.length);
	});

	it('refuses migrations out of order', async () => {
		const url = await createTestDatabase('order');
		await expect(
			migratePostgres(connect(url), [{ ...POSTGRES_MIGRATIONS[0], version: 2 }])
		).rejects.toThrow(/expected 1/);
	});
});

describe('search', () => {
	it('a search is served by the trigram index', async () => {
		const url = await createTestDatabase('plan');
		const repo = track(await openPostgresScenarioRepository(url));
		for (let i = 0; i < 30; i++) await repo.create({ name: `Rencana ${i}` });
		const plan = await connect(url).begin(async (tx) => {
			await tx`SET LOCAL enable_seqscan = off`;
			return tx`EXPLAIN SELECT id FROM scenarios WHERE search_text LIKE ${'%rencana 1%'} ESCAPE '\\'`;
		});
		expect(plan.map((row) => Object.values(row)[0]).join('\n')).toContain(SEARCH_INDEX);
	});

	it('without pg_trgm (a role that may not create it) search still works, with a warning', async () => {
		const url = await createTestDatabase('notrgm');
		const name = new URL(url).pathname.slice(1);
		const role = `${name}_app`;
		const admin = connect(postgresServerUrl());
		// May create tables in its database, but not extensions (no CREATE on the database).
		await admin.unsafe(`CREATE ROLE ${role} LOGIN`);
		await admin.unsafe(`GRANT CONNECT ON DATABASE ${name} TO ${role}`);
		const owner = connect(url);
		await owner.unsafe(`GRANT USAGE, CREATE ON SCHEMA public TO ${role}`);
		const asRole = new URL(url);
		asRole.username = role;

		const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
		let repo: PostgresScenarioRepository;
		try {
			repo = track(await openPostgresScenarioRepository(asRole.toString()));
			expect(warned).toHaveBeenCalledWith(
				expect.stringMatching(/could not create the pg_trgm extension.*CREATE EXTENSION pg_trgm/)
			);
		} finally {
			warned.mockRestore();
		}
		expect(await indexesOf(url)).not.toContain(SEARCH_INDEX);
		await repo.create({ name: 'Diklat 50% Ärzte' });
		await repo.create({ name: 'Other' });
		expect((await repo.list('ÄRZTE')).map((s) => s.name)).toEqual(['Diklat 50% Ärzte']);
		expect((await repo.list('%')).map((s) => s.name)).toEqual(['Diklat 50% Ärzte']);
	});
});

describe('opening fails clearly', () => {
	it('a database that does not exist is named, the password is not', async () => {
		const url = new URL(postgresServerUrl());
		url.pathname = '/no_such_database';
		url.password = 'hunter2';
		const error = await openPostgresScenarioRepository(url.toString()).then(
			() => null,
			(e: unknown) => e as Error
		);
		expect(error?.message).toMatch(
			/^Could not open the PostgreSQL store at DATABASE_URL=postgres:\/\/postgres:\*\*\*@.*\/no_such_database: .*"no_such_database" does not exist/
		);
		expect(error?.message).not.toContain('hunter2');
	});
});
