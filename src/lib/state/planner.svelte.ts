/**
 * The planner's state: the inputs on screen, the latest projection of them,
 * and the saved scenario they belong to (as last read from or written to the
 * server). Results are replaced whole (`$state.raw`), never mutated.
 *
 * The roster a projection uses is named by its fingerprint (null for the
 * default, illustrative roster): the one in use comes from `options.roster`,
 * the one on screen is remembered per request.
 */
import type { Agency } from '../scenario/agency';
import type { ScenarioRun } from '../scenario/runScenario';
import type { SavedScenario } from '../scenario/savedScenario';
import {
	DEFAULT_SEED,
	defaultScenario,
	numberInput,
	type InputValue,
	type Inputs,
	type Scenario
} from '../scenario/scenario';
import { scenarioToSearchParams } from '../scenario/urlCodec';

/** Monte Carlo draws behind the bands on screen. */
export const PLANNER_DRAWS = 200;

/** What a page load hands the planner: the inputs to show, their projection, their saved scenario. */
export interface PlannerInit {
	run: ScenarioRun;
	inputs?: Inputs;
	seed?: number;
	draws?: number;
	saved?: SavedScenario | null;
	/** The scenario's agency; absent: the default agency. */
	agency?: Agency;
}

/** The link text of a scenario's seed, inputs and agency: equal texts project identically. */
function contentKey(seed: number, inputs: Inputs, agency: Agency | undefined): string {
	return scenarioToSearchParams({
		...defaultScenario(),
		seed,
		inputs,
		...(agency && { agency })
	}).toString();
}

export interface PlannerOptions {
	/** The fingerprint of the roster in use; null (the default) for the illustrative roster. */
	roster?: () => string | null;
}

export class Planner {
	/** Only the inputs that differ from the defaults. */
	inputs = $state<Inputs>({});
	draws = $state(PLANNER_DRAWS);
	seed = $state(DEFAULT_SEED);
	/** The agency planned for; undefined: the default agency (BPKAD Kota Bontang). */
	agency = $state.raw<Agency | undefined>(undefined);
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
	/** The saved scenario on screen, at the version last read or written; null for an unsaved one. */
	saved = $state.raw<SavedScenario | null>(null);
	/** Fingerprint of the roster the projection on screen was made with; null: the default roster. */
	shownRoster = $state<string | null>(null);
	/** Requests up to this id were made for a scenario no longer on screen. */
	private staleUpTo = 0;
	/** The roster of each request not yet shown (bookkeeping, read only in `accept`: not reactive). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private readonly requestRoster = new Map<number, string | null>();
	private rosterInUse: () => string | null = () => null;

	/** Fingerprint of the roster in use (what a save should record); null: the default roster. */
	readonly rosterFingerprint: string | null = $derived(this.rosterInUse());

	/**
	 * Set when the saved scenario on screen was made with another roster than the one in use:
	 * the roster it was made with (null: the default, illustrative roster).
	 */
	readonly savedWithOtherRoster: { fingerprint: string | null } | undefined = $derived(
		this.saved && this.saved.rosterFingerprint !== this.rosterFingerprint
			? { fingerprint: this.saved.rosterFingerprint }
			: undefined
	);

	readonly scenario: Scenario = $derived({
		...defaultScenario(),
		seed: this.seed,
		inputs: { ...this.inputs },
		...(this.agency && { agency: this.agency })
	});

	/**
	 * The screen differs from the saved scenario (or, for an unsaved one, from the
	 * status quo). Compared by effective value: an input set back to its default
	 * is no change.
	 */
	readonly dirty = $derived(
		contentKey(this.seed, this.inputs, this.agency) !==
			(this.saved
				? contentKey(this.saved.seed, this.saved.inputs, this.saved.agency)
				: contentKey(DEFAULT_SEED, {}, undefined))
	);

	readonly running = $derived(this.latestRequest > this.shownRequest);
	readonly planningYears: number[] = $derived.by(() => {
		const first = numberInput(this.inputs, 'firstPlanningYear');
		const last = Math.max(first, numberInput(this.inputs, 'endYear'));
		return Array.from({ length: last - first + 1 }, (_, k) => first + k);
	});

	constructor(initial?: PlannerInit, options: PlannerOptions = {}) {
		if (options.roster) this.rosterInUse = options.roster;
		if (initial) this.open(initial);
		else this.unitYear = numberInput(this.inputs, 'targetYear');
	}

	/** Shows another scenario: its inputs, seed, projection and saved record. */
	open(init: PlannerInit): void {
		// Results of requests made for the previous screen may still arrive: they are not shown.
		this.staleUpTo = this.latestRequest;
		this.shownRequest = this.latestRequest;
		this.progress = null;
		this.run = init.run;
		// A page load's projection is the server's, which always uses the default roster.
		this.shownRoster = null;
		this.requestRoster.clear();
		this.inputs = init.inputs ?? {};
		this.seed = init.seed ?? DEFAULT_SEED;
		this.agency = init.agency;
		this.draws = init.draws ?? PLANNER_DRAWS;
		this.saved = init.saved ?? null;
		this.error = null;
		this.unitYear = numberInput(this.inputs, 'targetYear');
	}

	/** Puts a saved scenario's inputs on screen (a new projection follows). */
	load(saved: SavedScenario): void {
		this.inputs = { ...saved.inputs };
		this.seed = saved.seed;
		this.agency = saved.agency;
		this.saved = saved;
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

	/**
	 * Drops the changes on screen: back to the saved scenario as last read, or, for an unsaved
	 * one, to the status quo (default inputs, seed and agency). A new projection follows.
	 */
	discardChanges(): void {
		if (this.saved) {
			this.load(this.saved);
			return;
		}
		this.inputs = {};
		this.seed = DEFAULT_SEED;
		this.agency = undefined;
	}

	/** Records a request sent to the engine and the roster it uses (null: the default roster). */
	sent(requestId: number, roster: string | null): void {
		this.latestRequest = requestId;
		this.requestRoster.set(requestId, roster);
	}

	/** True for a request made for a scenario that is no longer on screen. */
	isStale(requestId: number): boolean {
		return requestId <= this.staleUpTo;
	}

	accept(run: ScenarioRun, requestId: number, ms = 0): void {
		if (this.isStale(requestId)) return;
		this.run = run;
		this.runMs = ms;
		this.shownRequest = requestId;
		this.shownRoster = this.requestRoster.get(requestId) ?? null;
		for (const id of this.requestRoster.keys()) if (id <= requestId) this.requestRoster.delete(id);
		this.progress = null;
		this.error = null;
	}
}
