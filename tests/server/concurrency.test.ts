/**
 * Many planners at once against the real server: no update is lost, versions rise by one
 * per successful write, and the database stays intact.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SavedScenario } from '../../src/lib/scenario/savedScenario';
import { call, makeTempDir, removeTempDir, startServer, type ApiServer } from './harness';

const CLIENTS = 50;
const INCREMENTS_PER_CLIENT = 3;
/** Bounds on each client's read-modify-write loop; a healthy server needs far fewer. */
const MAX_ATTEMPTS = 400;
const CLIENT_DEADLINE_MS = 30_000;

let dir: string;
let server: ApiServer;

beforeAll(async () => {
	dir = makeTempDir('ipasn-concurrency-');
	server = await startServer({ databasePath: join(dir, 'ipasn.db') });
}, 120_000);

afterAll(async () => {
	await server?.stop();
	removeTempDir(dir);
});

function integrityCheck(): string {
	const db = new Database(server.databasePath, { readonly: true });
	try {
		return db.pragma('integrity_check', { simple: true }) as string;
	} finally {
		db.close();
	}
}

/**
 * One planner adding 1 to the scenario's seed, `times` times: read, change, write naming the
 * version read; on 409 start again from the scenario the server sent back. Returns the
 * versions its successful writes produced and how many conflicts it met.
 */
async function incrementer(id: string, times: number) {
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

it(`${CLIENTS} clients creating at once each get their own scenario`, async () => {
	const created = await Promise.all(
		Array.from({ length: CLIENTS }, (_, i) => call('POST', server.api, { name: `client ${i}` }))
	);
	expect(created.map((r) => r.status)).toEqual(Array(CLIENTS).fill(201));
	const ids = new Set(created.map((r) => r.body.id));
	expect(ids.size).toBe(CLIENTS);
	const listed = (await call('GET', `${server.api}?search=client`)).body.scenarios;
	expect(new Set(listed.map((s: SavedScenario) => s.id))).toEqual(ids);
	expect(integrityCheck()).toBe('ok');
}, 30_000);

it(`${CLIENTS} clients incrementing the same scenario lose no update`, async () => {
	const start = (await call('POST', server.api, { name: 'shared counter', seed: 0 })).body;
	const results = await Promise.all(
		Array.from({ length: CLIENTS }, () => incrementer(start.id, INCREMENTS_PER_CLIENT))
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
		for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThan(versions[i - 1]);
	}
	// The race was real: clients did collide.
	expect(results.reduce((n, r) => n + r.conflicts, 0)).toBeGreaterThan(0);
	expect(integrityCheck()).toBe('ok');
}, 60_000);

it(`${CLIENTS} clients updating different scenarios never conflict`, async () => {
	const own = await Promise.all(
		Array.from({ length: CLIENTS }, (_, i) =>
			call('POST', server.api, { name: `own ${i}`, seed: 0 }).then((r) => r.body as SavedScenario)
		)
	);
	const results = await Promise.all(own.map((s) => incrementer(s.id, INCREMENTS_PER_CLIENT)));
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
	expect(integrityCheck()).toBe('ok');
}, 60_000);
