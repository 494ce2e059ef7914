import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import type { Agency } from '../../src/lib/scenario/agency';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { newScenarioDefaults, type SavedScenario } from '../../src/lib/scenario/savedScenario';
import { SCHEMA_VERSION } from '../../src/lib/scenario/scenario';
import { MIGRATIONS } from '../../src/lib/server/migrations';
import {
	CorruptScenario,
	ScenarioNotFound,
	VersionConflict
} from '../../src/lib/server/scenarioRepository';
import {
	LIST_LIMIT,
	migrate,
	openSqliteScenarioRepository,
	type SqliteScenarioRepository
} from '../../src/lib/server/sqliteScenarioRepository';
import { makeTempDir, removeTempDir } from './harness';
import { calendarYears } from '../../src/lib/scenario/scenario';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let dir: string;
let path: string;
let repo: SqliteScenarioRepository;
/** A clock that moves one second per reading, so "newest first" is unambiguous. */
let tick: number;
const clock = () => new Date(Date.UTC(2026, 0, 1) + 1000 * tick++);

function open(): SqliteScenarioRepository {
	return openSqliteScenarioRepository(path, { now: clock });
}

/** Everything in the table, raw, to show a failed write changed nothing. */
function snapshot(): unknown[] {
	const db = new Database(path, { readonly: true });
	try {
		return db.prepare('SELECT * FROM scenarios ORDER BY id').all();
	} finally {
		db.close();
	}
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
			expect(tables).toEqual(['rosters', 'scenarios', 'schema_migrations']);
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

describe('create and get', () => {
	it('a name alone gives a scenario with the default inputs, version 1', async () => {
		const saved = await repo.create({ name: 'Rencana 2026' });
		expect(saved).toEqual({
			...newScenarioDefaults(),
			id: expect.stringMatching(UUID),
			name: 'Rencana 2026',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			version: 1
		});
		expect(await repo.get(saved.id)).toEqual(saved);
	});

	it('keeps every field given, and gives each scenario its own id', async () => {
		const body = {
			name: 'Full',
			description: 'all fields',
			author: 'Siti',
			seed: 7,
			inputs: { trainingBudgetShare: 1.5, fundingRule: 'pro_rata' },
			modelVersion: '1.0.0',
			rosterFingerprint: 'roster:abc-123'
		};
		const a = await repo.create(body);
		const b = await repo.create(body);
		expect(a).toMatchObject(body);
		expect(a.id).not.toBe(b.id);
		expect(await repo.get(a.id)).toEqual(a);
	});

	it('unknown ids give null, whatever they contain', async () => {
		await repo.create({ name: 'x' });
		for (const id of ['nope', '', "' OR '1'='1", '%', '1; DROP TABLE scenarios']) {
			expect(await repo.get(id)).toBeNull();
		}
		expect(await repo.list()).toHaveLength(1);
	});

	it('refuses invalid bodies and writes nothing', async () => {
		for (const body of [
			{ name: '   ' },
			{ name: 'x', inputs: { coverage: 'lots' } },
			{ name: 'x', seed: -1 },
			{ name: 'x', extra: true }
		]) {
			await expect(repo.create(body as never)).rejects.toThrow(ZodError);
		}
		expect(snapshot()).toEqual([]);
	});
});

describe('list and search', () => {
	it('lists newest first, by last change', async () => {
		const a = await repo.create({ name: 'a' });
		const b = await repo.create({ name: 'b' });
		const c = await repo.create({ name: 'c' });
		expect((await repo.list()).map((s) => s.name)).toEqual(['c', 'b', 'a']);
		await repo.update(a.id, { version: a.version, description: 'touched' });
		expect((await repo.list()).map((s) => s.id)).toEqual([a.id, c.id, b.id]);
	});

	it('searches name, description and author, ignoring case (also beyond ASCII)', async () => {
		await repo.create({ name: 'Diklat Kepemimpinan', author: 'Budi' });
		await repo.create({ name: 'Plan B', description: 'More DIKLAT money' });
		await repo.create({ name: 'Plan C', author: 'Ärzte Ünal' });
		await repo.create({ name: 'Other' });
		const names = async (search: string) => (await repo.list(search)).map((s) => s.name);
		expect(await names('diklat')).toEqual(['Plan B', 'Diklat Kepemimpinan']);
		expect(await names('BUDI')).toEqual(['Diklat Kepemimpinan']);
		expect(await names('ärzte ü')).toEqual(['Plan C']);
		expect(await names('  plan c  ')).toEqual(['Plan C']);
		expect(await names('')).toHaveLength(4);
		expect(await names('nothing like it')).toEqual([]);
	});

	it('treats %, _ and \\ in a search as the characters themselves', async () => {
		await repo.create({ name: '50% coverage' });
		await repo.create({ name: '50 percent' });
		await repo.create({ name: 'a_b' });
		await repo.create({ name: 'axb' });
		await repo.create({ name: 'back\\slash' });
		expect((await repo.list('%')).map((s) => s.name)).toEqual(['50% coverage']);
		expect((await repo.list('50%')).map((s) => s.name)).toEqual(['50% coverage']);
		expect((await repo.list('a_b')).map((s) => s.name)).toEqual(['a_b']);
		expect((await repo.list('_')).map((s) => s.name)).toEqual(['a_b']);
		expect((await repo.list('\\')).map((s) => s.name)).toEqual(['back\\slash']);
	});

	it('SQL in a search is just text', async () => {
		await repo.create({ name: "O'Brien plan" });
		for (const search of [
			"' OR 1=1 --",
			"%' OR '1'='1",
			'"; DROP TABLE scenarios; --',
			"') UNION SELECT * FROM schema_migrations --"
		]) {
			expect(await repo.list(search)).toEqual([]);
		}
		expect((await repo.list("o'brien")).map((s) => s.name)).toEqual(["O'Brien plan"]);
		expect(await repo.list()).toHaveLength(1);
	});

	it(`returns at most ${LIST_LIMIT}, the newest`, async () => {
		for (let i = 0; i < LIST_LIMIT + 5; i++) await repo.create({ name: `s${i}` });
		const listed = await repo.list();
		expect(listed).toHaveLength(LIST_LIMIT);
		expect(listed[0].name).toBe(`s${LIST_LIMIT + 4}`);
		expect(await repo.list('s1')).toHaveLength(1 + 10 + 100);
	});
});

describe('update', () => {
	it('applies the changes, raises the version and keeps the id and everything else', async () => {
		const saved = await repo.create({
			name: 'Old',
			description: 'd',
			author: 'a',
			seed: 3,
			inputs: { coverage: 40 },
			rosterFingerprint: 'r:1'
		});
		const renamed = await repo.update(saved.id, { version: 1, name: 'New' });
		expect(renamed).toEqual({
			...saved,
			name: 'New',
			version: 2,
			updatedAt: '2026-01-01T00:00:01.000Z'
		});
		expect(await repo.get(saved.id)).toEqual(renamed);

		const changed = await repo.update(saved.id, {
			version: 2,
			inputs: { coverage: 50 },
			seed: 4,
			rosterFingerprint: null
		});
		expect(changed).toMatchObject({
			id: saved.id,
			name: 'New',
			description: 'd',
			inputs: { coverage: 50 },
			seed: 4,
			rosterFingerprint: null,
			version: 3,
			createdAt: saved.createdAt
		});
	});

	it('a stale version raises VersionConflict carrying the current scenario, and changes nothing', async () => {
		const saved = await repo.create({ name: 'x' });
		const current = await repo.update(saved.id, { version: 1, name: 'y' });
		const before = snapshot();
		let conflict: unknown;
		try {
			await repo.update(saved.id, { version: 1, name: 'z' });
		} catch (error) {
			conflict = error;
		}
		expect(conflict).toBeInstanceOf(VersionConflict);
		expect((conflict as VersionConflict).current).toEqual(current);
		await expect(repo.update(saved.id, { version: 3, name: 'z' })).rejects.toThrow(VersionConflict);
		expect(snapshot()).toEqual(before);
	});

	it('an unknown id raises ScenarioNotFound and changes nothing', async () => {
		await repo.create({ name: 'x' });
		const before = snapshot();
		await expect(repo.update('missing', { version: 1, name: 'z' })).rejects.toThrow(
			ScenarioNotFound
		);
		await expect(repo.update("' OR 1=1 --", { version: 1, name: 'z' })).rejects.toThrow(
			ScenarioNotFound
		);
		expect(snapshot()).toEqual(before);
	});

	it('an invalid change is refused and changes nothing', async () => {
		const saved = await repo.create({ name: 'x' });
		const before = snapshot();
		await expect(repo.update(saved.id, { version: 1, name: '' })).rejects.toThrow(ZodError);
		await expect(repo.update(saved.id, { version: 1, inputs: { nope: 1 } })).rejects.toThrow(
			ZodError
		);
		expect(snapshot()).toEqual(before);
	});
});

describe('delete', () => {
	it('deletes at the current version', async () => {
		const saved = await repo.create({ name: 'x' });
		const other = await repo.create({ name: 'y' });
		await repo.delete(saved.id, 1);
		expect(await repo.get(saved.id)).toBeNull();
		expect(await repo.list()).toEqual([other]);
	});

	it('a stale version or an unknown id changes nothing', async () => {
		const saved = await repo.create({ name: 'x' });
		await repo.update(saved.id, { version: 1, name: 'y' });
		const before = snapshot();
		await expect(repo.delete(saved.id, 1)).rejects.toThrow(VersionConflict);
		await expect(repo.delete('missing', 1)).rejects.toThrow(ScenarioNotFound);
		await expect(repo.delete("' OR '1'='1", 2)).rejects.toThrow(ScenarioNotFound);
		await expect(repo.delete(saved.id, 0)).rejects.toThrow(ZodError);
		expect(snapshot()).toEqual(before);
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

/** A row as the store writes one today, with `changes`. */
function rawRow(id: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id,
		name: 'raw',
		description: '',
		author: '',
		created_at: '2026-01-01T00:00:00.000Z',
		updated_at: '2026-01-01T00:00:00.000Z',
		version: 1,
		schema_version: SCHEMA_VERSION,
		model_version: '1.0.0',
		seed: 1,
		inputs_json: '{}',
		roster_fingerprint: null,
		agency_json: null,
		...changes
	};
}

/** An agency other than the default, with every kind of figure. */
const AGENCY: Agency = {
	name: 'Dinas Pendidikan Kota Contoh',
	startYear: 2025,
	unitNames: { sd: 'Bidang SD' },
	ceilings: [
		{ year: 2025, amount: 12_000_000_000, source: 'DPA 2025' },
		{ year: 2026, amount: 12_600_000_000 }
	],
	spent: [
		{ year: 2025, amount: 90_000_000, source: 'LRA 2025' },
		{ year: 2026, share: 0.8 }
	],
	results: [{ year: 2025, index: 64.2, competency: 20, scope: 'agency', source: 'BKN 2025' }]
};

describe('rows read back are validated', () => {
	const insertRaw = (id: string, changes: Record<string, unknown>) =>
		insertRow(path, rawRow(id, changes));

	it('a row as the store writes it reads back', async () => {
		insertRaw('fine', { agency_json: JSON.stringify(AGENCY) });
		expect(await repo.get('fine')).toMatchObject({ id: 'fine', inputs: {}, agency: AGENCY });
	});

	it.each([
		['an empty name', { name: '' }],
		['an unknown schema version', { schema_version: 99 }],
		// Migration 3 brought every schema-1 row to schema 2; a later one is not read as 2.
		['a schema-1 row written after the migration', { schema_version: 1 }],
		['inputs that are not an object', { inputs_json: '[1, 2]' }],
		['a seed out of range', { seed: -5 }],
		['an agency without a name', { agency_json: JSON.stringify({ ...AGENCY, name: '' }) }],
		[
			'a target year before the first planning year',
			{ inputs_json: '{"firstPlanningYear":2028,"targetYear":2027}' }
		],
		[
			'a first planning year not after the agency’s roster year',
			{ inputs_json: '{"firstPlanningYear":2025}', agency_json: JSON.stringify(AGENCY) }
		]
	])(
		'%s gives CorruptScenario on get; list skips the row and keeps the rest',
		async (_, changes) => {
			const good = await repo.create({ name: 'good' });
			insertRaw('bad-row', changes);
			const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
			try {
				await expect(repo.get('bad-row')).rejects.toThrow(CorruptScenario);
				expect(await repo.list()).toEqual([good]);
				expect(logged).toHaveBeenCalledWith(expect.stringContaining('bad-row'));
			} finally {
				logged.mockRestore();
			}
		}
	);

	it('the schema itself refuses rows that are not even JSON', async () => {
		expect(() => insertRaw('x', { inputs_json: 'not json' })).toThrow(/CHECK constraint/);
		expect(() => insertRaw('y', { agency_json: '{"name":' })).toThrow(/CHECK constraint/);
	});
});

describe('durability settings survive reopening', () => {
	it('a write acknowledged before close is there after reopening, at its version', async () => {
		const saved: SavedScenario = await repo.create({ name: 'a' });
		const updated = await repo.update(saved.id, { version: 1, seed: 99 });
		repo.close();
		repo = open();
		expect(await repo.get(saved.id)).toEqual(updated);
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

	it('a version-2 database opens at version 3, its schema-1 scenarios at schema 2 with schema 1’s years', async () => {
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
			).toEqual([1, 2, 3]);
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

	it('create and update carry an agency; agency: null sets it back to the default', async () => {
		const inputs = { firstPlanningYear: 2026, targetYear: 2028 };
		const created = await repo.create({ name: 'Dinas', agency: AGENCY, inputs });
		expect(created.agency).toEqual(AGENCY);
		expect(await repo.get(created.id)).toEqual(created);
		const raw = snapshot() as Array<{ agency_json: string | null }>;
		expect(JSON.parse(raw[0].agency_json!)).toEqual(AGENCY);

		const renamed = await repo.update(created.id, { version: 1, name: 'Dinas baru' });
		expect(renamed.agency).toEqual(AGENCY);
		const other: Agency = { ...AGENCY, name: 'Dinas Kesehatan', results: [] };
		const changed = await repo.update(created.id, { version: 2, agency: other });
		expect(await repo.get(created.id)).toEqual(changed);
		expect(changed.agency).toEqual(other);

		// null: the default agency (BPKAD Kota Bontang, roster year 2021) again, no agency stored.
		const reset = await repo.update(created.id, { version: 3, agency: null });
		expect(reset.agency).toBeUndefined();
		expect(await repo.get(created.id)).toEqual(reset);
		expect((snapshot() as Array<{ agency_json: string | null }>)[0].agency_json).toBeNull();
		expect(reset.inputs).toEqual({ ...inputs, ...calendarYears(inputs) });
	});

	it('a body of schema 1 is migrated: schema 2, schema 1’s years where it left them out', async () => {
		const created = await repo.create({
			name: 'Lama',
			schemaVersion: 1,
			inputs: { trainingBudgetShare: 1.5, endYear: 2029 }
		});
		expect(created.schemaVersion).toBe(2);
		expect(created.inputs).toEqual({
			trainingBudgetShare: 1.5,
			firstPlanningYear: 2023,
			targetYear: 2026,
			endYear: 2029
		});
		expect(await repo.get(created.id)).toEqual(created);
	});

	it('a target year before the first planning year is refused, naming inputs.targetYear; nothing stored', async () => {
		const expectTargetYearIssue = async (action: () => Promise<unknown>) => {
			let error: unknown;
			try {
				await action();
			} catch (e) {
				error = e;
			}
			expect(error).toBeInstanceOf(ZodError);
			const issues = (error as ZodError).issues;
			expect(issues.map((i) => i.path.join('.'))).toEqual(['inputs.targetYear']);
			expect(issues[0].message).toMatch(/targetYear 2027 is before the first planning year 2028/);
		};
		await expectTargetYearIssue(() =>
			repo.create({ name: 'x', inputs: { firstPlanningYear: 2028, targetYear: 2027 } })
		);
		expect(snapshot()).toEqual([]);

		const saved = await repo.create({ name: 'x', inputs: { firstPlanningYear: 2027 } });
		const before = snapshot();
		await expectTargetYearIssue(() =>
			repo.update(saved.id, { version: 1, inputs: { firstPlanningYear: 2028, targetYear: 2027 } })
		);
		// The default first planning year (2027 on the tests' today) counts too.
		await expect(
			repo.update(saved.id, { version: 1, inputs: { targetYear: 2026 } })
		).rejects.toThrow(/targetYear 2026 is before the first planning year 2027/);
		// An agency whose roster year leaves the plan's years behind is refused the same way.
		await expect(
			repo.update(saved.id, {
				version: 1,
				inputs: { firstPlanningYear: 2025 },
				agency: AGENCY
			})
		).rejects.toThrow(/firstPlanningYear must be after the roster's year 2025/);
		expect(snapshot()).toEqual(before);
	});
});
