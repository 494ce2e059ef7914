/**
 * The built app projects on its worker pool: the compare page's numbers are the ones
 * `projectScenario` gives in-process (on a stored roster too), the pool's threads exist (they
 * run at a lower priority, which /proc shows), and a page whose projections do not fit the
 * pool's queue answers 503 with `Retry-After` and a sentence in the page's language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unflatten } from 'devalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roster } from '../../src/lib/engine/roster';
import { translate } from '../../src/lib/i18n/messages';
import { writeRosterCsv } from '../../src/lib/rosterFiles/csv';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { RETRY_AFTER_SECONDS } from '../../src/lib/server/projection/projectionPool';
import {
	commonPeriod,
	projectScenario,
	type ProjectedScenario
} from '../../src/lib/ui/compare/projectScenarios';
import { call, makeTempDir, removeTempDir, startServer, type ApiServer } from './harness';

/** The default roster's first 80 people: a stored roster of its own, quick to project. */
function ownRoster(): Roster {
	const base = bontangRoster();
	return { units: base.units, people: base.people.slice(0, 80) };
}

/** The compare page's data as the browser gets it (`__data.json`, devalue-encoded). */
async function compareData(server: ApiServer, ids: string[]) {
	const response = await call(
		'GET',
		`${server.baseURL}/compare/__data.json?ids=${ids.join(',')}&x-sveltekit-invalidated=01`
	);
	expect(response.status).toBe(200);
	const page = response.body.nodes[1];
	return unflatten(page.data) as { scenarios: ProjectedScenario[]; failed: unknown[] };
}

/** Threads of the server process running at nice +10: the pool's workers. */
function niceThreads(pid: number): number {
	return readdirSync(`/proc/${pid}/task`).filter((tid) => {
		const stat = readFileSync(join(`/proc/${pid}/task`, tid, 'stat'), 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return Number(fields[16]) === 10;
	}).length;
}

describe('projections on the worker pool (built app)', () => {
	let dir: string;
	let server: ApiServer;

	beforeAll(async () => {
		dir = makeTempDir();
		server = await startServer({
			databasePath: join(dir, 'pool.db'),
			env: { PROJECTION_WORKERS: '2', RATE_LIMIT_PAGES_PER_MINUTE: '0' }
		});
	}, 180_000);
	afterAll(async () => {
		await server?.stop();
		removeTempDir(dir);
	});

	it('the compare page shows the numbers projectScenario gives, stored roster and all', async () => {
		const roster = ownRoster();
		const fingerprint = rosterFingerprint(roster);
		const stored = await call('PUT', `${server.baseURL}/api/rosters/${fingerprint}`, {
			csv: writeRosterCsv(roster),
			units: roster.units.map(({ id, name }) => ({ id, name }))
		});
		expect(stored.status).toBe(201);
		const own = await call('POST', server.api, {
			name: 'Own staff',
			inputs: { trainingBudgetShare: 1.8 },
			rosterFingerprint: fingerprint
		});
		const plain = await call('POST', server.api, {
			name: 'Default staff',
			inputs: { trainingBudgetShare: 1.2, targetYear: 2031 }
		});
		expect([own.status, plain.status]).toEqual([201, 201]);

		const data = await compareData(server, [own.body.id, plain.body.id]);
		expect(data.failed).toEqual([]);

		const saved = [own.body, plain.body];
		const period = commonPeriod(saved) ?? undefined;
		const find = async (f: string) => (f === fingerprint ? roster : null);
		const expected = await Promise.all(
			saved.map((s) => projectScenario(s, translate('id', 'compare.untitled'), find, period))
		);
		expect(data.scenarios).toEqual(expected);
		expect(data.scenarios[0].roster).toEqual({
			kind: 'stored',
			people: 80,
			draws: 200,
			fewerDraws: false
		});
		// The pool's threads exist: the projections did not run on the event loop.
		expect(niceThreads(server.child.pid!)).toBeGreaterThanOrEqual(1);

		// The same page again: the kept results, the same numbers.
		expect((await compareData(server, [own.body.id, plain.body.id])).scenarios).toEqual(expected);
	}, 120_000);
});

describe('a full projection queue (built app)', () => {
	let dir: string;
	let server: ApiServer;

	beforeAll(async () => {
		dir = makeTempDir();
		// One thread and no waiting room: a page that needs two projections at once is refused.
		server = await startServer({
			databasePath: join(dir, 'busy.db'),
			env: {
				PROJECTION_WORKERS: '1',
				PROJECTION_QUEUE_LIMIT: '0',
				RATE_LIMIT_PAGES_PER_MINUTE: '0'
			}
		});
	}, 180_000);
	afterAll(async () => {
		await server?.stop();
		removeTempDir(dir);
	});

	it('answers 503 with Retry-After and says, in the page’s language, to try again', async () => {
		const ids: string[] = [];
		for (const share of [1.1, 1.3]) {
			const created = await call('POST', server.api, {
				name: `Busy ${share}`,
				inputs: { trainingBudgetShare: share }
			});
			expect(created.status).toBe(201);
			ids.push(created.body.id);
		}
		const busy = await call('GET', `${server.baseURL}/compare?ids=${ids.join(',')}`);
		expect(busy.status).toBe(503);
		expect(busy.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
		expect(busy.headers.get('content-type')).toMatch(/text\/html/);
		expect(busy.text).toContain(translate('id', 'busy.page', { seconds: RETRY_AFTER_SECONDS }));

		const english = await call('GET', `${server.baseURL}/compare?ids=${ids.join(',')}&lang=en`);
		expect(english.status).toBe(503);
		expect(english.text).toContain('The server is busy computing projections');

		// The server itself stays responsive, and a page with one projection opens once the
		// refused page's first projection (which still runs, and is kept) is done.
		expect((await call('GET', `${server.api}/${ids[0]}`)).status).toBe(200);
		const statuses: number[] = [];
		for (let tries = 0; tries < 100 && statuses.at(-1) !== 200; tries++) {
			if (tries > 0) await new Promise((r) => setTimeout(r, 200));
			statuses.push((await call('GET', `${server.baseURL}/report/${ids[0]}`)).status);
		}
		expect(statuses.at(-1)).toBe(200);
		expect(new Set(statuses.slice(0, -1))).not.toContain(500);
	}, 120_000);
});
