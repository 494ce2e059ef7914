/**
 * The "why?" panel's projections: the scenario on screen and its status quo, each on the
 * deterministic central path with its people recorded (`projectWithPeople`), and the
 * scenario's projection before the latest change of inputs (for the lever note). Runs in the
 * page, a short while after the inputs stop moving: one deterministic path costs about a
 * millisecond for the study's roster and a fifth of a second for 50,000 people.
 */
import { projectWithPeople, type PeopleRecord } from '../../engine/explain';
import type { ProjectionResult } from '../../engine/projection';
import type { Roster } from '../../engine/roster';
import { baselineOf, resolveScenario } from '../../scenario/resolve';
import type { Scenario } from '../../scenario/scenario';
import { prepareFormulas } from '../../scenario/technicalResponse';

/** One deterministic projection with its people. */
export interface WhyRun {
	result: ProjectionResult;
	people: PeopleRecord;
}

/** A scenario's explanation material: its run, its status quo's, and what produced them. */
export interface WhyRuns {
	scenario: Scenario;
	/** The roster projected (undefined: the default, illustrative one). */
	roster: Roster | undefined;
	run: WhyRun;
	statusQuo: WhyRun;
}

/** Milliseconds after the last change before projecting (a dragged slider settles first). */
const DELAY_MS = 200;

export class WhyState {
	/** The latest scenario's runs; null before the first. */
	current = $state.raw<WhyRuns | null>(null);
	/** The runs before the latest change of inputs (same roster), for the lever note. */
	previous = $state.raw<WhyRuns | null>(null);
	pending = $state(false);
	error = $state<string | null>(null);
	/** How many projections were made (tests wait for it to move). */
	runs = $state(0);
	private key = '';
	/** Id of the newest computation: an older one finishing late is dropped. */
	private seq = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** Status-quo runs by scenario key: moving a lever does not change the status quo. */
	private statusQuoKey = '';
	private statusQuoRun: WhyRun | null = null;

	/** Asks for the runs of `scenario` on `roster`; a later call before they start replaces it. */
	request(scenario: Scenario, roster: Roster | undefined): void {
		const key = JSON.stringify(scenario);
		if (key === this.key && roster === this.current?.roster) return;
		this.cancel();
		this.pending = true;
		this.timer = setTimeout(() => void this.compute(scenario, roster, key), DELAY_MS);
	}

	cancel(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
	}

	private async compute(scenario: Scenario, roster: Roster | undefined, key: string) {
		const id = ++this.seq;
		try {
			await prepareFormulas(scenario.inputs);
			if (id !== this.seq) return;
			const run = projectWithPeople(resolveScenario(scenario, { roster }));
			const statusQuoScenario = baselineOf(scenario);
			const sqKey = JSON.stringify(statusQuoScenario);
			if (sqKey !== this.statusQuoKey || roster !== this.current?.roster || !this.statusQuoRun) {
				this.statusQuoRun = projectWithPeople(resolveScenario(statusQuoScenario, { roster }));
				this.statusQuoKey = sqKey;
			}
			const next: WhyRuns = { scenario, roster, run, statusQuo: this.statusQuoRun };
			this.previous = this.current && this.current.roster === roster ? this.current : null;
			this.current = next;
			this.key = key;
			this.error = null;
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.pending = false;
			this.runs++;
		}
	}
}
