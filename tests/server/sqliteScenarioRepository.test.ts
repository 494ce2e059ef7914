/**
 * What only the SQLite store has: its file, PRAGMAs, migrations and CHECK constraints. What
 * every store promises is in contract/scenarioRepositoryContract.ts (run on SQLite by
 * contract/sqliteContract.test.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { MIGRATIONS } from '../../src/lib/server/migrations';
import {
	migrate,
	openSqliteScenarioRepository,
	type SqliteScenarioRepository
} from '../../src/lib/server/sqliteScenarioRepository';
import { rawRow } from './contract/scenarioRepositoryContract';
import { makeTempDir, removeTempDir } from './harness';

let dir: string;
let path: string;
let repo: SqliteScenarioRepository;
/** A clock that moves one second per reading, so "newest first" is unambiguous. */
let tick: number;
const clock = () => new Date(Date.UTC(2026, 0, 1) + 1000 * tick++);

function open(): SqliteScenarioRepository {
	return openSqliteScenarioRepository(path, { now: clock });
}

beforeEach(async () => {
	dir = makeTempDir('ipasn-repo-');
	path = join(dir, 'nested', 'dir', 'test.db');
	tick = 0;
	repo = open();
});

afterEach(async () => {
	repo.close();
	removeTempDir(dir);
});

describe('opening', () => {
	it('creates the directory, the file and the schema, set up for durable concurrent use', async () => {
		expect(existsSync(path)).toBe(true);
		const db = new Database(path);
		try {
			expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
			const tables = db
				.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
				.pluck()
				.all();
			expect(tables).toEqual(expect.arrayContaining(['rosters', 'scenarios', 'schema_migrations']));
			expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual(
				MIGRATIONS.map((m) => ({ version: m.version, name: m.name }))
			);
		} finally {
			db.close();
		}
	});

	it('sets synchronous = FULL, foreign keys and a busy timeout on its connection', async () => {
		// Pragmas belong to a connection, so read them from the repository's own.
		const db = (repo as unknown as { db: Database.Database }).db;
		expect(db.pragma('synchronous', { simple: true })).toBe(2);
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
	});

	it('is idempotent: opening again applies nothing and keeps the data', async () => {
		const saved = await repo.create({ name: 'kept' });
		repo.close();
		repo = open();
		expect(await repo.get(saved.id)).toEqual(saved);
		const db = new Database(path);
		try {
			expect(migrate(db)).toEqual([]);
			expect(migrate(db)).toEqual([]);
			expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(
				MIGRATIONS.length
			);
		} finally {
			db.close();
		}
	});

	it('refuses a database written by a newer version of the app', async () => {
		repo.close();
		const db = new Database(path);
		db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')").run();
		db.close();
		expect(() => open()).toThrow(/schema version 99.*knows only up to/);
	});

	it('rolls a failing migration back whole and does not record it', async () => {
		const db = new Database(join(dir, 'raw.db'));
		try {
			const broken = [
				...MIGRATIONS,
				{
					version: MIGRATIONS.length + 1,
					name: 'broken',
					sql: 'CREATE TABLE half_done (a TEXT); SELECT no_such_function();'
				}
			];
			expect(() => migrate(db, broken)).toThrow(/no_such_function/);
			const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck();
			expect(tables.all()).not.toContain('half_done');
			expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(
				MIGRATIONS.length
			);
			// Fixed, it applies on the next start.
			const fixed = [...MIGRATIONS, { ...broken.at(-1)!, sql: 'CREATE TABLE half_done (a TEXT);' }];
			expect(migrate(db, fixed)).toEqual([MIGRATIONS.length + 1]);
		} finally {
			db.close();
		}
	});

	it('refuses migrations out of order', async () => {
		const db = new Database(':memory:');
		try {
			expect(() => migrate(db, [{ ...MIGRATIONS[0], version: 2 }])).toThrow(/expected 1/);
		} finally {
			db.close();
		}
	});
});

/** Inserts a row as written, by column name (so a column added later is simply left out). */
function insertRow(dbPath: string, row: Record<string, unknown>): void {
	const columns = Object.keys(row);
	const db = new Database(dbPath);
	try {
		db.prepare(
			`INSERT INTO scenarios (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`
		).run(row);
	} finally {
		db.close();
	}
}

