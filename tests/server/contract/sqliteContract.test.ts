/** The repository contract on the embedded SQLite store, one temporary file per test. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteScenarioRepository } from '../../../src/lib/server/sqliteScenarioRepository';
import type { ScenarioRepository } from '../../../src/lib/server/scenarioRepository';
import { makeTempDir, removeTempDir } from '../harness';
import { scenarioRepositoryContract } from './scenarioRepositoryContract';

scenarioRepositoryContract('SQLite', async (now) => {
	const dir = makeTempDir('ipasn-contract-');
	const path = join(dir, 'ipasn.db');
	const open = () => openSqliteScenarioRepository(path, { now });
	const others: ScenarioRepository[] = [];
	let repo = open();
	const withFile = <T>(use: (db: Database.Database) => T): T => {
		const db = new Database(path);
		try {
			return use(db);
		} finally {
			db.close();
		}
	};
	return {
		repo,
		async openAnother() {
			const other = open();
			others.push(other);
			return other;
		},
		async snapshot() {
			return withFile((db) => db.prepare('SELECT * FROM scenarios ORDER BY id').all());
		},
		async insertRaw(row) {
			const columns = Object.keys(row);
			withFile((db) =>
				db
					.prepare(
						`INSERT INTO scenarios (${columns.join(', ')}) ` +
							`VALUES (${columns.map((c) => `@${c}`).join(', ')})`
					)
					.run(row)
			);
		},
		async reopen() {
			await repo.close();
			repo = open();
			return repo;
		},
		async close() {
			await Promise.all([repo, ...others].map((r) => r.close()));
			removeTempDir(dir);
		}
	};
});
