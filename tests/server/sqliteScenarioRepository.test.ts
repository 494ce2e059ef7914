import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { newScenarioDefaults, type SavedScenario } from '../../src/lib/scenario/savedScenario';
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

beforeEach(() => {
	dir = makeTempDir('ipasn-repo-');
	path = join(dir, 'nested', 'dir', 'test.db');
	tick = 0;
	repo = open();
});

afterEach(() => {
	repo.close();
	removeTempDir(dir);
});

describe('opening', () => {
	it('creates the directory, the file and the schema, set up for durable concurrent use', () => {
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

	it('sets synchronous = FULL, foreign keys and a busy timeout on its connection', () => {
		// Pragmas belong to a connection, so read them from the repository's own.
		const db = (repo as unknown as { db: Database.Database }).db;
		expect(db.pragma('synchronous', { simple: true })).toBe(2);
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
	});

	it('is idempotent: opening again applies nothing and keeps the data', () => {
		const saved = repo.create({ name: 'kept' });
		repo.close();
		repo = open();
		expect(repo.get(saved.id)).toEqual(saved);
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

	it('refuses a database written by a newer version of the app', () => {
		repo.close();
		const db = new Database(path);
		db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')").run();
		db.close();
		expect(() => open()).toThrow(/schema version 99.*knows only up to/);
	});

	it('rolls a failing migration back whole and does not record it', () => {
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

	it('refuses migrations out of order', () => {
		const db = new Database(':memory:');
		try {
			expect(() => migrate(db, [{ ...MIGRATIONS[0], version: 2 }])).toThrow(/expected 1/);
		} finally {
			db.close();
		}
	});
});

describe('create and get', () => {
	it('a name alone gives a scenario with the default inputs, version 1', () => {
		const saved = repo.create({ name: 'Rencana 2026' });
		expect(saved).toEqual({
			...newScenarioDefaults(),
			id: expect.stringMatching(UUID),
			name: 'Rencana 2026',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			version: 1
		});
		expect(repo.get(saved.id)).toEqual(saved);
	});

	it('keeps every field given, and gives each scenario its own id', () => {
		const body = {
			name: 'Full',
			description: 'all fields',
			author: 'Siti',
			seed: 7,
			inputs: { trainingBudgetShare: 1.5, fundingRule: 'pro_rata' },
			modelVersion: '1.0.0',
			rosterFingerprint: 'roster:abc-123'
		};
		const a = repo.create(body);
		const b = repo.create(body);
		expect(a).toMatchObject(body);
		expect(a.id).not.toBe(b.id);
		expect(repo.get(a.id)).toEqual(a);
	});

	it('unknown ids give null, whatever they contain', () => {
		repo.create({ name: 'x' });
		for (const id of ['nope', '', "' OR '1'='1", '%', '1; DROP TABLE scenarios']) {
			expect(repo.get(id)).toBeNull();
		}
		expect(repo.list()).toHaveLength(1);
	});

	it('refuses invalid bodies and writes nothing', () => {
		for (const body of [
			{ name: '   ' },
			{ name: 'x', inputs: { coverage: 'lots' } },
			{ name: 'x', seed: -1 },
			{ name: 'x', extra: true }
		]) {
			expect(() => repo.create(body as never)).toThrow(ZodError);
		}
		expect(snapshot()).toEqual([]);
	});
});

describe('list and search', () => {
	it('lists newest first, by last change', () => {
		const a = repo.create({ name: 'a' });
		const b = repo.create({ name: 'b' });
		const c = repo.create({ name: 'c' });
		expect(repo.list().map((s) => s.name)).toEqual(['c', 'b', 'a']);
		repo.update(a.id, { version: a.version, description: 'touched' });
		expect(repo.list().map((s) => s.id)).toEqual([a.id, c.id, b.id]);
	});

	it('searches name, description and author, ignoring case (also beyond ASCII)', () => {
		repo.create({ name: 'Diklat Kepemimpinan', author: 'Budi' });
		repo.create({ name: 'Plan B', description: 'More DIKLAT money' });
		repo.create({ name: 'Plan C', author: 'Ärzte Ünal' });
		repo.create({ name: 'Other' });
		const names = (search: string) => repo.list(search).map((s) => s.name);
		expect(names('diklat')).toEqual(['Plan B', 'Diklat Kepemimpinan']);
		expect(names('BUDI')).toEqual(['Diklat Kepemimpinan']);
		expect(names('ärzte ü')).toEqual(['Plan C']);
		expect(names('  plan c  ')).toEqual(['Plan C']);
		expect(names('')).toHaveLength(4);
		expect(names('nothing like it')).toEqual([]);
	});

	it('treats %, _ and \\ in a search as the characters themselves', () => {
		repo.create({ name: '50% coverage' });
		repo.create({ name: '50 percent' });
		repo.create({ name: 'a_b' });
		repo.create({ name: 'axb' });
		repo.create({ name: 'back\\slash' });
		expect(repo.list('%').map((s) => s.name)).toEqual(['50% coverage']);
		expect(repo.list('50%').map((s) => s.name)).toEqual(['50% coverage']);
		expect(repo.list('a_b').map((s) => s.name)).toEqual(['a_b']);
		expect(repo.list('_').map((s) => s.name)).toEqual(['a_b']);
		expect(repo.list('\\').map((s) => s.name)).toEqual(['back\\slash']);
	});

	it('SQL in a search is just text', () => {
		repo.create({ name: "O'Brien plan" });
		for (const search of [
			"' OR 1=1 --",
			"%' OR '1'='1",
			'"; DROP TABLE scenarios; --',
			"') UNION SELECT * FROM schema_migrations --"
		]) {
			expect(repo.list(search)).toEqual([]);
		}
		expect(repo.list("o'brien").map((s) => s.name)).toEqual(["O'Brien plan"]);
		expect(repo.list()).toHaveLength(1);
	});

	it(`returns at most ${LIST_LIMIT}, the newest`, () => {
		const db = (repo as unknown as { db: Database.Database }).db;
		db.transaction(() => {
			for (let i = 0; i < LIST_LIMIT + 5; i++) repo.create({ name: `s${i}` });
		})();
		const listed = repo.list();
		expect(listed).toHaveLength(LIST_LIMIT);
		expect(listed[0].name).toBe(`s${LIST_LIMIT + 4}`);
		expect(repo.list('s1')).toHaveLength(1 + 10 + 100);
	});
});

describe('update', () => {
	it('applies the changes, raises the version and keeps the id and everything else', () => {
		const saved = repo.create({
			name: 'Old',
			description: 'd',
			author: 'a',
			seed: 3,
			inputs: { coverage: 40 },
			rosterFingerprint: 'r:1'
		});
		const renamed = repo.update(saved.id, { version: 1, name: 'New' });
		expect(renamed).toEqual({
			...saved,
			name: 'New',
			version: 2,
			updatedAt: '2026-01-01T00:00:01.000Z'
		});
		expect(repo.get(saved.id)).toEqual(renamed);

		const changed = repo.update(saved.id, {
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

	it('a stale version raises VersionConflict carrying the current scenario, and changes nothing', () => {
		const saved = repo.create({ name: 'x' });
		const current = repo.update(saved.id, { version: 1, name: 'y' });
		const before = snapshot();
		let conflict: unknown;
		try {
			repo.update(saved.id, { version: 1, name: 'z' });
		} catch (error) {
			conflict = error;
		}
		expect(conflict).toBeInstanceOf(VersionConflict);
		expect((conflict as VersionConflict).current).toEqual(current);
		expect(() => repo.update(saved.id, { version: 3, name: 'z' })).toThrow(VersionConflict);
		expect(snapshot()).toEqual(before);
	});

	it('an unknown id raises ScenarioNotFound and changes nothing', () => {
		repo.create({ name: 'x' });
		const before = snapshot();
		expect(() => repo.update('missing', { version: 1, name: 'z' })).toThrow(ScenarioNotFound);
		expect(() => repo.update("' OR 1=1 --", { version: 1, name: 'z' })).toThrow(ScenarioNotFound);
		expect(snapshot()).toEqual(before);
	});

	it('an invalid change is refused and changes nothing', () => {
		const saved = repo.create({ name: 'x' });
		const before = snapshot();
		expect(() => repo.update(saved.id, { version: 1, name: '' })).toThrow(ZodError);
		expect(() => repo.update(saved.id, { version: 1, inputs: { nope: 1 } })).toThrow(ZodError);
		expect(snapshot()).toEqual(before);
	});
});

describe('delete', () => {
	it('deletes at the current version', () => {
		const saved = repo.create({ name: 'x' });
		const other = repo.create({ name: 'y' });
		repo.delete(saved.id, 1);
		expect(repo.get(saved.id)).toBeNull();
		expect(repo.list()).toEqual([other]);
	});

	it('a stale version or an unknown id changes nothing', () => {
		const saved = repo.create({ name: 'x' });
		repo.update(saved.id, { version: 1, name: 'y' });
		const before = snapshot();
		expect(() => repo.delete(saved.id, 1)).toThrow(VersionConflict);
		expect(() => repo.delete('missing', 1)).toThrow(ScenarioNotFound);
		expect(() => repo.delete("' OR '1'='1", 2)).toThrow(ScenarioNotFound);
		expect(() => repo.delete(saved.id, 0)).toThrow(ZodError);
		expect(snapshot()).toEqual(before);
	});
});

describe('rows read back are validated', () => {
	function insertRaw(id: string, changes: Record<string, unknown>): void {
		const row = {
			id,
			name: 'raw',
			description: '',
			author: '',
			created_at: '2026-01-01T00:00:00.000Z',
			updated_at: '2026-01-01T00:00:00.000Z',
			version: 1,
			schema_version: 1,
			model_version: '1.0.0',
			seed: 1,
			inputs_json: '{}',
			roster_fingerprint: null,
			...changes
		};
		const db = new Database(path);
		try {
			db.prepare(
				`INSERT INTO scenarios VALUES (@id, @name, @description, @author, @created_at,
				@updated_at, @version, @schema_version, @model_version, @seed, @inputs_json,
				@roster_fingerprint)`
			).run(row);
		} finally {
			db.close();
		}
	}

	it.each([
		['an empty name', { name: '' }],
		['an unknown schema version', { schema_version: 99 }],
		['inputs that are not an object', { inputs_json: '[1, 2]' }],
		['a seed out of range', { seed: -5 }]
	])('%s gives CorruptScenario on get; list skips the row and keeps the rest', (_, changes) => {
		const good = repo.create({ name: 'good' });
		insertRaw('bad-row', changes);
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			expect(() => repo.get('bad-row')).toThrow(CorruptScenario);
			expect(repo.list()).toEqual([good]);
			expect(logged).toHaveBeenCalledWith(expect.stringContaining('bad-row'));
		} finally {
			logged.mockRestore();
		}
	});

	it('the schema itself refuses rows that are not even JSON', () => {
		expect(() => insertRaw('x', { inputs_json: 'not json' })).toThrow(/CHECK constraint/);
	});
});

describe('durability settings survive reopening', () => {
	it('a write acknowledged before close is there after reopening, at its version', () => {
		const saved: SavedScenario = repo.create({ name: 'a' });
		const updated = repo.update(saved.id, { version: 1, seed: 99 });
		repo.close();
		repo = open();
		expect(repo.get(saved.id)).toEqual(updated);
	});
});