describe('rows read back are validated', () => {
	const insertRaw = (id: string, changes: Record<string, unknown>) =>
		insertRow(path, rawRow(id, changes));

	it('the schema itself refuses rows that are not even JSON', async () => {
		expect(() => insertRaw('x', { inputs_json: 'not json' })).toThrow(/CHECK constraint/);
		expect(() => insertRaw('y', { agency_json: '{"name":' })).toThrow(/CHECK constraint/);
	});
});

describe('migration 3: scenario schema 2 (agencies; planning years that follow the calendar)', () => {
	/** Schema 1's planning years, which its scenarios relied on when they left them out. */
	const SCHEMA1_YEARS = { firstPlanningYear: 2023, targetYear: 2026, endYear: 2030 };
	/**
	 * The status quo's median index 2022–2030 as recorded before the calendar defaults (the
	 * deterministic golden figures of model 1.0.0): a migrated scenario must give them still.
	 */
	const RECORDED_STATUS_QUO = [74.89, 74.98, 74.87, 76.68, 76.69, 77.17, 78.21, 78.24, 78.67];

	it('a version-2 database opens at the latest version, its schema-1 scenarios at schema 2 with schema 1’s years', async () => {
		repo.close();
		const v2Path = join(dir, 'v2.db');
		const db = new Database(v2Path);
		db.pragma('journal_mode = WAL');
		expect(migrate(db, MIGRATIONS.slice(0, 2))).toEqual([1, 2]);
		db.close();
		const v2Row = (id: string, inputs: object, changes: Record<string, unknown> = {}) => {
			// The columns of version 2: no agency_json yet.
			const { agency_json: _none, ...row } = rawRow(id, {
				schema_version: 1,
				inputs_json: JSON.stringify(inputs),
				...changes
			});
			expect(_none).toBeNull();
			insertRow(v2Path, row);
		};
		v2Row('status-quo', {}, { seed: 20210 });
		v2Row('own-first-year', { trainingBudgetShare: 1.5, firstPlanningYear: 2024 });
		v2Row(
			'own-years',
			{ firstPlanningYear: 2025, targetYear: 2027, endYear: 2028 },
			{
				version: 4,
				name: 'Tahun sendiri'
			}
		);

		repo = openSqliteScenarioRepository(v2Path, { now: clock });
		const check = new Database(v2Path, { readonly: true });
		try {
			expect(
				check.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()
			).toEqual(MIGRATIONS.map((m) => m.version));
			expect(check.prepare('SELECT DISTINCT schema_version FROM scenarios').pluck().all()).toEqual([
				2
			]);
			expect(check.prepare('SELECT agency_json FROM scenarios').pluck().all()).toEqual([
				null,
				null,
				null
			]);
		} finally {
			check.close();
		}

		const statusQuo = (await repo.get('status-quo'))!;
		expect(statusQuo).toEqual({
			id: 'status-quo',
			name: 'raw',
			description: '',
			author: '',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			version: 1,
			schemaVersion: 2,
			modelVersion: '1.0.0',
			seed: 20210,
			inputs: SCHEMA1_YEARS,
			rosterFingerprint: null
		});
		// Its own inputs win over the pinned years.
		expect((await repo.get('own-first-year'))!.inputs).toEqual({
			trainingBudgetShare: 1.5,
			firstPlanningYear: 2024,
			targetYear: 2026,
			endYear: 2030
		});
		expect(await repo.get('own-years')).toMatchObject({
			version: 4,
			name: 'Tahun sendiri',
			inputs: { firstPlanningYear: 2025, targetYear: 2027, endYear: 2028 }
		});

		// It projects as it did: 2022 replayed, 2023–2030 planned, for 2026, the recorded figures.
		const run = runScenario(statusQuo);
		expect(run.result.target.year).toBe(2026);
		expect(run.result.years.map((y) => y.phase)).toEqual(['replay', ...Array(8).fill('plan')]);
		expect(run.result.years.map((y) => Math.round(y.index!.p50 * 100) / 100)).toEqual(
			RECORDED_STATUS_QUO
		);

		// And it can be changed as before; opening again migrates nothing.
		expect((await repo.update('own-years', { version: 4, name: 'Renamed' })).version).toBe(5);
		repo.close();
		const again = new Database(v2Path);
		try {
			expect(migrate(again)).toEqual([]);
		} finally {
			again.close();
		}
		repo = openSqliteScenarioRepository(v2Path, { now: clock });
		expect((await repo.get('status-quo'))!.inputs).toEqual(SCHEMA1_YEARS);
	});
});
