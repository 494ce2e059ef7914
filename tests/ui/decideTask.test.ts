/**
 * The state a decision panel shows around a worker job: running, progress, error, time; a run
 * abandoned for a newer one leaves the state to the newer run.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/lib/scenario/scenario';
import type { DecideResponse, SensitivityRequest } from '../../src/lib/ui/decide/goal/protocol';
import { DecideTask } from '../../src/lib/ui/decide/goal/decideTask.svelte';

/** A stand-in worker: the test answers each posted request by hand. */
class FakeWorker {
	onmessage: ((event: MessageEvent<DecideResponse>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	posted: Array<{ id: number }> = [];
	terminated = false;
	postMessage(message: { id: number }) {
		this.posted.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	send(message: DecideResponse) {
		this.onmessage?.({ data: message } as MessageEvent<DecideResponse>);
	}
}

function setUp() {
	const workers: FakeWorker[] = [];
	const task = new DecideTask<SensitivityRequest>(() => {
		const worker = new FakeWorker();
		workers.push(worker);
		return worker as unknown as Worker;
	});
	return { task, workers };
}

const request = { type: 'sensitivity' as const, year: 2026, draws: 0 };

describe('DecideTask', () => {
	it('shows progress while running, then the answer and its time', async () => {
		const { task, workers } = setUp();
		const answer = task.run(defaultScenario(), request);
		expect(task.running).toBe(true);
		const { id } = workers[0].posted[0];
		workers[0].send({ type: 'progress', id, done: 3, total: 8 });
		expect([task.done, task.total]).toEqual([3, 8]);
		const result = { base: 72 } as never;
		workers[0].send({ type: 'sensitivity', id, result, ms: 5 });
		expect(await answer).toBe(result);
		expect(task.running).toBe(false);
		expect(task.error).toBeNull();
		expect(task.ms).toBeGreaterThanOrEqual(0);
	});

	it('a failed run gives null and says why', async () => {
		const { task, workers } = setUp();
		const answer = task.run(defaultScenario(), request);
		workers[0].send({ type: 'error', id: workers[0].posted[0].id, message: 'boom' });
		expect(await answer).toBeNull();
		expect(task.running).toBe(false);
		expect(task.error).toBe('boom');
	});

	it('a run abandoned for a newer one gives null and leaves the state to the newer run', async () => {
		const { task, workers } = setUp();
		const first = task.run(defaultScenario(), request);
		const second = task.run(defaultScenario(), request);
		expect(await first).toBeNull();
		expect(workers[0].terminated).toBe(true);
		expect(task.running).toBe(true);
		expect(task.error).toBeNull();
		workers[1].send({
			type: 'sensitivity',
			id: workers[1].posted[0].id,
			result: {} as never,
			ms: 1
		});
		expect(await second).toEqual({});
		expect(task.running).toBe(false);
	});
});
