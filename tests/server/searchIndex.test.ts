/**
 * The SQLite store's search index (migration 4): `search_text` filled for the rows saved before
 * it, the FTS5 trigram index kept in step with every write, and the search query using it.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS } from '../../src/lib/server/migrations';
import { searchTextOf } from '../../src/lib/server/searchText';
import {
	LIST_LIMIT,
	migrate,
	openSqliteScenarioRepository,
	SqliteScenarioRepository
} from '../../src/lib/server/sqliteScenarioRepository';
import { makeTempDir, removeTempDir } from './harness';

let dir: string;
let path: string;
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1) + 1000 * tick++);

beforeEach(() => {
	dir = makeTempDir('ipasn-search-');
	path = join(dir, 'search.db');
	tick = 0;
});
afterEach(() => removeTempDir(dir));

const names = (list: { name: string }[]) => list.map((s) => s.name);

describe('migration 4: the search index', () => {
	it('fills search_text and the index for the rows saved before it', async () => {
		const db = new Database(path);
		db.pragma('journal_mode = WAL');
		expect(migrate(db, MIGRATIONS.slice(0, 3))).toEqual([1, 2, 3]);
		const insert = db.prepare(
			'INSERT INTO scenarios (id, name, description, author, created_at, updated_at, version, ' +
				"schema_version, model_version, seed, inputs_json) VALUES (?, ?, ?, ?, ?, ?, 1, 2, '1', 1, ?)"
		);
		const inputs = JSON.stringify({ firstPlanningYear: 2027, targetYear: 2028, endYear: 2030 });
		insert.run('a', 'ÉCOLE Diklat', 'Rencana lama', 'Budi', '2025-01-01', '2025-01-01', inputs);
		insert.run('b', 'Seminar', 'diklat teknis', 'Sari', '2025-01-02', '2025-01-02', inputs);
		db.close();

		const repo = openSqliteScenarioRepository(path, { now: clock });
		try {
			expect(names(await repo.list('DIKLAT'))).toEqual(['Seminar', 'ÉCOLE Diklat']);
			expect(names(await repo.list('école'))).toEqual(['ÉCOLE Diklat']);
			expect(names(await repo.list('sari'))).toEqual(['Seminar']);
			const check = new Database(path, { readonly: true });
			const row = check.prepare("SELECT search_text FROM scenarios WHERE id = 'a'").get();
			check.close();
			expect(row).toEqual({
				search_text: searchTextOf({
					name: 'ÉCOLE Diklat',
					description: 'Rencana lama',
					author: 'Budi'
				})
			});
		} finally {
			await repo.close();
		}
	});
});

describe('search through the index', () => {
	let repo: SqliteScenarioRepository;
	const prepared: string[] = [];

	beforeEach(() => {
		openSqliteScenarioRepository(path).close();
		// The store's own statements, recorded as it prepares them, to explain the one it searches with.
		const db = new Database(path);
		const prepare = db.prepare.bind(db);
		db.prepare = ((sql: string) => {
			prepared.push(sql);
			return prepare(sql);
		}) as typeof db.prepare;
		repo = new SqliteScenarioRepository(db, { now: clock });
	});
	afterEach(() => repo.close());

	it('a term of 3 characters or more is looked up in the FTS5 index (EXPLAIN QUERY PLAN)', () => {
		const search = prepared.filter((sql) => /scenarios_search MATCH/.test(sql));
		expect(search).toHaveLength(1);
		const db = new Database(path, { readonly: true });
		try {
			const plan = db
				.prepare(`EXPLAIN QUERY PLAN ${search[0]}`)
				.all({ phrase: '"diklat"' })
				.map((r) => (r as { detail: string }).detail);
			expect(plan.join(' | ')).toMatch(/SCAN scenarios_search VIRTUAL TABLE INDEX \d+:M/);
			// …and no full scan of the scenarios themselves: their newest-first index is walked.
			expect(plan.join(' | ')).not.toMatch(/SCAN scenarios(?! USING)(?!_search)/);
		} finally {
			db.close();
		}
	});

	it('renames and deletes keep the index in step', async () => {
		const a = await repo.create({ name: 'Diklat kepemimpinan' });
		await repo.create({ name: 'Seminar' });
		expect(names(await repo.list('kepemimpinan'))).toEqual(['Diklat kepemimpinan']);
		const renamed = await repo.update(a.id, { version: 1, name: 'Pelatihan teknis' });
		expect(await repo.list('kepemimpinan')).toEqual([]);
		expect(names(await repo.list('teknis'))).toEqual(['Pelatihan teknis']);
		await repo.delete(a.id, renamed.version);
		expect(await repo.list('teknis')).toEqual([]);
		expect(names(await repo.list('minar'))).toEqual(['Seminar']);
	});

	it('same semantics as before: substring, beyond-ASCII case, literal % _ ", short terms', async () => {
		for (const name of ['Naik 50% a_b', 'Ünïcode "kutip"', 'ab', 'İzmir'])
			await repo.create({ name, description: 'x' });
		expect(names(await repo.list('50%'))).toEqual(['Naik 50% a_b']);
		expect(names(await repo.list('%'))).toEqual(['Naik 50% a_b']);
		expect(names(await repo.list('_'))).toEqual(['Naik 50% a_b']);
		expect(names(await repo.list('a_b'))).toEqual(['Naik 50% a_b']);
		expect(names(await repo.list('ÜNÏ'))).toEqual(['Ünïcode "kutip"']);
		expect(names(await repo.list('"kutip"'))).toEqual(['Ünïcode "kutip"']);
		expect(names(await repo.list('e "k'))).toEqual(['Ünïcode "kutip"']);
		expect(names(await repo.list('AB'))).toEqual(['ab']);
		expect(names(await repo.list('İzm'))).toEqual(['İzmir']);
		expect(await repo.list('zzz')).toEqual([]);
	});

	it(`newest first, at most ${LIST_LIMIT}`, async () => {
		for (let k = 0; k < LIST_LIMIT + 5; k++) await repo.create({ name: `Rencana ${k}` });
		const found = await repo.list('rencana');
		expect(found).toHaveLength(LIST_LIMIT);
		expect(found[0].name).toBe(`Rencana ${LIST_LIMIT + 4}`);
		expect(found[LIST_LIMIT - 1].name).toBe('Rencana 5');
	});
});

describe('the index after its rows were renumbered (as VACUUM may do)', () => {
	it('is checked on open and rebuilt, so searches find the right scenarios', async () => {
		const repo = openSqliteScenarioRepository(path, { now: clock });
		await repo.create({ name: 'Diklat teknis' });
		await repo.create({ name: 'Seminar' });
		await repo.close();
		// Swap the two rows' rowids behind the triggers' back, as a renumbering would.
		const db = new Database(path);
		db.exec(
			'UPDATE scenarios SET rowid = -rowid; ' +
				'UPDATE scenarios SET rowid = CASE rowid WHEN -1 THEN 2 ELSE 1 END;'
		);
		db.close();

		const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const reopened = openSqliteScenarioRepository(path, { now: clock });
		try {
			expect(warned).toHaveBeenCalledWith(expect.stringContaining('rebuilding'));
			expect(names(await reopened.list('diklat'))).toEqual(['Diklat teknis']);
			expect(names(await reopened.list('seminar'))).toEqual(['Seminar']);
		} finally {
			warned.mockRestore();
			await reopened.close();
		}
	});
});
