/**
 * Saved or shared scenarios projected for the compare, meeting and report pages: each with
 * its own baseline (same seed, same draws, same assumptions), turned into the view models the
 * pages draw. Runs on the server so the pages arrive complete; only view models travel to the
 * browser, never the engine's results.
 */
import type { Unit } from '../../engine/roster';
import { agencyOf, unitName, type Agency } from '../../scenario/agency';
import { BONTANG_UNITS } from '../../scenario/bontang';
import {
	headlineNumbers,
	projectionView,
	type HeadlineNumbers,
	type ProjectionView
} from '../../charts/viewModels';
import { compareWithBaseline } from '../../engine/compare';
import type { ProjectionResult } from '../../engine/projection';
import type { Roster } from '../../engine/roster';
import { DEFAULT_RULEBOOK, findRulebook, type Rulebook } from '../../engine/rulebooks';
import { baselineOf } from '../../scenario/resolve';
import { runScenario } from '../../scenario/runScenario';
import { prepareFormulas } from '../../scenario/technicalResponse';
import {
	choiceInput,
	MODEL_VERSION,
	numberInput,
	type Inputs,
	type Scenario
} from '../../scenario/scenario';
import { periodCost, yearRows, type CostPeriod, type PeriodCost, type YearRow } from './periodCost';
import { PLANNER_DRAWS } from '../../state/planner.svelte';

/** Draws behind the bands: the planner's count (200), so the numbers match the planner's. */
export const PAGE_DRAWS = PLANNER_DRAWS;

/**
 * Monte Carlo person-draws one page projection may spend, whatever the roster's size: the full
 * 200 draws up to 5,000 people, fewer above (20 for 50,000; 10 for the largest roster the server
 * stores, 100,000 people), so a page of four large rosters still opens in seconds — measured by
 * `npm run bench`: 50,000 people × 10 years × 200 draws take 4.3 s.
 */
export const MAX_PERSON_DRAWS = 1_000_000;

/**
 * The draws a page projects a roster of `people` with: `floor(MAX_PERSON_DRAWS / people)`, at
 * most `PAGE_DRAWS`, and 1 only for a roster above a million people (a band needs one draw).
 */
export function pageDraws(people: number): number {
	return Math.max(1, Math.min(PAGE_DRAWS, Math.floor(MAX_PERSON_DRAWS / Math.max(1, people))));
}

/** The staff data a scenario was projected with, for the page to say. */
export type RosterSource =
	/** The illustrative default roster, as the scenario was made. */
	| { kind: 'default' }
	/** The scenario's own roster, stored on the server with it; `fewerDraws`: below `PAGE_DRAWS`. */
	| { kind: 'stored'; people: number; draws: number; fewerDraws: boolean }
	/** Made with staff data the server does not hold: projected on the default roster. */
	| { kind: 'missing' };

/** The stored roster of a fingerprint, or null (on the server, parsed in the projection pool). */
export type RosterLookup = (fingerprint: string) => Promise<Roster | null>;

/** What a page needs to say about one scenario. */
export interface ProjectedScenario {
	/** The saved scenario's id; null for an unsaved one (a share link). */
	id: string | null;
	name: string;
	description: string;
	author: string;
	/** ISO timestamp of the last save; null for an unsaved one. */
	updatedAt: string | null;
	seed: number;
	/** The model version it was saved with (the projection always uses the current one). */
	modelVersion: string;
	/** The staff data behind the numbers. */
	roster: RosterSource;
	inputs: Inputs;
	/** The agency planned for (the default one when the scenario names none). */
	agency: Agency;
	/** The units of the roster projected on, under the agency's names for them. */
	units: Unit[];
	view: ProjectionView;
	headline: HeadlineNumbers;
	/** The same numbers for this scenario's baseline. */
	baselineHeadline: HeadlineNumbers;
	/** Equal for two scenarios exactly when their baselines are the same projection. */
	baselineKey: string;
	/** Each projected year: index band, category, Rupiah allocated and spent (and the baseline's). */
	years: YearRow[];
	/** The scenario's own last year (its end or target year, whichever is later). */
	ownLastYear: number;
	/**
	 * The last year projected: `ownLastYear`, or later when the page projected every scenario to
	 * a common end year (the years after `ownLastYear` continue the scenario's levers).
	 */
	lastYear: number;
	/**
	 * Spending summed over the page's cost period (compare: one for every scenario), for the
	 * scenario and its baseline; without one, over the headline's years (first planning year
	 * to target year), so `cost.total` is `headline.totalCost`.
	 */
	cost: PeriodCost;
}

export interface ScenarioToProject extends Scenario {
	id?: string | null;
	name?: string;
	description?: string;
	author?: string;
	updatedAt?: string | null;
	rosterFingerprint?: string | null;
}

/** Baselines are shared by most scenarios (the status quo), so the server keeps a few. */
const baselineCache = new Map<string, ProjectionResult>();

/** A baseline's numbers: measured against itself, so it gains nothing and costs nothing extra. */
function baselineHeadlineOf(baseline: ProjectionResult): HeadlineNumbers {
	return headlineNumbers({
		result: baseline,
		baseline,
		comparison: compareWithBaseline(baseline, baseline)
	});
}

/**
 * Projects one scenario and its baseline with the scenario's seed and `PAGE_DRAWS` draws, on
 * the scenario's own roster when `findRoster` has it (fewer draws for a large one, see
 * `pageDraws`). Async only to load the formula compiler for a scenario with its own
 * response curve.
 */
