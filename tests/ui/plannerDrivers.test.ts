/**
 * The planner's sensitivity job: a burst of changes (a dragged slider) asks the worker once,
 * after the inputs rest; it asks deterministically, for the year and roster given; the panel
 * stays pending until the newest answer, and an answer to an older request is never shown.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Roster } from '../../src/lib/engine/roster';
import type { SensitivityResult } from '../../src/lib/scenario/sensitivity';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/scenario';
import type { DecideResponse, SensitivityRequest } from '../../src/lib/ui/decide/goal/protocol';
import { PlannerDrivers } from '../../src/lib/ui/plannerDrivers.svelte';

class FakeWorker {
	onmessage: ((event: MessageEvent<DecideResponse>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	posted: SensitivityRequest[] = [];
	terminated = false;
	postMessage(message: SensitivityRequest) {
		this.posted.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	answer(request: SensitivityRequest, result: SensitivityResult) {
		this.onmessage?.({
			data: { type: 'sensitivity', id: request.id, result, ms: 1 }
		} as MessageEvent<DecideResponse>);
	}
}

const DELAY = 300;
const withShare = (share: number): Scenario => ({
	...defaultScenario(),
	inputs: { trainingBudgetShare: share }
});
const resultFor = (year: number) => ({ year, base: 70 }) as unknown as SensitivityResult;

function setUp() {
	const workers: FakeWorker[] = [];
	const drivers = new PlannerDrivers(() => {
		const worker = new FakeWorker();
		workers.push(worker);
		return worker as unknown as Worker;
	}, DELAY);
	const posted = () => workers.flatMap((w) => w.posted);
	return { drivers, workers, posted };
}

describe('PlannerDrivers', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('asks once, after the inputs rest, deterministically, for the year asked', async () => {
		const { drivers, workers, posted } = setUp();
		for (const share of [0.7, 0.8, 0.9, 1.0]) {
			drivers.request(withShare(share), 2026);
			await vi.advanceTimersByTimeAsync(DELAY / 3);
		}
		expect(posted()).toHaveLength(0);
		expect(drivers.pending).toBe(true);
		await vi.advanceTimersByTimeAsync(DELAY);
		expect(posted()).toHaveLength(1);
		const sent = posted()[0];
		expect(sent).toMatchObject({ type: 'sensitivity', year: 2026, draws: 0, levers: false });
		expect(sent.scenario.inputs).toEqual({ trainingBudgetShare: 1.0 });
		expect(sent.roster).toBeUndefined();
		const result = resultFor(2026);
		workers[0].answer(sent, result);
		await vi.advanceTimersByTimeAsync(0);
		expect(drivers.result).toBe(result);
		expect(drivers.pending).toBe(false);
		expect(drivers.error).toBeNull();
	});

	it('sends the roster in use', async () => {
		const { drivers, posted } = setUp();
		const roster = { units: [], people: [] } as unknown as Roster;
		drivers.request(defaultScenario(), 2027, roster);
		await vi.advanceTimersByTimeAsync(DELAY);
		expect(posted()[0]).toMatchObject({ year: 2027, roster });
	});

	it('never shows the answer to an older request', async () => {
		const { drivers, workers, posted } = setUp();
		drivers.request(withShare(0.7), 2026);
		await vi.advanceTimersByTimeAsync(DELAY);
		const first = posted()[0];
		// A change arrives while the first run is in flight; its answer then comes in.
		drivers.request(withShare(1.5), 2026);
		workers[0].answer(first, resultFor(1999));
		await vi.advanceTimersByTimeAsync(0);
		expect(drivers.result).toBeNull();
		expect(drivers.pending).toBe(true);
		await vi.advanceTimersByTimeAsync(DELAY);
		const second = posted()[1];
		expect(second.scenario.inputs).toEqual({ trainingBudgetShare: 1.5 });
		const result = resultFor(2026);
		workers[workers.length - 1].answer(second, result);
		await vi.advanceTimersByTimeAsync(0);
		expect(drivers.result).toBe(result);
		expect(drivers.pending).toBe(false);
	});

	it('a change after the request does not leak into it', async () => {
		const { drivers, posted } = setUp();
		const scenario = withShare(0.7);
		drivers.request(scenario, 2026);
		scenario.inputs.trainingBudgetShare = 3;
		await vi.advanceTimersByTimeAsync(DELAY);
		expect(posted()[0].scenario.inputs).toEqual({ trainingBudgetShare: 0.7 });
	});

	it('a failed run stops pending and says why; dispose stops a waiting request', async () => {
		const { drivers, workers, posted } = setUp();
		drivers.request(defaultScenario(), 2026);
		await vi.advanceTimersByTimeAsync(DELAY);
		workers[0].onmessage?.({
			data: { type: 'error', id: posted()[0].id, message: 'boom' }
		} as MessageEvent<DecideResponse>);
		await vi.advanceTimersByTimeAsync(0);
		expect(drivers.pending).toBe(false);
		expect(drivers.error).toBe('boom');

		drivers.request(defaultScenario(), 2026);
		drivers.dispose();
		await vi.advanceTimersByTimeAsync(DELAY * 2);
		expect(posted()).toHaveLength(1);
	});
});
