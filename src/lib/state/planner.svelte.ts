/**
 * The planner's state: the inputs on screen, and the latest projection of
 * them. Results are replaced whole (`$state.raw`), never mutated.
 */
import type { ScenarioRun } from '../scenario/runScenario';
import {
	DEFAULT_SEED,
	defaultScenario,
	numberInput,
	type InputValue,
	type Inputs,
	type Scenario
} from '../scenario/scenario';

/** Monte Carlo draws behind the bands on screen. */
export const PLANNER_DRAWS = 200;

export class Planner {
	/** Only the inputs that differ from the defaults. */
	inputs = $state<Inputs>({});
	draws = $state(PLANNER_DRAWS);
	seed = $state(DEFAULT_SEED);
	run = $state.raw<ScenarioRun | null>(null);
	/** Id of the request whose result is on screen, and of the newest request. */
	shownRequest = $state(0);
	latestRequest = $state(0);
	progress = $state<{ done: number; total: number } | null>(null);
	/** How long the engine took for the result on screen, milliseconds. */
	runMs = $state(0);
	error = $state<string | null>(null);
	/** The year the units chart shows. */
	unitYear = $state(2026);

	readonly scenario: Scenario = $derived({
		...defaultScenario(),
		seed: this.seed,
		inputs: { ...this.inputs }
	});

	readonly running = $derived(this.latestRequest > this.shownRequest);
	readonly planningYears: number[] = $derived.by(() => {
		const first = numberInput(this.inputs, 'firstPlanningYear');
		const last = Math.max(first, numberInput(this.inputs, 'endYear'));
		return Array.from({ length: last - first + 1 }, (_, k) => first + k);
	});

	constructor(initial?: { run: ScenarioRun; inputs?: Inputs }) {
		if (initial) {
			this.run = initial.run;
			this.inputs = initial.inputs ?? {};
		}
		this.unitYear = numberInput(this.inputs, 'targetYear');
	}

	/** Sets one input; `undefined` returns it to its default. */
	set(id: string, value: InputValue | undefined): void {
		const next = { ...this.inputs };
		if (value === undefined) delete next[id];
		else next[id] = value;
		this.inputs = next;
	}

	/** Sets many inputs at once (e.g. a per-unit family and its overrides). */
	setMany(changes: Record<string, InputValue | undefined>): void {
		const next = { ...this.inputs };
		for (const [id, value] of Object.entries(changes)) {
			if (value === undefined) delete next[id];
			else next[id] = value;
		}
		this.inputs = next;
	}

	resetAll(): void {
		this.inputs = {};
	}

	accept(run: ScenarioRun, requestId: number, ms = 0): void {
		this.run = run;
		this.runMs = ms;
		this.shownRequest = requestId;
		this.progress = null;
		this.error = null;
	}
}
