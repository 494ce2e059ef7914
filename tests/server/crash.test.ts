/**
 * Crash safety, on each store: writes stream into the real server, which is killed with
 * SIGKILL mid-stream. The database must then be intact, and every write the server
 * acknowledged must be in it (at the acknowledged version or later: a write can commit and
 * be killed before its answer goes out). On PostgreSQL also two app servers on one database:
 * one is killed, the other keeps serving every acknowledged write.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	STORES,
	call,
	ensureBuild,
	freshDatabase,
	makeTempDir,
	removeTempDir,
	startServer,
	type ApiServer,
	type DatabaseUnderTest
} from './harness';

const WRITERS = 4;
const UPDATES_PER_SCENARIO = 4;
/** Bounds on each writer, far beyond what it reaches before the kill. */
const MAX_OPERATIONS = 5_000;
const MAX_STREAM_MS = 10_000;

interface Acknowledged {
	/** Last acknowledged version and seed of each scenario not (yet) deleted. */
	alive: Map<string, { version: number; seed: number }>;
	/** Deletes sent: one in flight at the kill may have committed without an answer. */
	deleting: Set<string>;
	deleted: Set<string>;
	count: number;
	/** Called on the first acknowledgement, to start the kill timer. */
	onFirst: () => void;
}

function acknowledge(acked: Acknowledged): void {
	if (acked.count++ === 0) acked.onFirst();
}

let dir: string;
const servers: ApiServer[] = [];

// The build (shared by every server test file, made once) is waited for here, with the
// build's own time limit, so a slow machine never spends a test's 60 s on it.
beforeAll(async () => {
	dir = makeTempDir('ipasn-crash-');
	await ensureBuild();
}, 180_000);

afterAll(async () => {
	await Promise.all(servers.map((s) => s.stop()));
	removeTempDir(dir);
});

/**
 * Creates scenarios, updates each a few times and deletes every other one, recording each
 * acknowledged write, until a request fails (the server is gone) or a bound is reached.
 */
async function writer(
	server: ApiServer,
	w: number,
	acked: Acknowledged,
	/** Asked before each scenario: true ends the stream early. */
	enough: () => boolean = () => false
): Promise<'killed' | 'done'> {
	const deadline = Date.now() + MAX_STREAM_MS;
	let operations = 0;
	try {
		for (let n = 0; operations < MAX_OPERATIONS && Date.now() < deadline && !enough(); n++) {
			const created = await call('POST', server.api, { name: `w${w} #${n}`, seed: 0 });
			expect(created.status).toBe(201);
			const id: string = created.body.id;
			acked.alive.set(id, { version: 1, seed: 0 });
			acknowledge(acked);
			operations++;
			let version = 1;
			for (let u = 1; u <= UPDATES_PER_SCENARIO; u++) {
				const updated = await call('PUT', `${server.api}/${id}`, { version, seed: u });
				expect(updated.status).toBe(200);
				version = updated.body.version;
				acked.alive.set(id, { version, seed: u });
				acknowledge(acked);
				operations++;
			}
			if (n % 2 === 0) {
				acked.deleting.add(id);
				const deleted = await call('DELETE', `${server.api}/${id}?version=${version}`);
				expect(deleted.status).toBe(204);
				acked.alive.delete(id);
				acked.deleted.add(id);
				acknowledge(acked);
				operations++;
			}
		}
		return 'done';
	} catch (error) {
		if (server.child.signalCode === 'SIGKILL' || server.child.killed) return 'killed';
		throw error;
	}
}

/** Every acknowledged write is in `database`, and every acknowledged deletion is not. */
async function expectAcknowledgedWrites(database: DatabaseUnderTest, acked: Acknowledged) {
	expect(await database.integrity()).toBe('ok');
	for (const [id, ack] of acked.alive) {
		const row = await database.scenarioState(id);
		// Gone is fine only if its delete was in flight (a later state than acknowledged).
		if (!row && acked.deleting.has(id)) continue;
		expect(row, `acknowledged scenario ${id} is missing`).toBeDefined();
		expect(row!.version).toBeGreaterThanOrEqual(ack.version);
		// At exactly the acknowledged version, the row holds exactly what was acknowledged.
		if (row!.version === ack.version) expect(row!.seed).toBe(ack.seed);
	}
	for (const id of acked.deleted) expect(await database.scenarioState(id)).toBeUndefined();
}

