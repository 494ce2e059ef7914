/** The browser client (`$lib/state/scenarioApi`) against the real server, run from Node. */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	ApiError,
	createScenarioApi,
	TOKEN_STORAGE_KEY,
	type ScenarioApi
} from '../../src/lib/state/scenarioApi';
import { freePort, makeTempDir, removeTempDir, startServer, type ApiServer } from './harness';
import { calendarYears } from '../../src/lib/scenario/scenario';

const TOKEN = 'client-test-token';
let dir: string;
let server: ApiServer;
let api: ScenarioApi;

beforeAll(async () => {
	dir = makeTempDir('ipasn-client-');
	server = await startServer({ databasePath: join(dir, 'ipasn.db'), plannerToken: TOKEN });
	api = createScenarioApi({ baseUrl: server.baseURL, token: () => TOKEN });
}, 120_000);

afterAll(async () => {
	await server?.stop();
	removeTempDir(dir);
});

afterEach(() => {
	vi.unstubAllGlobals();
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ApiError);
	return error as ApiError;
}

describe('scenarioApi', () => {
	it('creates, reads, lists, updates and removes', async () => {
		const created = await api.create({ name: 'Lewat klien', inputs: { coverage: 60 } });
		expect(created).toMatchObject({ name: 'Lewat klien', version: 1, inputs: { coverage: 60 } });
		expect(await api.get(created.id)).toEqual(created);
		expect((await api.list('lewat')).map((s) => s.id)).toEqual([created.id]);
		expect((await api.list()).map((s) => s.id)).toContain(created.id);

		const renamed = await api.update(created.id, { version: 1, name: 'Baru' });
		expect(renamed).toEqual({ ...created, name: 'Baru', version: 2, updatedAt: renamed.updatedAt });

		await api.remove(created.id, 2);
		expect((await failure(api.get(created.id))).status).toBe(404);
	});

	it('a conflict throws ApiError 409 with the current scenario', async () => {
		const created = await api.create({ name: 'Race' });
		const current = await api.update(created.id, { version: 1, seed: 1 });
		const error = await failure(api.update(created.id, { version: 1, seed: 2 }));
		expect(error).toMatchObject({ status: 409, code: 'version_conflict', currentVersion: 2 });
		expect(error.current).toEqual(current);
		expect(error.message).toContain('version 2');
		expect((await failure(api.remove(created.id, 1))).current).toEqual(current);
	});

	it('invalid input throws ApiError 400 with the fields at fault', async () => {
		const error = await failure(api.create({ name: ' ', inputs: { coverage: -5 } }));
		expect(error).toMatchObject({ status: 400, code: 'invalid' });
		expect(error.issues.map((i) => i.path).sort()).toEqual(['inputs.coverage', 'name']);
	});

	it('a response curve is stored as given; one that does not compile is refused and stores nothing', async () => {
		const curve = '1 - exp(-jp / 24)';
		const created = await api.create({ name: 'Kurva', inputs: { technicalResponseCurve: curve } });
		expect((await api.get(created.id)).inputs).toEqual({
			technicalResponseCurve: curve,
			...calendarYears({})
		});
		const before = (await api.list()).length;

		// Allowed tokens, but infinite at jp = 0: only the compile finds it.
		const bad = await failure(
			api.create({ name: 'Kurva rusak', inputs: { technicalResponseCurve: '1 / jp' } })
		);
		expect(bad).toMatchObject({ status: 400, code: 'invalid' });
		expect(bad.issues).toEqual([
			{
				path: 'inputs.technicalResponseCurve',
				message: expect.stringContaining('At jp = 0 the formula does not give a finite number'),
				// Both languages, for the page to show in its own.
				text: {
					id: expect.stringMatching(/\S/),
					en: expect.stringContaining('At jp = 0 the formula does not give a finite number')
				}
			}
		]);
		const foreign = await failure(
			api.update(created.id, { version: 1, inputs: { technicalResponseCurve: 'foo(jp)' } })
		);
		expect(foreign.issues[0].message).toContain('Unknown name "foo"');
		const tooHigh = await failure(
			api.update(created.id, { version: 1, inputs: { technicalResponseCurve: '2' } })
		);
		expect(tooHigh.issues[0].message).toContain('outside 0–1.5');

		expect((await api.list()).length).toBe(before);
		expect(await api.get(created.id)).toEqual(created);
	});

	it('not found is ApiError 404', async () => {
		const error = await failure(api.update('no-such-id', { version: 1, name: 'x' }));
		expect(error).toMatchObject({ status: 404, code: 'not_found', current: null });
	});

	it('reads the token from localStorage "plannerToken" when none is given', async () => {
		const store = new Map([[TOKEN_STORAGE_KEY, TOKEN]]);
		vi.stubGlobal('localStorage', { getItem: (key: string) => store.get(key) ?? null });
		const fromStorage = createScenarioApi({ baseUrl: server.baseURL });
		expect((await fromStorage.create({ name: 'stored token' })).name).toBe('stored token');

		store.delete(TOKEN_STORAGE_KEY);
		const error = await failure(fromStorage.create({ name: 'no token' }));
		expect(error).toMatchObject({ status: 401, code: 'unauthorized' });
		// Reads need no token.
		expect((await fromStorage.list('stored token')).length).toBe(1);
	});

	it('a server that cannot be reached is ApiError 0 "network"', async () => {
		const nowhere = createScenarioApi({ baseUrl: `http://127.0.0.1:${await freePort()}` });
		expect(await failure(nowhere.list())).toMatchObject({ status: 0, code: 'network' });
	});

	it('a response that is not a scenario is ApiError "bad_response"', async () => {
		const liar = createScenarioApi({
			fetch: async () => new Response(JSON.stringify({ id: 1 }), { status: 200 })
		});
		expect(await failure(liar.get('x'))).toMatchObject({ status: 200, code: 'bad_response' });
		const proxy = createScenarioApi({
			fetch: async () => new Response('<html>Bad gateway</html>', { status: 502 })
		});
		const error = await failure(proxy.list());
		expect(error).toMatchObject({ status: 502, code: 'http_502' });
		expect(error.message).toContain('Bad gateway');
	});
});
