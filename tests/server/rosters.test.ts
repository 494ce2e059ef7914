/**
 * Stored rosters: the SQLite migration that adds them to a version-1 database (what every
 * store does with rosters is in contract/scenarioRepositoryContract.ts), and `/api/rosters/:fingerprint` over real HTTP against
 * the built app — idempotent PUT, the fingerprint check, the size limit, the token rules, and
 * the refusal to delete a roster a saved scenario names.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Roster } from '../../src/lib/engine/roster';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { parseRosterCsv, rosterTemplateCsv, writeRosterCsv } from '../../src/lib/rosterFiles/csv';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { MAX_ROSTER_BODY_BYTES } from '../../src/lib/scenario/savedScenario';
import { MIGRATIONS } from '../../src/lib/server/migrations';
import { rosterToStore } from '../../src/lib/server/rosters';
import {
	migrate,
	openSqliteScenarioRepository,
	type SqliteScenarioRepository
} from '../../src/lib/server/sqliteScenarioRepository';
import { call, makeTempDir, removeTempDir, startServer, type ApiServer } from './harness';

const TOKEN = 'roster-token-5678';

/** The template's three people: units collected from the file (ids derived from names). */
function smallRoster(): Roster {
	const parsed = parseRosterCsv(rosterTemplateCsv('en'));
	if (!parsed.ok) throw new Error('the template does not parse');
	return parsed.roster;
}

/** Many people on the default roster's units (ids not derived from names: `anggaran`). */
function bigRoster(people: number, idOf = (k: number) => `P${String(k + 1).padStart(6, '0')}`) {
	const base = bontangRoster();
	return {
		units: base.units,
		people: Array.from({ length: people }, (_, k) => ({
			...base.people[k % base.people.length],
			id: idOf(k)
		}))
	};
}

/** What the planner page sends: the canonical CSV and the units' ids and names. */
function bodyOf(roster: Roster): { csv: string; units: Roster['units'] } {
	return { csv: writeRosterCsv(roster), units: roster.units };
}

describe('the SQLite store’s migration to stored rosters', () => {
	let dir: string;
	let path: string;
	let repo: SqliteScenarioRepository;
	let clock = 0;
	const open = () =>
		openSqliteScenarioRepository(path, {
			now: () => new Date(Date.UTC(2026, 0, 1) + 1000 * clock++)
		});

	beforeEach(async () => {
		dir = makeTempDir('ipasn-rosters-');
		path = join(dir, 'ipasn.db');
		clock = 0;
		repo = open();
	});

	afterEach(async () => {
		repo.close();
		removeTempDir(dir);
	});

	it('a version-1 database opens at the latest version with every scenario as it was', async () => {
		repo.close();
		const v1Path = join(dir, 'v1.db');
		const db = new Database(v1Path);
		db.pragma('journal_mode = WAL');
		expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
		const insert = db.prepare(
			'INSERT INTO scenarios (id, name, description, author, created_at, updated_at, version, ' +
				'schema_version, model_version, seed, inputs_json, roster_fingerprint) ' +
				'VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)'
		);
		const rows = [
			[
				'a',
				'Status quo',
				'',
				'',
				'2025-01-01T00:00:00.000Z',
				'2025-01-01T00:00:00.000Z',
				1,
				'1.0.0',
				20210101,
				'{}',
				null
			],
			[
				'b',
				'Lebih banyak pelatihan',
				'dua kali',
				'Siti',
				'2025-01-02T00:00:00.000Z',
				'2025-01-03T00:00:00.000Z',
				3,
				'1.0.0',
				7,
				'{"trainingBudgetShare":1.5}',
				null
			],
			[
				'c',
				'Roster impor',
				'',
				'Budi',
				'2025-01-04T00:00:00.000Z',
				'2025-01-04T00:00:00.000Z',
				1,
				'1.0.0',
				9,
				'{"fundingRule":"pro_rata"}',
				'fnv1a64-0123456789abcdef-40'
			]
		] as const;
		for (const row of rows) insert.run(...row);
		db.close();

		repo = openSqliteScenarioRepository(v1Path);
		const check = new Database(v1Path, { readonly: true });
		try {
			expect(
				check.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()
			).toEqual(MIGRATIONS.map((m) => m.version));
			expect(
				check
					.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'rosters'")
					.pluck()
					.get()
			).toBe('rosters');
		} finally {
			check.close();
		}
		const byId = Object.fromEntries((await repo.list()).map((s) => [s.id, s]));
		expect(Object.keys(byId).sort()).toEqual(['a', 'b', 'c']);
		expect(byId.b).toMatchObject({
			name: 'Lebih banyak pelatihan',
			description: 'dua kali',
			author: 'Siti',
			version: 3,
			seed: 7,
			// Schema 1's planning years written out (migration 3), so it projects as it did.
			schemaVersion: 2,
			inputs: {
				trainingBudgetShare: 1.5,
				firstPlanningYear: 2023,
				targetYear: 2026,
				endYear: 2030
			},
			rosterFingerprint: null,
			updatedAt: '2025-01-03T00:00:00.000Z'
		});
		expect(byId.a.inputs).toEqual({ firstPlanningYear: 2023, targetYear: 2026, endYear: 2030 });
		expect(byId.c.rosterFingerprint).toBe('fnv1a64-0123456789abcdef-40');
		// The new table works, and the old scenarios can be changed as before.
		const roster = smallRoster();
		expect(
			(await repo.putRoster(rosterToStore(rosterFingerprint(roster), bodyOf(roster)))).created
		).toBe(true);
		expect((await repo.update('b', { version: 3, name: 'Renamed' })).version).toBe(4);
	});
});

