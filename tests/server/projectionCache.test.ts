/**
 * The server keeps each projection it made (bounded, least recently used out first), shares
 * one running task between requests for the same key, keys by everything a result depends on,
 * and refuses work past the pool's queue limit. In-process: the worker path is checked against
 * the build in projectionPool.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { projectionKey, stableJson } from '../../src/lib/server/projection/cacheKey';
import {
	ProjectionBusy,
	ProjectionPool,
	poolSettings
} from '../../src/lib/server/projection/projectionPool';
import { ResultCache } from '../../src/lib/server/projection/resultCache';
import {
	projectAllOnPool,
	projectOnPool,
	storedRosters
} from '../../src/lib/server/projection/serverProjections';
import { defaultScenario } from '../../src/lib/scenario/scenario';
import { projectScenario } from '../../src/lib/ui/compare/projectScenarios';

/** A promise and the function that settles it. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((ok, fail) => {
		resolve = ok;
		reject = fail;
	});
	return { promise, resolve, reject };
}

describe('ResultCache', () => {
	it('keeps at most `capacity` results, dropping the least recently used', () => {
		const cache = new ResultCache<number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		expect(cache.get('a')).toBe(1); // a is now the most recently used
		cache.set('c', 3);
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toBe(1);
		expect(cache.get('c')).toBe(3);
		expect(cache.size).toBe(2);
	});

	it('computes a key once, sharing the running task between callers', async () => {
		const cache = new ResultCache<string>(4);
		const gate = deferred<string>();
		const compute = vi.fn(() => gate.promise);
		const first = cache.getOrCompute('k', compute);
		const second = cache.getOrCompute('k', compute);
		expect(cache.running).toBe(1);
		gate.resolve('done');
		expect(await Promise.all([first, second])).toEqual(['done', 'done']);
		expect(await cache.getOrCompute('k', compute)).toBe('done');
		expect(compute).toHaveBeenCalledTimes(1);
		expect(cache.running).toBe(0);
	});

	it('keeps no failure: every waiting caller sees it, the next call tries again', async () => {
		const cache = new ResultCache<string>(4);
		const gate = deferred<string>();
		const first = cache.getOrCompute('k', () => gate.promise);
		const second = cache.getOrCompute('k', () => Promise.resolve('not called'));
		gate.reject(new Error('no'));
		await expect(first).rejects.toThrow('no');
		await expect(second).rejects.toThrow('no');
		expect(await cache.getOrCompute('k', async () => 'again')).toBe('again');
		// A compute that throws at once is forgotten too.
		const thrown = cache.getOrCompute('t', () => {
			throw new Error('at once');
		});
		await expect(thrown).rejects.toThrow('at once');
		expect(await cache.getOrCompute('t', async () => 'fine')).toBe('fine');
	});

	it('refuses a capacity below 1, saying what it needs', () => {
		expect(() => new ResultCache(0)).toThrow('at least 1');
	});
});

describe('projectionKey', () => {
	const scenario = {
		...defaultScenario(),
		id: 'a',
		version: 1,
		inputs: { trainingBudgetShare: 1.5 }
	};
	const parts = { scenario, fallbackName: 'Untitled', period: null, stored: true };

	it('is the same for the same content, whatever the key order', () => {
		const reordered = { stored: true, period: null, fallbackName: 'Untitled', scenario };
		expect(projectionKey('page', reordered)).toBe(projectionKey('page', parts));
		expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
	});

	it.each([
		['version', { ...parts, scenario: { ...scenario, version: 2 } }],
		['id', { ...parts, scenario: { ...scenario, id: 'b' } }],
		[
			'inputs (a rulebook variant)',
			{ ...parts, scenario: { ...scenario, inputs: { rulebook: 'x' } } }
		],
		[
			'roster fingerprint',
			{ ...parts, scenario: { ...scenario, rosterFingerprint: 'fnv1a64-1-2' } }
		],
		['whether the roster is stored', { ...parts, stored: false }],
		['language of the fallback name', { ...parts, fallbackName: 'Tanpa judul' }],
		['cost period', { ...parts, period: { first: 2027, last: 2031 } }]
	])('changes with the %s', (_what, changed) => {
		expect(projectionKey('page', changed)).not.toBe(projectionKey('page', parts));
	});

	it('changes with the calendar day (unset planning years follow it)', () => {
		const before = projectionKey('page', parts);
		vi.stubEnv('IPASN_TODAY', '2027-01-02');
		try {
			expect(projectionKey('page', parts)).not.toBe(before);
		} finally {
			vi.unstubAllEnvs();
		}
		expect(projectionKey('page', parts)).toBe(before);
	});
});

describe('ProjectionPool', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('reads its size and queue limit from the environment, with defaults', () => {
		expect(poolSettings({ PROJECTION_WORKERS: '3', PROJECTION_QUEUE_LIMIT: '0' })).toEqual({
			workers: 3,
			queueLimit: 0
		});
		const defaults = poolSettings({});
		expect(defaults.workers).toBeGreaterThanOrEqual(1);
		expect(defaults.queueLimit).toBe(32);
		expect(poolSettings({ PROJECTION_QUEUE_LIMIT: 'lots' }).queueLimit).toBe(32);
	});

	it('refuses a task past workers + queue limit at once, and takes one again when one ends', async () => {
		const pool = new ProjectionPool({ workers: 0, queueLimit: 1 });
		const task = { kind: 'formula', inputs: {} } as const;
		const running = [pool.run(task), pool.run(task)];
		expect(pool.pending).toBe(2);
		await expect(pool.run(task)).rejects.toBeInstanceOf(ProjectionBusy);
		await Promise.all(running);
		expect(pool.pending).toBe(0);
		expect(await pool.run(task)).toEqual([]);
		expect(await pool.usesWorkers()).toBe(false);
	});
});

describe('projectOnPool (in-process under vitest)', () => {
	const repository = {
		hasRoster: vi.fn(async () => false),
		getStoredRoster: vi.fn(async () => null)
	};

	it('gives what projectScenario gives, and the same page twice does no projection work', async () => {
		const scenario = {
			...defaultScenario(),
			id: 'cached',
			name: 'Cached',
			inputs: { trainingBudgetShare: 1.7 }
		};
		const expected = await projectScenario(scenario, 'Untitled');
		const first = await projectOnPool(scenario, 'Untitled', storedRosters(repository));
		expect(first).toEqual(expected);
		const [again, shared] = await Promise.all([
			projectOnPool(scenario, 'Untitled', storedRosters(repository)),
			projectOnPool({ ...scenario }, 'Untitled', storedRosters(repository))
		]);
		// Kept: the very same object, not a projection that happens to be equal.
		expect(again).toBe(first);
		expect(shared).toBe(first);
	});

	it('reports a scenario that cannot be projected, and the others still project', async () => {
		const good = { ...defaultScenario(), id: 'good', name: 'Good' };
		const bad = {
			...defaultScenario(),
			id: 'bad',
			name: 'Bad',
			inputs: { firstPlanningYear: 1900 }
		};
		const { projected, failed } = await projectAllOnPool([good, bad], 'Untitled');
		expect(projected.map((p) => p.id)).toEqual(['good']);
		expect(failed).toEqual([{ id: 'bad', name: 'Bad', reason: expect.any(String) }]);
	});
});
