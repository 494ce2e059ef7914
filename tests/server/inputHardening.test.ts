/**
 * Bad input and privacy, over real HTTP against the built app: text that is not plain text,
 * prototype keys, NIP-like staff ids, roster CSV past its documented bounds, the roster size
 * cap, search through the index, and roster fingerprints kept out of the open list.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roster } from '../../src/lib/engine/roster';
import { MAX_ROSTER_PEOPLE, writeRosterCsv } from '../../src/lib/rosterFiles/csv';
import { withRowNumberIds } from '../../src/lib/rosterFiles/personalIds';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { createScenarioApi } from '../../src/lib/state/scenarioApi';
import { call, makeTempDir, removeTempDir, startServer, type ApiServer } from './harness';

const TOKEN = 'input-hardening-token-1234';
const AUTH = { authorization: `Bearer ${TOKEN}` };

/** People on the default roster's units, with ids from `idOf`. */
function rosterOf(people: number, idOf = (k: number) => `P${String(k + 1).padStart(6, '0')}`) {
	const base = bontangRoster();
	return {
		units: base.units,
		people: Array.from({ length: people }, (_, k) => ({
			...base.people[k % base.people.length],
			id: idOf(k)
		}))
	} satisfies Roster;
}

async function putRoster(
	server: ApiServer,
	fingerprint: string,
	body: unknown,
	headers: Record<string, string> = {}
) {
	const response = await fetch(`${server.baseURL}/api/rosters/${fingerprint}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...headers },
		body: gzipSync(JSON.stringify(body)),
		signal: AbortSignal.timeout(30_000)
	});
	return { status: response.status, body: await response.json() };
}

const rosterRows = (server: ApiServer) => {
	const db = new Database(server.databasePath, { readonly: true });
	try {
		return (db.prepare('SELECT count(*) AS n FROM rosters').get() as { n: number }).n;
	} finally {
		db.close();
	}
};

const agency = (name: string, unitNames?: Record<string, string>) => ({
	name,
	startYear: 2024,
	...(unitNames && { unitNames }),
	ceilings: [{ year: 2024, amount: 1e9 }],
	spent: [],
	results: []
});

describe('bad input and privacy (open server)', () => {
	let dir: string;
	let server: ApiServer;

	beforeAll(async () => {
		dir = makeTempDir();
		server = await startServer({ databasePath: join(dir, 'open.db') });
	}, 180_000);
	afterAll(async () => {
		await server?.stop();
		removeTempDir(dir);
	});

	it.each([
		['name', { name: 'Rencana\u0000 A' }, 'name', /control character at position 8/],
		['name (DEL)', { name: 'Rencana\u007f' }, 'name', /control character at position 8/],
		['name (newline)', { name: 'Baris\nkedua' }, 'name', /control character at position 6/],
		['author (C1)', { name: 'x', author: 'Budi\u0085' }, 'author', /control character/],
		['author (lone surrogate)', { name: 'x', author: 'Bu\ud800di' }, 'author', /lone surrogate/],
		['description (NUL)', { name: 'x', description: 'a\u0000' }, 'description', /position 2/],
		[
			'description (low surrogate)',
			{ name: 'x', description: '\udc00' },
			'description',
			/position 1/
		],
		['agency name', { name: 'x', agency: agency('BPKAD\u001b') }, 'agency.name', /control/],
		[
			'agency unit name',
			{ name: 'x', agency: agency('BPKAD', { anggaran: 'Ang\u0007garan' }) },
			'agency.unitNames.anggaran',
			/control character at position 4/
		],
		[
			'agency unit id',
			{ name: 'x', agency: agency('BPKAD', { 'ang\u0000': 'Anggaran' }) },
			'agency.unitNames.ang\u0000',
			/control/
		]
	])('POST with a bad %s → 400 naming the field', async (_, body, path, message) => {
		const response = await call('POST', server.api, body);
		expect(response.status).toBe(400);
		expect(response.body.error).toBe('invalid');
		const issue = response.body.issues.find((i: { path: string }) => i.path === path);
		expect(issue, JSON.stringify(response.body.issues)).toBeDefined();
		expect(issue.message).toMatch(message);
		if (!/newline/.test(_)) expect(issue.text?.id).toMatch(/posisi|karakter/);
	});

	it('a description may hold line breaks and tabs; nothing bad is stored', async () => {
		const created = await call('POST', server.api, {
			name: 'Rencana ✓ 𝔸',
			description: 'Baris satu\n\tbaris dua\r\n'
		});
		expect(created.status).toBe(201);
		const changed = await call('PUT', `${server.api}/${created.body.id}`, {
			version: 1,
			name: 'Ganti\u0000nama'
		});
		expect(changed.status).toBe(400);
		expect(changed.body.issues).toContainEqual(
			expect.objectContaining({ path: 'name', message: expect.stringMatching(/position 6/) })
		);
		const list = await call('GET', server.api);
		expect(JSON.stringify(list.body)).not.toMatch(/\\u0000/);
	});

	it('a search term with a control character → 400 naming search', async () => {
		const response = await call('GET', `${server.api}?search=${encodeURIComponent('ab\u0000c')}`);
		expect(response.status).toBe(400);
		expect(response.body.issues[0]).toMatchObject({ path: 'search' });
	});

	it.each([
		['inputs.__proto__', '{"name":"x","inputs":{"__proto__":5}}'],
		['__proto__', '{"name":"x","__proto__":{"name":"y"}}'],
		['constructor', '{"name":"x","constructor":1}'],
		['inputs.prototype', '{"name":"x","inputs":{"prototype":1}}'],
		[
			'agency.unitNames.__proto__',
			'{"name":"x","agency":{"name":"A","startYear":2024,"ceilings":[{"year":2024,"amount":5}],' +
				'"spent":[],"results":[],"unitNames":{"__proto__":"y"}}}'
		]
	])('a body with the key %s → 400 naming it, like any unknown field', async (path, text) => {
		const response = await call('POST', server.api, text);
		expect(response.status).toBe(400);
		expect(response.body.error).toBe('invalid');
		expect(response.body.issues).toContainEqual({
			path,
			message: expect.stringMatching(/unknown field/)
		});
	});

	it('PUT and a roster body refuse prototype keys too', async () => {
		const created = await call('POST', server.api, { name: 'proto' });
		const put = await call(
			'PUT',
			`${server.api}/${created.body.id}`,
			'{"version":1,"inputs":{"__proto__":{"coverage":1}}}'
		);
		expect(put.status).toBe(400);
		expect(put.body.issues[0].path).toBe('inputs.__proto__');
		const roster = rosterOf(3);
		const response = await fetch(`${server.baseURL}/api/rosters/${rosterFingerprint(roster)}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: `{"csv":${JSON.stringify(writeRosterCsv(roster))},"units":[{"id":"a","name":"A","constructor":1}]}`
		});
		expect(response.status).toBe(400);
		expect((await response.json()).issues[0].path).toBe('units.0.constructor');
	});

	it('roster unit names and ids: control characters → 400 naming the unit', async () => {
		const roster = rosterOf(3);
		const units = roster.units.map((u, k) => (k === 1 ? { ...u, name: `${u.name}\u0000` } : u));
		const response = await putRoster(server, rosterFingerprint(roster), {
			csv: writeRosterCsv(roster),
			units
		});
		expect(response.status).toBe(400);
		expect(response.body.issues[0]).toMatchObject({ path: 'units.1.name' });
	});

	it.each([
		['18-digit NIPs', 30, (k: number) => String(198001012005011000n + BigInt(k))],
		['16-digit NIKs', 31, (k: number) => String(6474010101900000n + BigInt(k))]
	])(
		'a roster whose ids are %s → 400 nip_ids naming the rows; nothing stored',
		async (_, people, idOf) => {
			const roster = rosterOf(people, (k) => (k % 2 === 0 ? idOf(k) : `P${k}`));
			const before = rosterRows(server);
			const response = await putRoster(server, rosterFingerprint(roster), {
				csv: writeRosterCsv(roster),
				units: roster.units
			});
			expect(response.status).toBe(400);
			expect(response.body.error).toBe('nip_ids');
			expect(response.body.count).toBe(Math.ceil(people / 2));
			// Row 1 is the header: person k is on row k + 2.
			expect(response.body.rows.slice(0, 3)).toEqual([2, 4, 6]);
			expect(response.body.message).toMatch(/rows 2, 4, 6/);
			expect(rosterRows(server)).toBe(before);

			const numbered = withRowNumberIds(roster);
			const stored = await putRoster(server, rosterFingerprint(numbered), {
				csv: writeRosterCsv(numbered),
				units: numbered.units
			});
			expect(stored.status).toBe(201);
		}
	);

	it('a header of 4 million columns in 8 KB of gzip → 400 naming the line limit', async () => {
		const csv = ','.repeat(4_000_000) + '\nx\n';
		const response = await putRoster(server, 'fnv1a64-0000000000000000-1', { csv });
		expect(response.status).toBe(400);
		expect(response.body.issues[0].message).toMatch(/Row 1 has 4,000,000 characters.*10,000/);
	});

	it('more than 200 titled header columns → 400 naming the column limit', async () => {
		const roster = rosterOf(3);
		const [header, ...rows] = writeRosterCsv(roster).trimEnd().split('\n');
		const extra = Array.from({ length: 200 }, (_, k) => `extra_${k}`);
		const csv = [[header, ...extra].join(','), ...rows].join('\n') + '\n';
		const response = await putRoster(server, rosterFingerprint(roster), {
			csv,
			units: roster.units
		});
		expect(response.status).toBe(400);
		expect(response.body.issues[0].message).toMatch(/header has 2\d\d columns.*limit of 200/);
	});

	it(`a roster of more than ${MAX_ROSTER_PEOPLE.toLocaleString('en')} people → 400; exactly that many → 201`, async () => {
		expect(MAX_ROSTER_PEOPLE).toBe(100_000);
		const over = rosterOf(MAX_ROSTER_PEOPLE + 1);
		const refused = await putRoster(server, rosterFingerprint(over), {
			csv: writeRosterCsv(over),
			units: over.units
		});
		expect(refused.status).toBe(400);
		expect(refused.body.issues[0].message).toMatch(/100,001 data rows.*limit of 100,000/);
		const at = rosterOf(MAX_ROSTER_PEOPLE);
		const stored = await putRoster(server, rosterFingerprint(at), {
			csv: writeRosterCsv(at),
			units: at.units
		});
		expect(stored.status).toBe(201);
	}, 60_000);

	it('search: substring, case beyond ASCII, % and _ literal, short terms, newest first', async () => {
		const names = ['ÉCOLE Diklat 50% a_b', 'Pelatihan İstanbul', 'diklat lanjutan'];
		for (const name of names) expect((await call('POST', server.api, { name })).status).toBe(201);
		const found = async (term: string) =>
			(await call('GET', `${server.api}?search=${encodeURIComponent(term)}`)).body.scenarios.map(
				(s: { name: string }) => s.name
			);
		expect(await found('DIKLAT')).toEqual(['diklat lanjutan', 'ÉCOLE Diklat 50% a_b']);
		expect(await found('école')).toEqual(['ÉCOLE Diklat 50% a_b']);
		expect(await found('50%')).toEqual(['ÉCOLE Diklat 50% a_b']);
		expect(await found('0%')).toEqual(['ÉCOLE Diklat 50% a_b']);
		expect(await found('a_b')).toEqual(['ÉCOLE Diklat 50% a_b']);
		expect(await found('%x')).toEqual([]);
		expect(await found('"')).toEqual([]);
		expect(await found('an "x')).toEqual([]);
		expect(await found('i̇stanbul')).toEqual(['Pelatihan İstanbul']);
	});

	it('without a planner token the list keeps roster fingerprints (anyone may read rosters)', async () => {
		const fingerprint = 'fnv1a64-00000000000000aa-7';
		await call('POST', server.api, { name: 'with roster', rosterFingerprint: fingerprint });
		const list = await call('GET', server.api);
		expect(
			list.body.scenarios.map((s: { rosterFingerprint?: string }) => s.rosterFingerprint)
		).toContain(fingerprint);
	});
});