describe('/api/rosters over HTTP', () => {
	let dir: string;
	let server: ApiServer;
	let guarded: ApiServer;
	/** adapter-node's body limit raised, so uncompressed bodies meet the API's own limit. */
	let roomy: ApiServer;

	beforeAll(async () => {
		dir = makeTempDir('ipasn-rosters-api-');
		[server, guarded, roomy] = await Promise.all([
			startServer({ databasePath: join(dir, 'open.db') }),
			startServer({ databasePath: join(dir, 'guarded.db'), plannerToken: TOKEN }),
			startServer({ databasePath: join(dir, 'roomy.db'), env: { BODY_SIZE_LIMIT: '16M' } })
		]);
	}, 120_000);

	afterAll(async () => {
		await Promise.all([server?.stop(), guarded?.stop(), roomy?.stop()]);
		removeTempDir(dir);
	});

	const url = (target: ApiServer, fingerprint: string) =>
		`${target.baseURL}/api/rosters/${encodeURIComponent(fingerprint)}`;
	const auth = { authorization: `Bearer ${TOKEN}` };

	/** PUT as the planner page sends it (gzip) or as curl would (plain JSON). */
	async function put(
		target: ApiServer,
		fingerprint: string,
		body: unknown,
		options: { gzip?: boolean; headers?: Record<string, string> } = {}
	) {
		const json = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
		const response = await fetch(url(target, fingerprint), {
			method: 'PUT',
			headers: {
				'content-type': 'application/json',
				...(options.gzip ? { 'content-encoding': 'gzip' } : {}),
				...options.headers
			},
			body: options.gzip ? gzipSync(json) : json,
			signal: AbortSignal.timeout(30_000)
		});
		const text = await response.text();
		return {
			status: response.status,
			body: text ? JSON.parse(text) : null,
			headers: response.headers
		};
	}

	function rosterRows(target: ApiServer): Array<{ fingerprint: string; created_at: string }> {
		const db = new Database(target.databasePath, { readonly: true });
		try {
			return db
				.prepare('SELECT fingerprint, created_at FROM rosters ORDER BY fingerprint')
				.all() as never;
		} finally {
			db.close();
		}
	}

	it('PUT a new roster → 201 with its summary; the same again → 200, unchanged', async () => {
		const roster = bontangRoster();
		const fingerprint = rosterFingerprint(roster);
		const first = await put(server, fingerprint, bodyOf(roster), { gzip: true });
		expect(first.status).toBe(201);
		expect(first.headers.get('location')).toBe(`/api/rosters/${fingerprint}`);
		expect(first.headers.get('cache-control')).toBe('no-store');
		expect(first.body).toEqual({
			fingerprint,
			people: 150,
			units: 5,
			createdAt: expect.any(String)
		});
		const before = rosterRows(server);
		const again = await put(server, fingerprint, bodyOf(roster));
		expect(again.status).toBe(200);
		expect(again.body).toEqual(first.body);
		expect(rosterRows(server)).toEqual(before);
	});

	it('GET → 200 { fingerprint, csv, people, units, unitList } that gives back the roster; 404 when absent', async () => {
		const roster = bontangRoster();
		const fingerprint = rosterFingerprint(roster);
		await put(server, fingerprint, bodyOf(roster), { gzip: true });
		const got = await call('GET', url(server, fingerprint));
		expect(got.status).toBe(200);
		expect(got.headers.get('cache-control')).toBe('no-store');
		expect(got.body).toMatchObject({ fingerprint, people: 150, units: 5 });
		const parsed = parseRosterCsv(got.body.csv, { units: got.body.unitList });
		expect(parsed.ok && rosterFingerprint(parsed.roster)).toBe(fingerprint);

		const missing = await call('GET', url(server, 'fnv1a64-0000000000000000-1'));
		expect(missing.status).toBe(404);
		expect(missing.body.error).toBe('not_found');
		expect((await call('GET', url(server, 'NOT A FINGERPRINT'))).status).toBe(400);
	});

	it('a CSV of another roster than the URL names → 400 fingerprint_mismatch; nothing stored', async () => {
		const before = rosterRows(server);
		const small = smallRoster();
		const other = rosterFingerprint(bontangRoster()).replace(/-\d+$/, '-3');
		const response = await put(server, other, bodyOf(small));
		expect(response.status).toBe(400);
		expect(response.body.error).toBe('fingerprint_mismatch');
		expect(response.body.fingerprint).toBe(rosterFingerprint(small));
		expect(response.body.issues[0].path).toBe('csv');
		// The agency's unit ids are part of the roster: without them the file is another roster.
		const roster = bontangRoster();
		const withoutUnits = await put(server, rosterFingerprint(roster), {
			csv: writeRosterCsv(roster)
		});
		expect(withoutUnits.status).toBe(400);
		expect(withoutUnits.body.error).toBe('fingerprint_mismatch');
		expect(rosterRows(server)).toEqual(before);
	});

	it('a CSV with errors → 400 naming row and column; unknown fields → 400', async () => {
		const csv = writeRosterCsv(smallRoster()).replace('sangat_baik', 'excellent');
		const response = await put(server, rosterFingerprint(smallRoster()), { csv });
		expect(response.status).toBe(400);
		expect(response.body.error).toBe('invalid');
		expect(response.body.issues[0]).toEqual({
			path: 'csv',
			message: expect.stringMatching(/Row 2, column skp_rating: value "excellent"/)
		});
		const extra = await put(server, rosterFingerprint(smallRoster()), { csv, people: [] });
		expect(extra.status).toBe(400);
		expect(extra.body.issues).toContainEqual({ path: 'people', message: expect.any(String) });
	});

	it('50,000 people: accepted gzip-compressed by a server with the default settings', async () => {
		// Ids as long as NIPs, but not NIPs: the server refuses those (inputHardening.test.ts).
		const roster = bigRoster(50_000, (k) => `N${198001012005011000n + BigInt(k)}`);
		const fingerprint = rosterFingerprint(roster);
		const body = bodyOf(roster);
		expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThan(MAX_ROSTER_BODY_BYTES / 2);
		const response = await put(server, fingerprint, body, { gzip: true });
		expect(response.status).toBe(201);
		expect(response.body).toMatchObject({ fingerprint, people: 50_000, units: 5 });
	}, 60_000);

	it('uncompressed past adapter-node’s 512 KB → 413 that says to compress or raise BODY_SIZE_LIMIT', async () => {
		const roster = bigRoster(20_000);
		const response = await put(server, rosterFingerprint(roster), bodyOf(roster));
		expect(response.status).toBe(413);
		expect(response.body.error).toBe('too_large');
		expect(response.body.message).toMatch(/Content-Encoding: gzip.*BODY_SIZE_LIMIT/);
	});

	it('over the API’s limit → 413, plain or gzip (decoded size counts); under it → 201', async () => {
		const before = rosterRows(roomy);
		const fill = 'x'.repeat(MAX_ROSTER_BODY_BYTES);
		const plain = await put(roomy, 'fnv1a64-0000000000000000-1', { csv: fill });
		expect(plain.status).toBe(413);
		expect(plain.body).toMatchObject({ error: 'too_large', limit: MAX_ROSTER_BODY_BYTES });
		// Compresses to a few kilobytes: refused on what it decodes to, not on the wire size.
		const bomb = await put(roomy, 'fnv1a64-0000000000000000-1', { csv: fill }, { gzip: true });
		expect(bomb.status).toBe(413);
		expect(rosterRows(roomy)).toEqual(before);

		const roster = bigRoster(50_000);
		const fits = await put(roomy, rosterFingerprint(roster), bodyOf(roster));
		expect(fits.status).toBe(201);
	}, 60_000);

	it('a body that says gzip but is not → 400; another encoding → 415', async () => {
		const fingerprint = rosterFingerprint(smallRoster());
		const response = await fetch(url(server, fingerprint), {
			method: 'PUT',
			headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
			body: JSON.stringify(bodyOf(smallRoster()))
		});
		expect(response.status).toBe(400);
		const br = await put(server, fingerprint, bodyOf(smallRoster()), {
			headers: { 'content-encoding': 'br' }
		});
		expect(br.status).toBe(415);
	});

	it('with PLANNER_TOKEN: PUT, GET and DELETE need it', async () => {
		const roster = smallRoster();
		const fingerprint = rosterFingerprint(roster);
		const refused = await put(guarded, fingerprint, bodyOf(roster));
		expect(refused.status).toBe(401);
		expect(refused.body.error).toBe('unauthorized');
		expect(rosterRows(guarded)).toEqual([]);
		expect((await put(guarded, fingerprint, bodyOf(roster), { headers: auth })).status).toBe(201);

		const anonymous = await call('GET', url(guarded, fingerprint));
		expect(anonymous.status).toBe(401);
		expect(anonymous.body.message).toMatch(/personal data/);
		expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
		expect(anonymous.text).not.toContain('Sekretariat');
		expect((await call('GET', url(guarded, fingerprint), undefined, auth)).status).toBe(200);

		expect((await call('DELETE', url(guarded, fingerprint))).status).toBe(401);
		expect((await call('DELETE', url(guarded, fingerprint), undefined, auth)).status).toBe(204);
	});

	it('without PLANNER_TOKEN, GET is open to anyone who can reach the server', async () => {
		const roster = smallRoster();
		const fingerprint = rosterFingerprint(roster);
		await put(server, fingerprint, bodyOf(roster));
		expect((await call('GET', url(server, fingerprint))).status).toBe(200);
	});

	it('DELETE → 409 while a saved scenario names the roster; 204 once none does; then 404', async () => {
		const roster = bigRoster(10);
		const fingerprint = rosterFingerprint(roster);
		expect((await put(server, fingerprint, bodyOf(roster))).status).toBe(201);
		const scenario = await call('POST', server.api, {
			name: 'Dengan roster impor',
			rosterFingerprint: fingerprint
		});
		expect(scenario.status).toBe(201);

		const refused = await call('DELETE', url(server, fingerprint));
		expect(refused.status).toBe(409);
		expect(refused.body).toMatchObject({
			error: 'roster_in_use',
			scenarios: [{ id: scenario.body.id, name: 'Dengan roster impor' }]
		});
		expect(refused.body.message).toMatch(/Dengan roster impor/);
		expect((await call('GET', url(server, fingerprint))).status).toBe(200);

		const removed = await call('DELETE', `${server.api}/${scenario.body.id}?version=1`);
		expect(removed.status).toBe(204);
		expect((await call('DELETE', url(server, fingerprint))).status).toBe(204);
		expect((await call('GET', url(server, fingerprint))).status).toBe(404);
		expect((await call('DELETE', url(server, fingerprint))).status).toBe(404);
	});

	it('a scenario may name a roster that stayed in the browser', async () => {
		const created = await call('POST', server.api, {
			name: 'Roster di peramban',
			rosterFingerprint: 'fnv1a64-89abcdef01234567-412'
		});
		expect(created.status).toBe(201);
		expect(created.body.rosterFingerprint).toBe('fnv1a64-89abcdef01234567-412');
	});
});