function newAcknowledged(onFirst: () => void): Acknowledged {
	return { alive: new Map(), deleting: new Set(), deleted: new Set(), count: 0, onFirst };
}

describe.each(STORES)('on %s', (kind) => {
	describe.each([40, 300, 800])(
		'SIGKILL %i ms after the first acknowledged write',
		(killAfterMs) => {
			it('leaves an intact database holding every acknowledged write', async () => {
				const database = await freshDatabase(kind, dir, `kill-${killAfterMs}`);
				const server = await startServer({ database });
				servers.push(server);
				let timer: ReturnType<typeof setTimeout> | undefined;
				const acked = newAcknowledged(
					() => (timer = setTimeout(() => void server.kill(), killAfterMs))
				);

				const outcomes = await Promise.all(
					Array.from({ length: WRITERS }, (_, w) => writer(server, w, acked))
				);
				clearTimeout(timer);
				await server.kill();

				// The kill came mid-stream, after some writes were acknowledged.
				expect(outcomes).toEqual(Array(WRITERS).fill('killed'));
				expect(acked.count).toBeGreaterThan(0);
				await expectAcknowledgedWrites(database, acked);

				// And the app starts again on the same database and serves the acknowledged scenarios.
				const restarted = await startServer({ database });
				servers.push(restarted);
				const [someId, ack] = [...acked.alive][0] ?? [];
				if (someId && ack) {
					const again = await call('GET', `${restarted.api}/${someId}`);
					expect(again.status).toBe(200);
					expect(again.body.version).toBeGreaterThanOrEqual(ack.version);
				}
				await restarted.stop();
				expect(restarted.child.exitCode).toBe(0);
				await database.close();
			}, 60_000);
		}
	);
});

describe('two app servers on one PostgreSQL database', () => {
	it('SIGKILL of one mid-writes loses no acknowledged write; the other keeps serving them all', async () => {
		const database = await freshDatabase('postgres', dir);
		const [doomed, survivor] = await Promise.all([
			startServer({ database }),
			startServer({ database })
		]);
		servers.push(doomed, survivor);
		let killed = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const acked = newAcknowledged(
			() =>
				(timer = setTimeout(() => {
					killed = true;
					void doomed.kill();
				}, 300))
		);
		// Half the writers on each server; the survivor's carry on a little past the kill.
		let survivorOpsAfterKill = 0;
		const afterKill = () => killed && ++survivorOpsAfterKill > WRITERS * 3;
		const outcomes = await Promise.all(
			Array.from({ length: WRITERS }, (_, w) =>
				w % 2 === 0 ? writer(doomed, w, acked) : writer(survivor, w, acked, afterKill)
			)
		);
		clearTimeout(timer);
		expect(killed).toBe(true);
		expect(outcomes).toEqual(
			Array.from({ length: WRITERS }, (_, w) => (w % 2 === 0 ? 'killed' : 'done'))
		);
		expect(acked.count).toBeGreaterThan(0);
		await expectAcknowledgedWrites(database, acked);

		// The survivor serves every acknowledged scenario, the doomed server's too.
		for (const [id, ack] of acked.alive) {
			const read = await call('GET', `${survivor.api}/${id}`);
			if (read.status === 404 && acked.deleting.has(id)) continue;
			expect(read.status, `acknowledged scenario ${id}`).toBe(200);
			expect(read.body.version).toBeGreaterThanOrEqual(ack.version);
		}
		// And it still takes writes.
		expect((await call('POST', survivor.api, { name: 'after the crash' })).status).toBe(201);
		await survivor.stop();
		await database.close();
	}, 60_000);
});

it('SQLite: a clean stop (SIGTERM) closes the database, folding the WAL into the file', async () => {
	const databasePath = join(dir, 'clean-stop.db');
	const server = await startServer({ databasePath });
	servers.push(server);
	const created = await call('POST', server.api, { name: 'before a clean stop' });
	expect(created.status).toBe(201);
	expect(existsSync(`${databasePath}-wal`)).toBe(true);
	await server.stop();
	expect(server.child.exitCode).toBe(0);
	expect(existsSync(`${databasePath}-wal`)).toBe(false);
	const db = new Database(databasePath, { readonly: true });
	try {
		expect(db.prepare('SELECT name FROM scenarios').pluck().all()).toEqual(['before a clean stop']);
	} finally {
		db.close();
	}
}, 30_000);
