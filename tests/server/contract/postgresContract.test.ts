/**
 * The repository contract on the PostgreSQL store, against the run's real PostgreSQL server
 * (postgresCluster.ts): one database for this file, emptied before each test.
 */
import type postgres from 'postgres';
import { afterAll } from 'vitest';
import { openPostgresScenarioRepository } from '../../../src/lib/server/postgres/postgresScenarioRepository';
import type { ScenarioRepository } from '../../../src/lib/server/scenarioRepository';
import { connectTo, createTestDatabase } from '../postgresTest';
import { scenarioRepositoryContract } from './scenarioRepositoryContract';

let database: { url: string; sql: postgres.Sql } | undefined;

afterAll(async () => {
	await database?.sql.end();
});

scenarioRepositoryContract('PostgreSQL', async (now) => {
	if (!database) {
		const url = await createTestDatabase('contract');
		database = { url, sql: connectTo(url) };
	}
	const { url, sql } = database;
	const open = () => openPostgresScenarioRepository(url, { now, poolSize: 4 });
	let repo = await open();
	await sql`TRUNCATE scenarios, rosters`;
	const others: ScenarioRepository[] = [];
	return {
		repo,
		async openAnother() {
			const other = await open();
			others.push(other);
			return other;
		},
		async snapshot() {
			// Times as text, so a change of a millisecond would show.
			const rows = await sql`
				SELECT id, name, description, author, created_at::text, updated_at::text, version,
					schema_version, model_version, seed::text, inputs::text, roster_fingerprint,
					agency::text, search_text
				FROM scenarios ORDER BY id`;
			return [...rows];
		},
		async insertRaw(row) {
			const { inputs_json, agency_json, ...columns } = row;
			await sql`
				INSERT INTO scenarios ${sql({
					...columns,
					inputs: sql`(${inputs_json as string}::text)::json`,
					agency: sql`(${(agency_json ?? null) as string | null}::text)::json`,
					search_text: ''
				} as never)}`;
		},
		async reopen() {
			await repo.close();
			repo = await open();
			return repo;
		},
		async close() {
			await Promise.all([repo, ...others].map((r) => r.close()));
		}
	};
});
