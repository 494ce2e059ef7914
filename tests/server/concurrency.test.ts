/**
 * Many planners at once against the real server, on each store: no update is lost, versions
 * rise by one per successful write, and the database stays intact. On PostgreSQL also two
 * app servers sharing one database, as behind a load balancer: the versions hold across them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedScenario } from '../../src/lib/scenario/savedScenario';
import {
	STORES,
	call,
	freshDatabase,
	makeTempDir,
	removeTempDir,
	startServer,
	type ApiServer
} from './harness';

const CLIENTS = 50;
const INCREMENTS_PER_CLIENT = 3;
/** Bounds on each client's read-modify-write loop; a healthy server needs far fewer. */
const MAX_ATTEMPTS = 400;
const CLIENT_DEADLINE_MS = 30_000;

/**
 * One planner adding 1 to the scenario's seed through `server`, `times` times: read, change, write naming the
 * version read; on 409 start again from the scenario the server sent back. Returns the
 * versions its successful writes produced and how many conflicts it met.
 */
async function incrementer(server: ApiServer, id: string, times: number) {
	const versions: number[] = [];
	let conflicts = 0;
	const deadline = Date.now() + CLIENT_DEADLINE_MS;
	let current: SavedScenario = (await call('GET', `${server.api}/${id}`)).body;
	for (let attempt = 0; versions.length < times; attempt++) {
		if (attempt >= MAX_ATTEMPTS || Date.now() > deadline) {
			throw new Error(`gave up after ${attempt} attempts (${versions.length}/${times} done)`);
		}
		const response = await call('PUT', `${server.api}/${id}`, {
			version: current.version,
			seed: current.seed + 1
		});
		if (response.status === 409) {
			conflicts++;
			expect(response.body.error).toBe('version_conflict');
			expect(response.body.currentVersion).toBeGreaterThan(current.version);
			current = response.body.current;
			continue;
		}
		expect(response.status, JSON.stringify(response.body)).toBe(200);
		expect(response.body.version).toBe(current.version + 1);
		versions.push(response.body.version);
		current = response.body;
	}
	return { versions, conflicts };
}

/** `CLIENTS` PUTs naming the same version at once, spread over `servers`: their statuses. */
async function racingPuts(servers: ApiServer[]): Promise<{ statuses: number[]; id: string }> {
	const created = await call('POST', servers[0].api, { name: 'raced', seed: 0 });
	expect(created.status).toBe(201);
	const id: string = created.body.id;
	const responses = await Promise.all(
		Array.from({ length: CLIENTS }, (_, i) =>
			call('PUT', `${servers[i % servers.length].api}/${id}`, { version: 1, seed: i + 1 })
		)
	);
	for (const r of responses.filter((r) => r.status === 409)) {
		expect(r.body).toMatchObject({ error: 'version_conflict', currentVersion: 2 });
	}
	return { statuses: responses.map((r) => r.status).sort(), id };
}

/** Exactly one write won: 1 × 200 and the rest 409, and the scenario is at version 2. */
async function expectOneWinner(
	server: ApiServer,
	{ statuses, id }: { statuses: number[]; id: string }
) {
	expect(statuses).toEqual([200, ...Array(CLIENTS - 1).fill(409)]);
	const final = (await call('GET', `${server.api}/${id}`)).body;
	expect(final.version).toBe(2);
}

