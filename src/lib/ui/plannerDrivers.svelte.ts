/**
 * The planner's sensitivity of one year's index, for the "what moves the index most" panel:
 * deterministic (one projection per end of each input, a few milliseconds each), run in a
 * decision worker of its own so the projection's worker never waits on it, and only once the
 * inputs have stopped moving for `delayMs` (a dragged slider asks for one run, not fifty).
 * The result on screen is always that of the newest request; older answers are dropped.
 */
import type { Roster } from '../engine/roster';
import type { SensitivityResult } from '../scenario/sensitivity';
import type { Scenario } from '../scenario/scenario';
import { DecideTask } from './decide/goal/decideTask.svelte';
import type { SensitivityRequest } from './decide/goal/protocol';

/** The inputs must rest this long, in milliseconds, before the sensitivity is computed. */
export const DRIVERS_DELAY_MS = 300;

export class PlannerDrivers {
	/** The newest answer; null before the first. */
	result = $state.raw<SensitivityResult | null>(null);
	/** True from a request until its answer (or error) is on screen. */
	pending = $state(false);
	private readonly task: DecideTask<SensitivityRequest>;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private latest = 0;

	constructor(
		createWorker: () => Worker,
		private readonly delayMs = DRIVERS_DELAY_MS
	) {
		this.task = new DecideTask<SensitivityRequest>(createWorker);
	}

	/** Why the newest run failed; null when it did not. */
	get error(): string | null {
		return this.task.error;
	}

	/** Asks for the sensitivity of `year`'s index under `scenario` (and `roster`, if not the default). */
	request(scenario: Scenario, year: number, roster?: Roster): void {
		clearTimeout(this.timer);
		const id = ++this.latest;
		this.pending = true;
		// A plain copy now: the scenario may be a state proxy that changes before the timer fires.
		const plain: Scenario = JSON.parse(JSON.stringify(scenario));
		this.timer = setTimeout(() => void this.compute(id, plain, year, roster), this.delayMs);
	}

	dispose(): void {
		clearTimeout(this.timer);
		this.task.dispose();
	}

	private async compute(id: number, scenario: Scenario, year: number, roster?: Roster) {
		const answer = await this.task.run(scenario, {
			type: 'sensitivity',
			year,
			draws: 0,
			roster,
			// The panel names assumptions only: the levers' rows would double the work.
			levers: false
		});
		// A newer request owns the panel now.
		if (id !== this.latest) return;
		if (answer) this.result = answer;
		this.pending = false;
	}
}