describe('roster fingerprints are kept from readers without the token', () => {
	let dir: string;
	let server: ApiServer;
	const fingerprint = 'fnv1a64-00000000000000bb-12';
	let id = '';

	beforeAll(async () => {
		dir = makeTempDir();
		server = await startServer({ databasePath: join(dir, 'token.db'), plannerToken: TOKEN });
		const created = await call(
			'POST',
			server.api,
			{ name: 'Rencana rahasia', rosterFingerprint: fingerprint },
			AUTH
		);
		expect(created.status).toBe(201);
		id = created.body.id;
	}, 180_000);
	afterAll(async () => {
		await server?.stop();
		removeTempDir(dir);
	});

	it('GET /api/scenarios without the token: no rosterFingerprint on any item', async () => {
		const list = await call('GET', server.api);
		expect(list.status).toBe(200);
		expect(list.body.scenarios).toHaveLength(1);
		expect(list.body.scenarios[0]).not.toHaveProperty('rosterFingerprint');
		expect(list.text).not.toContain(fingerprint);
		const searched = await call('GET', `${server.api}?search=rahasia`);
		expect(searched.text).not.toContain(fingerprint);
		const wrong = await call('GET', server.api, undefined, { authorization: 'Bearer nope' });
		expect(wrong.text).not.toContain(fingerprint);
	});

	it('with the token the list has them; one scenario by id has it for anyone', async () => {
		const list = await call('GET', server.api, undefined, AUTH);
		expect(list.body.scenarios[0].rosterFingerprint).toBe(fingerprint);
		const one = await call('GET', `${server.api}/${id}`);
		expect(one.body.rosterFingerprint).toBe(fingerprint);
	});

	it('the page’s client reads the list either way: with its token it gets the fingerprint', async () => {
		const withToken = createScenarioApi({ baseUrl: server.baseURL, token: () => TOKEN });
		expect((await withToken.list())[0].rosterFingerprint).toBe(fingerprint);
		const without = createScenarioApi({ baseUrl: server.baseURL, token: () => null });
		const [item] = await without.list();
		expect(item.name).toBe('Rencana rahasia');
		expect(item.rosterFingerprint).toBeNull();
	});

	it('the compare page’s scenario picker does not carry it', async () => {
		const response = await fetch(`${server.baseURL}/compare`);
		const html = await response.text();
		expect(html).toContain('Rencana rahasia');
		expect(html).not.toContain(fingerprint);
	});
});