export async function projectScenario(
	scenario: ScenarioToProject,
	fallbackName: string,
	findRoster?: RosterLookup,
	period?: CostPeriod
): Promise<ProjectedScenario> {
	const ownLastYear = lastYearOf(scenario.inputs);
	// A scenario ending before the period's last year is projected on to it: the engine reads
	// its levers for the later years as it would if its end year were set there.
	const inputs =
		period && period.last > ownLastYear
			? { ...scenario.inputs, endYear: period.last }
			: scenario.inputs;
	// Only the scenario itself goes to the engine: never ids, names or timestamps.
	const plain: Scenario = {
		schemaVersion: scenario.schemaVersion,
		modelVersion: MODEL_VERSION,
		seed: scenario.seed,
		inputs,
		...(scenario.agency && { agency: scenario.agency })
	};
	await prepareFormulas(plain.inputs);
	const fingerprint = scenario.rosterFingerprint ?? null;
	const own = fingerprint && findRoster ? await findRoster(fingerprint) : null;
	const draws = own ? pageDraws(own.people.length) : PAGE_DRAWS;
	const run = runScenario(plain, {
		draws,
		baselineCache,
		...(own ? { roster: own, rosterKey: fingerprint! } : {})
	});
	const baseline = baselineOf(plain);
	const headline = headlineNumbers(run);
	const years = yearRows(run.result, run.baseline);
	const lastYear = years[years.length - 1].year;
	const roster: RosterSource = own
		? { kind: 'stored', people: own.people.length, draws, fewerDraws: draws < PAGE_DRAWS }
		: fingerprint
			? { kind: 'missing' }
			: { kind: 'default' };
	return {
		id: scenario.id ?? null,
		name: scenario.name?.trim() || fallbackName,
		description: scenario.description ?? '',
		author: scenario.author ?? '',
		updatedAt: scenario.updatedAt ?? null,
		seed: scenario.seed,
		modelVersion: scenario.modelVersion,
		roster,
		inputs: scenario.inputs,
		agency: agencyOf(scenario),
		units: (own?.units ?? BONTANG_UNITS).map((u) => ({
			id: u.id,
			name: unitName(agencyOf(scenario), u)
		})),
		view: projectionView(run, rulebookOf(scenario.inputs), agencyOf(scenario)),
		headline,
		baselineHeadline: baselineHeadlineOf(run.baseline),
		baselineKey: JSON.stringify([
			baseline.seed,
			sortedEntries(baseline.inputs),
			baseline.agency ?? null,
			own ? fingerprint : 'default'
		]),
		years,
		ownLastYear,
		lastYear,
		cost: periodCost(years, period ?? ownPeriod(headline))
	};
}

/** The last year a scenario projects by its own inputs (as `resolveScenario` reads them). */
export function lastYearOf(inputs: Inputs): number {
	return Math.max(
		numberInput(inputs, 'endYear'),
		numberInput(inputs, 'targetYear'),
		numberInput(inputs, 'firstPlanningYear')
	);
}

/**
 * Without a page period: the years the headline's total cost sums, the first planning year
 * through the target year, so `cost.total` equals `headline.totalCost`.
 */
function ownPeriod(headline: HeadlineNumbers): CostPeriod {
	const last = headline.targetYear;
	return { first: Math.min(headline.firstPlanYear ?? last, last), last };
}

/**
 * The one period a page sums every scenario's costs over: from the earliest first planning
 * year to the latest last year among them. Null without scenarios.
 */
export function commonPeriod(scenarios: readonly Pick<Scenario, 'inputs'>[]): CostPeriod | null {
	if (scenarios.length === 0) return null;
	return {
		first: Math.min(...scenarios.map((s) => numberInput(s.inputs, 'firstPlanningYear'))),
		last: Math.max(...scenarios.map((s) => lastYearOf(s.inputs)))
	};
}

/** The rulebook a scenario is scored by (its `rulebook` input), as the projection resolves it. */
export function rulebookOf(inputs: Inputs): Rulebook {
	return findRulebook(choiceInput(inputs, 'rulebook')) ?? DEFAULT_RULEBOOK;
}

/**
 * The same scenario scored by another rulebook: its inputs with `rulebook` replaced, nothing
 * else changed (same levers, assumptions, seed and roster). Not saved, so it has no id.
 */
export function withRulebook(scenario: ScenarioToProject, rulebookId: string): ScenarioToProject {
	return { ...scenario, id: null, inputs: { ...scenario.inputs, rulebook: rulebookId } };
}

function sortedEntries(inputs: Inputs): Array<[string, Inputs[string]]> {
	return Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface ProjectionFailure {
	id: string | null;
	name: string;
	reason: string;
}

/**
 * Projects each scenario; one that cannot be projected (saved by an older model, say) is
 * reported with the engine's reason instead of failing the whole page. With `period` (see
 * `commonPeriod`), every scenario is projected through its last year and its costs are summed
 * over it, so the page compares the same years.
 */
export async function projectAll(
	scenarios: readonly ScenarioToProject[],
	fallbackName: string,
	findRoster?: RosterLookup,
	period?: CostPeriod
): Promise<{ projected: ProjectedScenario[]; failed: ProjectionFailure[] }> {
	const projected: ProjectedScenario[] = [];
	const failed: ProjectionFailure[] = [];
	for (const scenario of scenarios) {
		try {
			projected.push(await projectScenario(scenario, fallbackName, findRoster, period));
		} catch (error) {
			failed.push({
				id: scenario.id ?? null,
				name: scenario.name ?? fallbackName,
				reason: error instanceof Error ? error.message : String(error)
			});
		}
	}
	return { projected, failed };
}
