/**
 * The scenario API over real HTTP, against the built app (`node build`) with its own
 * temporary database, on each store (SQLite, PostgreSQL): every status the API promises, and
 * that a failed request changes nothing.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, newScenarioDefaults } from '../../src/lib/scenario/savedScenario';
import {
	STORES,
	call,
	freshDatabase,
	makeTempDir,
	removeTempDir,
	startServer,
	type ApiServer
} from './harness';
import { calendarYears } from '../../src/lib/scenario/scenario';
import { AGENCY } from './fixtures';

const TOKEN = 'planner-secret-token-1234';

/** Sends raw bytes with node:http, so the test decides the headers (or their absence). */
function rawRequest(
	url: string,
	options: { method: string; headers: Record<string, string>; chunks: Buffer[] }
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(url, { method: options.method, headers: options.headers }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (c: string) => (body += c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
		});
		req.setTimeout(15_000, () => req.destroy(new Error('request timed out')));
		req.on('error', reject);
		for (const chunk of options.chunks) req.write(chunk);
		req.end();
	});
}

function expectJsonNoStore(headers: Headers): void {
	expect(headers.get('content-type')).toMatch(/^application\/json/);
	expect(headers.get('cache-control')).toBe('no-store');
}

describe.each(STORES)('on %s', (kind) => {
	let dir: string;
	let server: ApiServer;
	let guarded: ApiServer;

	beforeAll(async () => {
		dir = makeTempDir('ipasn-api-');
		const [open, withToken] = await Promise.all([
			freshDatabase(kind, dir, 'open'),
			freshDatabase(kind, dir, 'guarded')
		]);
		[server, guarded] = await Promise.all([
			startServer({ database: open }),
			startServer({ database: withToken, plannerToken: TOKEN })
		]);
	}, 120_000);

	afterAll(async () => {
		await Promise.all([server?.stop(), guarded?.stop()]);
		await Promise.all([server?.database.close(), guarded?.database.close()]);
		removeTempDir(dir);
	});

	/** Every scenario row of the server's database, to show a failed request changed nothing. */
	function table(target = server): Promise<unknown[]> {
		return target.database.scenarioRows();
	}

	async function create(name: string, extra: Record<string, unknown> = {}) {
		const response = await call('POST', server.api, { name, ...extra });
		expect(response.status).toBe(201);
		return response.body;
	}

	describe('create and read', () => {
		it('POST with only a name → 201 with the default inputs, version 1, and a Location', async () => {
			const response = await call('POST', server.api, { name: 'Rencana dasar' });
			expect(response.status).toBe(201);
			expectJsonNoStore(response.headers);
			expect(response.body).toEqual({
				...newScenarioDefaults(),
				id: expect.stringMatching(/^[0-9a-f-]{36}$/),
				name: 'Rencana dasar',
				createdAt: expect.any(String),
				updatedAt: response.body.createdAt,
				version: 1
			});
			expect(response.headers.get('location')).toBe(`/api/scenarios/${response.body.id}`);

			const read = await call('GET', `${server.api}/${response.body.id}`);
			expect(read.status).toBe(200);
			expectJsonNoStore(read.headers);
			expect(read.body).toEqual(response.body);
		});

		it('POST with every field keeps them all', async () => {
			const body = {
				name: 'Full',
				description: 'every field',
				author: 'Siti',
				seed: 42,
				inputs: {
					trainingBudgetShare: 2,
					'coverage.anggaran': 80,
					fundingRule: 'pro_rata',
					firstPlanningYear: 2026,
					targetYear: 2028
				},
				schemaVersion: 2,
				modelVersion: '1.0.0',
				rosterFingerprint: 'roster:abc',
				agency: AGENCY
			};
			const created = await create(body.name, body);
			expect(created).toMatchObject({ ...body, inputs: expect.any(Object) });
			expect(created.inputs).toEqual({ ...body.inputs, ...calendarYears(body.inputs) });
			expect(created.agency).toEqual(AGENCY);
			expect((await call('GET', `${server.api}/${created.id}`)).body).toEqual(created);
		});

		it('POST of schema 1 is migrated: schema 2, schema 1’s planning years where it left them out', async () => {
			const created = await create('Skema 1', {
				schemaVersion: 1,
				inputs: { trainingBudgetShare: 1.5, firstPlanningYear: 2024 }
			});
			expect(created.schemaVersion).toBe(2);
			expect(created.inputs).toEqual({
				trainingBudgetShare: 1.5,
				firstPlanningYear: 2024,
				targetYear: 2026,
				endYear: 2030
			});
			expect(created).not.toHaveProperty('agency');
			expect((await call('GET', `${server.api}/${created.id}`)).body).toEqual(created);
		});

		it('GET /api/scenarios lists newest first; ?search= filters name, description, author', async () => {
			const a = await create('Search alpha', { author: 'Wulan' });
			const b = await create('Search beta', { description: 'about WULAN' });
			await create('Unrelated');
			const all = await call('GET', server.api);
			expect(all.status).toBe(200);
			expectJsonNoStore(all.headers);
			expect(Array.isArray(all.body.scenarios)).toBe(true);
			const ids = all.body.scenarios.map((s: { id: string }) => s.id);
			expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));

			const found = await call('GET', `${server.api}?search=${encodeURIComponent('wulan')}`);
			expect(found.body.scenarios.map((s: { id: string }) => s.id)).toEqual([b.id, a.id]);
		});

		it('GET of an unknown id → 404 { error: not_found }', async () => {
			const response = await call('GET', `${server.api}/00000000-0000-4000-8000-000000000000`);
			expect(response.status).toBe(404);
			expectJsonNoStore(response.headers);
			expect(response.body).toMatchObject({ error: 'not_found', message: expect.any(String) });
		});

		it('a search longer than 200 characters → 400 naming search', async () => {
			const response = await call('GET', `${server.api}?search=${'x'.repeat(201)}`);
			expect(response.status).toBe(400);
			expect(response.body.issues).toEqual([{ path: 'search', message: expect.any(String) }]);
		});
	});

	describe('update', () => {
		it('PUT renames: same id, version + 1, everything else kept', async () => {
			const created = await create('Before', {
				description: 'd',
				author: 'a',
				seed: 9,
				inputs: { coverage: 55 }
			});
			const response = await call('PUT', `${server.api}/${created.id}`, {
				version: 1,
				name: 'After'
			});
			expect(response.status).toBe(200);
			expectJsonNoStore(response.headers);
			expect(response.body).toEqual({
				...created,
				name: 'After',
				version: 2,
				updatedAt: expect.any(String)
			});
			expect(Date.parse(response.body.updatedAt)).toBeGreaterThanOrEqual(
				Date.parse(created.updatedAt)
			);
			expect((await call('GET', `${server.api}/${created.id}`)).body).toEqual(response.body);
		});

		it('PUT with a stale version → 409 with the current scenario; nothing changes', async () => {
			const created = await create('Conflict');
			const current = (await call('PUT', `${server.api}/${created.id}`, { version: 1, seed: 5 }))
				.body;
			const before = await table();
			const response = await call('PUT', `${server.api}/${created.id}`, {
				version: 1,
				name: 'Lost?'
			});
			expect(response.status).toBe(409);
			expectJsonNoStore(response.headers);
			expect(response.body).toEqual({
				error: 'version_conflict',
				message: expect.stringContaining('version 2'),
				currentVersion: 2,
				current
			});
			expect(await table()).toEqual(before);
		});

		it('PUT of an unknown id → 404; nothing changes', async () => {
			const before = await table();
			const response = await call('PUT', `${server.api}/no-such-id`, { version: 1, name: 'x' });
			expect(response.status).toBe(404);
			expect(response.body.error).toBe('not_found');
			expect(await table()).toEqual(before);
		});

		it('PUT with an agency keeps it; agency: null sets the default agency back', async () => {
			const created = await create('Agency', { inputs: { firstPlanningYear: 2026 } });
			expect(created).not.toHaveProperty('agency');
			const withAgency = await call('PUT', `${server.api}/${created.id}`, {
				version: 1,
				agency: AGENCY
			});
			expect(withAgency.status).toBe(200);
			expect(withAgency.body).toEqual({
				...created,
				agency: AGENCY,
				version: 2,
				updatedAt: expect.any(String)
			});
			const renamed = await call('PUT', `${server.api}/${created.id}`, { version: 2, name: 'A2' });
			expect(renamed.body.agency).toEqual(AGENCY);
			const reset = await call('PUT', `${server.api}/${created.id}`, { version: 3, agency: null });
			expect(reset.status).toBe(200);
			expect(reset.body).not.toHaveProperty('agency');
			expect(reset.body).toMatchObject({ name: 'A2', version: 4, inputs: created.inputs });
			expect((await call('GET', `${server.api}/${created.id}`)).body).toEqual(reset.body);
		});

		it('PUT without a version → 400 naming version', async () => {
			const created = await create('No version');
			const before = await table();
			const response = await call('PUT', `${server.api}/${created.id}`, { name: 'x' });
			expect(response.status).toBe(400);
			expect(response.body.issues).toEqual([{ path: 'version', message: expect.any(String) }]);
			expect(await table()).toEqual(before);
		});
	});

	describe('delete', () => {
		it('DELETE ?version=N → 204, then 404', async () => {
			const created = await create('To delete');
			const response = await fetch(`${server.api}/${created.id}?version=1`, { method: 'DELETE' });
			expect(response.status).toBe(204);
			expect(response.headers.get('cache-control')).toBe('no-store');
			expect(await response.text()).toBe('');
			expect((await call('GET', `${server.api}/${created.id}`)).status).toBe(404);
		});

		it('DELETE with a JSON body { version } → 204', async () => {
			const created = await create('To delete by body');
			const response = await call('DELETE', `${server.api}/${created.id}`, { version: 1 });
			expect(response.status).toBe(204);
			expect((await call('GET', `${server.api}/${created.id}`)).status).toBe(404);
		});

		it('DELETE with a stale version → 409; unknown id → 404; nothing changes', async () => {
			const created = await create('Keep me');
			await call('PUT', `${server.api}/${created.id}`, { version: 1, name: 'Kept' });
			const before = await table();
			const stale = await call('DELETE', `${server.api}/${created.id}?version=1`);
			expect(stale.status).toBe(409);
			expect(stale.body).toMatchObject({ error: 'version_conflict', currentVersion: 2 });
			expect(stale.body.current.name).toBe('Kept');
			const missing = await call('DELETE', `${server.api}/no-such-id?version=1`);
			expect(missing.status).toBe(404);
			expect(await table()).toEqual(before);
		});

		it.each([
			['no version at all', '', undefined],
			['a version that is not a number', '?version=abc', undefined],
			['version 0', '?version=0', undefined],
			['a body with the wrong type', '', { version: '1' }],
			['a body with unknown fields', '', { version: 1, force: true }],
			['query and body that disagree', '?version=1', { version: 2 }]
		])('DELETE with %s → 400 naming version; nothing changes', async (_, query, body) => {
			const created = await create('Undeletable');
			const before = await table();
			const response = await call('DELETE', `${server.api}/${created.id}${query}`, body);
			expect(response.status).toBe(400);
			expect(response.body.error).toBe('invalid');
			expect(response.body.issues.length).toBeGreaterThan(0);
			expect(response.body.issues.map((i: { path: string }) => i.path)).toEqual(
				expect.arrayContaining([expect.stringMatching(/^(version|force)$/)])
			);
			expect(await table()).toEqual(before);
		});
	});

	describe('invalid input → 400 naming the fields at fault; nothing changes', () => {
		const cases: Array<[string, string, string[]]> = [
			['malformed JSON', '{"name": "x",', ['']],
			['an empty body', '', ['']],
			['an array', '[]', ['']],
			['a name that is blank', JSON.stringify({ name: '   ' }), ['name']],
			['no name', JSON.stringify({ description: 'x' }), ['name']],
			['a name of the wrong type', JSON.stringify({ name: 5 }), ['name']],
			['a seed of the wrong type', JSON.stringify({ name: 'x', seed: 'one' }), ['seed']],
			[
				'an input out of range and an unknown input',
				JSON.stringify({ name: 'x', inputs: { coverage: 1000, nope: 1 } }),
				['inputs.coverage', 'inputs.nope']
			],
			['unknown fields', JSON.stringify({ name: 'x', id: 'mine', version: 3 }), ['id', 'version']],
			['a name over 200 characters', JSON.stringify({ name: 'n'.repeat(201) }), ['name']],
			[
				'a target year before the first planning year',
				JSON.stringify({ name: 'x', inputs: { firstPlanningYear: 2028, targetYear: 2027 } }),
				['inputs.targetYear']
			],
			[
				'a schema-1 target year before schema 1’s first planning year',
				JSON.stringify({ name: 'x', schemaVersion: 1, inputs: { targetYear: 2022 } }),
				['inputs.targetYear']
			],
			[
				'an agency without a name or a ceiling',
				JSON.stringify({ name: 'x', agency: { ...AGENCY, name: ' ', ceilings: [] } }),
				['agency.name', 'agency.ceilings']
			]
		];

		it.each(cases)('POST with %s', async (_, body, paths) => {
			const before = await table();
			const response = await call('POST', server.api, body);
			expect(response.status).toBe(400);
			expectJsonNoStore(response.headers);
			expect(response.body).toMatchObject({ error: 'invalid', message: expect.any(String) });
			expect(response.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(
				[...paths].sort()
			);
			for (const issue of response.body.issues) expect(issue.message).toEqual(expect.any(String));
			expect(await table()).toEqual(before);
		});

		it('PUT with a target year before the first planning year → 400 naming inputs.targetYear', async () => {
			const created = await create('Years', { inputs: { firstPlanningYear: 2027 } });
			const before = await table();
			for (const inputs of [{ firstPlanningYear: 2028, targetYear: 2027 }, { targetYear: 2026 }]) {
				const response = await call('PUT', `${server.api}/${created.id}`, { version: 1, inputs });
				expect(response.status).toBe(400);
				expect(response.body).toMatchObject({ error: 'invalid' });
				expect(response.body.issues).toEqual([
					{
						path: 'inputs.targetYear',
						message: expect.stringMatching(/is before the first planning year 202[78]/)
					}
				]);
			}
			expect(await table()).toEqual(before);
		});

		it('PUT with unknown fields, wrong types and an empty name', async () => {
			const created = await create('Valid');
			const before = await table();
			const response = await call('PUT', `${server.api}/${created.id}`, {
				version: 1,
				name: '',
				seed: 1.5,
				id: 'other',
				createdAt: 'now'
			});
			expect(response.status).toBe(400);
			expect(response.body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
				'createdAt',
				'id',
				'name',
				'seed'
			]);
			expect(await table()).toEqual(before);
		});
	});

	describe('content type and size', () => {
		it('a body that is not JSON → 415; nothing changes', async () => {
			const before = await table();
			for (const type of ['application/xml', 'text/plain', 'application/x-www-form-urlencoded']) {
				const response = await call('POST', server.api, '{"name":"x"}', {
					'content-type': type,
					// Same origin, so SvelteKit's CSRF check lets it through to the endpoint.
					origin: server.baseURL
				});
				expect(response.status, type).toBe(415);
				expectJsonNoStore(response.headers);
				expect(response.body.error).toBe('unsupported_media_type');
			}
			const untyped = await rawRequest(server.api, {
				method: 'POST',
				headers: { 'content-length': '12' },
				chunks: [Buffer.from('{"name":"x"}')]
			});
			expect(untyped.status).toBe(415);
			expect(await table()).toEqual(before);
		});

		it('SvelteKit still refuses cross-site form posts (CSRF protection is on)', async () => {
			const response = await call('POST', server.api, 'name=x', {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'https://evil.example'
			});
			expect(response.status).toBe(403);
		});

		it('a body over MAX_BODY_BYTES with a Content-Length → 413; nothing changes', async () => {
			const before = await table();
			const body = JSON.stringify({ name: 'big', description: 'x'.repeat(MAX_BODY_BYTES) });
			const response = await call('POST', server.api, body);
			expect(response.status).toBe(413);
			expectJsonNoStore(response.headers);
			expect(response.body.error).toBe('too_large');
			expect(await table()).toEqual(before);
		});

		it('a body over MAX_BODY_BYTES sent chunked, without a Content-Length → 413', async () => {
			const before = await table();
			const chunk = Buffer.from('x'.repeat(8 * 1024));
			const chunks = [Buffer.from('{"name":"big","description":"')];
			for (let sent = 0; sent < 2 * MAX_BODY_BYTES; sent += chunk.length) chunks.push(chunk);
			chunks.push(Buffer.from('"}'));
			const response = await rawRequest(server.api, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
				chunks
			});
			expect(response.headers['content-length']).toBeUndefined();
			expect(response.status).toBe(413);
			expect(JSON.parse(response.body).error).toBe('too_large');
			expect(await table()).toEqual(before);
		});

		it('a chunked body just under the limit is accepted', async () => {
			const description = 'y'.repeat(4000);
			const json = Buffer.from(JSON.stringify({ name: 'chunked', description }));
			const chunks = [json.subarray(0, 1000), json.subarray(1000, 2500), json.subarray(2500)];
			const response = await rawRequest(server.api, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
				chunks
			});
			expect(response.status).toBe(201);
			expect(JSON.parse(response.body).description).toBe(description);
		});

		it('a several-megabyte body → 413, with or without Content-Length; PUT too', async () => {
			const created = await create('Target of a huge PUT');
			const before = await table();
			const huge = Buffer.alloc(3 * 1024 * 1024, 'z');
			const declared = await call('PUT', `${server.api}/${created.id}`, huge.toString());
			expect(declared.status).toBe(413);
			const streamed = await rawRequest(`${server.api}/${created.id}`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
				chunks: [huge]
			});
			// Read and thrown away up to adapter-node's own limit, never held; then the answer.
			expect(streamed.status).toBe(413);
			expect(await table()).toEqual(before);
		});
	});

	describe('names are text, never markup', () => {
		it('a <script> name is stored and returned verbatim as JSON text', async () => {
			const name = '<script>alert(1)</script>';
			const created = await call('POST', server.api, {
				name,
				description: '<img src=x onerror=alert(2)>'
			});
			expect(created.status).toBe(201);
			expect(created.headers.get('content-type')).toMatch(/^application\/json/);
			expect(created.headers.get('x-content-type-options')).toBe('nosniff');
			expect(created.body.name).toBe(name);
			const read = await call('GET', `${server.api}/${created.body.id}`);
			expect(read.headers.get('content-type')).toMatch(/^application\/json/);
			expect(read.body.name).toBe(name);
			expect(read.body.description).toBe('<img src=x onerror=alert(2)>');
			const listed = await call('GET', `${server.api}?search=${encodeURIComponent('<script>')}`);
			expect(listed.body.scenarios.map((s: { name: string }) => s.name)).toEqual([name]);
		});
	});

	describe('SQL injection is harmless', () => {
		const attacks = [
			"' OR 1=1 --",
			"%' OR '1'='1",
			'"; DROP TABLE scenarios; --',
			"x') UNION SELECT name, sql, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 FROM sqlite_master --",
			'%',
			'_'
		];

		it.each(attacks)('search %j matches only text that contains it', async (attack) => {
			const before = await table();
			const response = await call('GET', `${server.api}?search=${encodeURIComponent(attack)}`);
			expect(response.status).toBe(200);
			for (const s of response.body.scenarios as Array<Record<string, string>>) {
				const haystack = `${s.name}\n${s.description}\n${s.author}`.toLowerCase();
				expect(haystack).toContain(attack.toLowerCase());
			}
			expect(await table()).toEqual(before);
		});

		it.each(attacks)('id %j is just an unknown id', async (attack) => {
			await create('Bystander');
			const before = await table();
			const url = `${server.api}/${encodeURIComponent(attack)}`;
			expect((await call('GET', url)).status).toBe(404);
			expect((await call('PUT', url, { version: 1, name: 'x' })).status).toBe(404);
			expect((await call('DELETE', `${url}?version=1`)).status).toBe(404);
			expect(await table()).toEqual(before);
		});
	});

	describe('with PLANNER_TOKEN set', () => {
		const auth = { authorization: `Bearer ${TOKEN}` };

		it('writes without the token → 401 { error: unauthorized }; nothing changes', async () => {
			const created = (await call('POST', guarded.api, { name: 'Guarded' }, auth)).body;
			const before = await table(guarded);
			const attempts = [
				await call('POST', guarded.api, { name: 'no token' }),
				await call('POST', guarded.api, { name: 'wrong' }, { authorization: 'Bearer wrong' }),
				await call('POST', guarded.api, { name: 'prefix' }, { authorization: `Bearer ${TOKEN}x` }),
				await call('POST', guarded.api, { name: 'basic' }, { authorization: `Basic ${TOKEN}` }),
				// Refused before the body is looked at: an invalid body still gets 401, not 400.
				await call('POST', guarded.api, '{not json'),
				await call('PUT', `${guarded.api}/${created.id}`, { version: 1, name: 'x' }),
				await call('DELETE', `${guarded.api}/${created.id}?version=1`)
			];
			for (const response of attempts) {
				expect(response.status).toBe(401);
				expect(response.body).toMatchObject({ error: 'unauthorized' });
				expectJsonNoStore(response.headers);
				expect(response.headers.get('www-authenticate')).toBe('Bearer');
			}
			expect(await table(guarded)).toEqual(before);
		});

		it('writes with the token succeed', async () => {
			const created = await call('POST', guarded.api, { name: 'With token' }, auth);
			expect(created.status).toBe(201);
			const url = `${guarded.api}/${created.body.id}`;
			const renamed = await call('PUT', url, { version: 1, name: 'Renamed' }, auth);
			expect(renamed.status).toBe(200);
			expect(renamed.body.name).toBe('Renamed');
			const lowerCaseScheme = await call('DELETE', `${url}?version=2`, undefined, {
				authorization: `bearer ${TOKEN}`
			});
			expect(lowerCaseScheme.status).toBe(204);
		});

		it('reads stay open: list and get work without the token', async () => {
			const created = (await call('POST', guarded.api, { name: 'Shared link' }, auth)).body;
			const list = await call('GET', guarded.api);
			expect(list.status).toBe(200);
			expect(list.body.scenarios.map((s: { id: string }) => s.id)).toContain(created.id);
			const one = await call('GET', `${guarded.api}/${created.id}`);
			expect(one.status).toBe(200);
			expect(one.body).toEqual(created);
		});
	});
});