describe.each(STORES)('on %s', (kind) => {
	let dir: string;
	let server: ApiServer;

	beforeAll(async () => {
		dir = makeTempDir('ipasn-concurrency-');
		server = await startServer({ database: await freshDatabase(kind, dir) });
	}, 120_000);

	afterAll(async () => {
		await server?.stop();
		await server?.database.close();
		removeTempDir(dir);
	});

	it(`${CLIENTS} PUTs of the same version at once: exactly 1 × 200 and ${CLIENTS - 1} × 409`, async () => {
		await expectOneWinner(server, await racingPuts([server]));
	}, 30_000);

	it(`${CLIENTS} clients creating at once each get their own scenario`, async () => {
		const created = await Promise.all(
			Array.from({ length: CLIENTS }, (_, i) => call('POST', server.api, { name: `client ${i}` }))
		);
		expect(created.map((r) => r.status)).toEqual(Array(CLIENTS).fill(201));
		const ids = new Set(created.map((r) => r.body.id));
		expect(ids.size).toBe(CLIENTS);
		const listed = (await call('GET', `${server.api}?search=client`)).body.scenarios;
		expect(new Set(listed.map((s: SavedScenario) => s.id))).toEqual(ids);
		expect(await server.database.integrity()).toBe('ok');
	}, 30_000);

	it(`${CLIENTS} clients incrementing the same scenario lose no update`, async () => {
		const start = (await call('POST', server.api, { name: 'shared counter', seed: 0 })).body;
		const results = await Promise.all(
			Array.from({ length: CLIENTS }, () => incrementer(server, start.id, INCREMENTS_PER_CLIENT))
		);
		const successes = results.reduce((n, r) => n + r.versions.length, 0);
		expect(successes).toBe(CLIENTS * INCREMENTS_PER_CLIENT);

		const final: SavedScenario = (await call('GET', `${server.api}/${start.id}`)).body;
		// Every successful write added exactly one: none was lost or applied twice.
		expect(final.seed).toBe(successes);
		expect(final.version).toBe(1 + successes);
		// Each version was handed out once, and each client saw its own versions rise.
		const all = results.flatMap((r) => r.versions).sort((a, b) => a - b);
		expect(all).toEqual(Array.from({ length: successes }, (_, i) => i + 2));
		for (const { versions } of results) {
			for (let i = 1; i < versions.length; i++)
				expect(versions[i]).toBeGreaterThan(versions[i - 1]);
		}
		// The race was real: clients did collide.
		expect(results.reduce((n, r) => n + r.conflicts, 0)).toBeGreaterThan(0);
		expect(await server.database.integrity()).toBe('ok');
	}, 60_000);

	it(`${CLIENTS} clients updating different scenarios never conflict`, async () => {
		const own = await Promise.all(
			Array.from({ length: CLIENTS }, (_, i) =>
				call('POST', server.api, { name: `own ${i}`, seed: 0 }).then((r) => r.body as SavedScenario)
			)
		);
		const results = await Promise.all(
			own.map((s) => incrementer(server, s.id, INCREMENTS_PER_CLIENT))
		);
		expect(results.every((r) => r.conflicts === 0)).toBe(true);
		const finals = await Promise.all(
			own.map((s) => call('GET', `${server.api}/${s.id}`).then((r) => r.body as SavedScenario))
		);
		for (const [i, final] of finals.entries()) {
			expect(final).toMatchObject({
				id: own[i].id,
				name: `own ${i}`,
				seed: INCREMENTS_PER_CLIENT,
				version: 1 + INCREMENTS_PER_CLIENT
			});
		}
		expect(await server.database.integrity()).toBe('ok');
	}, 60_000);
});

describe('two app servers on one PostgreSQL database', () => {
	let dir: string;
	let servers: ApiServer[];

	beforeAll(async () => {
		dir = makeTempDir('ipasn-concurrency-two-');
		const database = await freshDatabase('postgres', dir);
		// Started together: both apply the migrations at once (an advisory lock orders them).
		servers = await Promise.all([startServer({ database }), startServer({ database })]);
	}, 120_000);

	afterAll(async () => {
		await Promise.all((servers ?? []).map((s) => s.stop()));
		await servers?.[0].database.close();
		removeTempDir(dir);
	});

	it(`${CLIENTS} PUTs of the same version across both: exactly 1 × 200 and ${CLIENTS - 1} × 409`, async () => {
		await expectOneWinner(servers[1], await racingPuts(servers));
	}, 30_000);

	it(`${CLIENTS} clients incrementing one scenario through either server lose no update`, async () => {
		const start = (await call('POST', servers[0].api, { name: 'shared counter', seed: 0 })).body;
		const results = await Promise.all(
			Array.from({ length: CLIENTS }, (_, i) =>
				incrementer(servers[i % 2], start.id, INCREMENTS_PER_CLIENT)
			)
		);
		const successes = results.reduce((n, r) => n + r.versions.length, 0);
		expect(successes).toBe(CLIENTS * INCREMENTS_PER_CLIENT);
		for (const server of servers) {
			const final: SavedScenario = (await call('GET', `${server.api}/${start.id}`)).body;
			expect(final.seed).toBe(successes);
			expect(final.version).toBe(1 + successes);
		}
		const all = results.flatMap((r) => r.versions).sort((a, b) => a - b);
		expect(all).toEqual(Array.from({ length: successes }, (_, i) => i + 2));
		expect(results.reduce((n, r) => n + r.conflicts, 0)).toBeGreaterThan(0);
		expect(await servers[0].database.integrity()).toBe('ok');
	}, 60_000);

	it('a scenario created on one is listed, searched and deleted on the other', async () => {
		const created = (await call('POST', servers[0].api, { name: 'Dibuat di server satu' })).body;
		const found = await call(
			'GET',
			`${servers[1].api}?search=${encodeURIComponent('SERVER SATU')}`
		);
		expect(found.body.scenarios.map((s: SavedScenario) => s.id)).toEqual([created.id]);
		expect((await call('DELETE', `${servers[1].api}/${created.id}?version=1`)).status).toBe(204);
		expect((await call('GET', `${servers[0].api}/${created.id}`)).status).toBe(404);
	});
});
