/**
 * Fits the assumptions the study's figures cannot pin down — the shares of staff
 * developed at no cost to the agency, and the level of unit costs within their
 * stated ranges — to the recorded budget history and the 2021 roster.
 *
 * The roster is a steady state of the money spent on it: 2021's Rupiah (Rp 131 jt,
 * 0,31 % of the ceiling) kept 42 % of the staff at ≥ 20 JP of technical training
 * and 91 % with a seminar in two years, at an index of 71,59. So a replay that funds
 * the following years with 2021's Rupiah, status-quo levers, must keep those shares
 * and that index. Three unknowns, three observations:
 * - the free technical share sets the technical share (bisection: it only rises
 *   with the share);
 * - the free seminar share sets the seminar share (likewise);
 * - the cost level (each unit cost at the same position q between its range's low
 *   and high) sets how much 2021's money buys, so the index.
 * For each cost level on a grid the two shares are solved in turn (a few rounds: the
 * money a seminar takes is not spent on Bimtek), then the index error (RMS over the
 * replayed years) is measured. The index hardly tells cost levels apart — 2021's state
 * rests mostly on free development — so every level within 0,1 points of the best fits
 * equally well, and of those the one nearest the middle of the ranges is kept; the
 * result says which levels fit. Deterministic projections only (central values).
 *
 * Caveat: 2020 and 2021 were COVID years — training moved online and budgets were
 * refocused to the pandemic (Inpres 4/2020; SKB Mendagri–Menkeu 119/2813/SJ and
 * 177/KMK.07/2020, 9 April 2020, which cut regional spending on goods and services) — so what the 2020–2021 Rupiah bought is less certain than in a
 * normal year. The fit leans on 2021 (the roster's year); 2020's 1,51 % is shown
 * but not fitted.
 */
import { project, type YearResult } from '../engine/projection';
import type { Roster } from '../engine/roster';
import { scoreRoster } from '../engine/scoring';
import { compileRulebook } from '../engine/compileRulebook';
import { agencyOf, spentAmount, spentShare } from './agency';
import { bontangRoster } from './bontang';
import { INPUT_SPECS, type NumberSpec } from './inputSpecs';
import { baselineOf, HISTORY_FUNDING_RULE, resolveScenario } from './resolve';
import { defaultScenario, numberInput, type Inputs, type Scenario } from './scenario';
import { ceilingOf } from '../engine/funding';

/** The unit costs fitted as one level within their ranges. */
export const FITTED_COSTS = [
	'costBimtekInTown',
	'costBimtekOutOfTown',
	'costSeminar',
	'costFunctionalTraining',
	'costLeadershipTraining',
	'costStudyAssignmentPerYear',
	'costCadreSchool'
] as const;

export const FITTED_SHARES = ['externalTechnicalShare', 'externalSeminarShare'] as const;
type FittedShare = (typeof FITTED_SHARES)[number];

/**
 * Where the free shares are searched (percent a year): what is plausible before the fit — some
 * e-learning and ministry training at least, never half the staff trained free; ministries'
 * and BPKP's briefings reach from few to most staff.
 */
export const SHARE_SEARCH_RANGE: Record<FittedShare, { low: number; high: number }> = {
	externalTechnicalShare: { low: 5, high: 50 },
	externalSeminarShare: { low: 5, high: 90 }
};

/** The measure each free share is fitted to. */
const SHARE_MEASURE = {
	externalTechnicalShare: 'technicalJpMet',
	externalSeminarShare: 'recentSeminar'
} as const;

/** `recordedIndex`: an index the agency recorded in a replayed year, against the replay with that year's recorded Rupiah. */
export type CalibrationMeasure = 'technicalJpMet' | 'recentSeminar' | 'index' | 'recordedIndex';

export interface CalibrationRow {
	year: number;
	measure: CalibrationMeasure;
	/** What the roster (2021) shows: percent of staff, or index points. */
	observed: number;
	/** What the replay at 2021's Rupiah gives in this year. */
	projected: number;
	/**
	 * Whether the fit aimed at this row: the index every year, the shares in the last year
	 * (before it, the roster's own seminars of 2020–2021 still count in the two-year window).
	 */
	fitted: boolean;
}

export interface CalibrationResult {
	/** Fitted inputs, in the planner's units (percent, Rupiah), rounded to each input's step. */
	parameters: Record<string, number>;
	/**
	 * For each free share, the values that fit the observed share ± 2 binomial standard errors
	 * (the roster is a sample): the plausible range Monte Carlo draws the share from.
	 */
	shareRanges: Record<FittedShare, { low: number; high: number }>;
	/** The cost level: 0 = every unit cost at its range's low, 1 = at its high. */
	costLevel: number;
	/** The lowest and highest cost levels that fit about as well (the data cannot tell them apart). */
	costLevelsFitting: [number, number];
	/** The replay, year by year: observed (the 2021 roster) against projected. */
	history: CalibrationRow[];
	/** Root mean square of projected − observed over the fitted rows (percentage points / index points). */
	residual: number;
	/** The recorded budgets the fit used and showed. */
	budgets: Array<{ year: number; amount: number; share: number; fitted: boolean }>;
	/**
	 * Index in each replayed year when the last budget recorded after the roster's year (the
	 * study's 2022, Rp 367 jt) is spent every year instead; empty when there is none.
	 */
	recorded2022: Array<{ year: number; index: number }>;
}

/** Years replayed after the roster's year; the last is where the steady state is read. */
const REPLAY_YEARS = 3;
const COST_LEVELS = 21;
const BISECTION_STEPS = 10;
const ROUNDS = 3;
/** Cost levels whose index error (RMS, points) is this close to the best fit equally well. */
const INDEX_TOLERANCE = 0.1;

const numberSpec = (id: string) => INPUT_SPECS.find((s) => s.id === id) as NumberSpec;

function costAt(id: string, level: number): number {
	const spec = numberSpec(id);
	const { low, high } = spec.range!;
	return low + level * (high - low);
}

/** The roster's own shares and index: what the replay must keep. */
function observedState(roster: Roster, scenario: Scenario) {
	const rules = compileRulebook(resolveScenario(scenario, { roster }).rulebook);
	const n = roster.people.length;
	const threshold = rules.technicalJpThreshold;
	return {
		technicalJpMet:
			(100 * roster.people.filter((p) => p.technicalJpLastYear >= threshold).length) / n,
		recentSeminar: (100 * roster.people.filter((p) => p.seminarLast2Years).length) / n,
		index: scoreRoster(roster, rules).agency.index
	};
}

/**
 * Projects the status quo with each replayed year funded with `amount` Rupiah (a number: the
 * same every year; a function: the year's own).
 */
function replay(
	inputs: Inputs,
	roster: Roster,
	amount: number | ((year: number) => number),
	base: Scenario
): YearResult[] {
	const amountOf = typeof amount === 'number' ? () => amount : amount;
	// The replay is of the years straight after the roster's: it plans nothing, so the plan's
	// years are moved past it (the schema wants them after the roster's year, in order).
	const startYear = agencyOf(base).startYear;
	const scenario: Scenario = {
		...base,
		inputs: {
			...inputs,
			firstPlanningYear: startYear + REPLAY_YEARS + 1,
			targetYear: startYear + REPLAY_YEARS + 1,
			endYear: startYear + REPLAY_YEARS + 1
		}
	};
	const resolved = resolveScenario(baselineOf(scenario), { roster });
	const years = resolved.years.slice(0, REPLAY_YEARS).map((policy) => ({
		...policy,
		budgetShare: amountOf(policy.year) / ceilingOf(policy, resolved.assumptions),
		fundingRule: HISTORY_FUNDING_RULE
	}));
	return project({ ...resolved, years }).years;
}

export function calibrate(
	scenario: Scenario = defaultScenario(),
	roster: Roster = bontangRoster()
): CalibrationResult {
	const observed = observedState(roster, scenario);
	const agency = agencyOf(scenario);
	const startYear = agency.startYear;
	const amountAtStart = spentAmount(agency, startYear);
	if (amountAtStart === undefined)
		throw new Error(
			`The fit needs the development budget spent in the roster's year ${startYear}: enter it with the agency's data.`
		);
	const steady = REPLAY_YEARS - 1;
	const run = (inputs: Inputs) => replay(inputs, roster, amountAtStart, scenario);
	/**
	 * The agency's own recorded results in the replayed years (a whole city's figure is not the
	 * agency's): the replay with each year's recorded Rupiah must meet them too.
	 */
	const recorded = agency.results.filter(
		(r) => r.scope === 'agency' && r.year > startYear && r.year <= startYear + REPLAY_YEARS
	);
	const amountIn = (year: number) => spentAmount(agency, year) ?? amountAtStart;
	const recordedErrors = (inputs: Inputs): number[] => {
		if (!recorded.length) return [];
		const years = replay(inputs, roster, amountIn, scenario);
		return recorded.map(
			(r) => (years.find((y) => y.year === r.year)?.index?.mean ?? NaN) - r.index
		);
	};

	/** Smallest share (percent, within its stated range) whose steady-state measure reaches the roster's. */
	const solveShare = (
		inputs: Inputs,
		id: FittedShare,
		measure: 'technicalJpMet' | 'recentSeminar',
		target = observed[measure]
	) => {
		let { low: lo, high: hi } = SHARE_SEARCH_RANGE[id];
		for (let k = 0; k < BISECTION_STEPS; k++) {
			const mid = (lo + hi) / 2;
			const value = 100 * run({ ...inputs, [id]: mid })[steady][measure];
			if (value < target) lo = mid;
			else hi = mid;
		}
		return (lo + hi) / 2;
	};

	const candidates: Array<{ inputs: Inputs; level: number; error: number }> = [];
	for (let k = 0; k < COST_LEVELS; k++) {
		const level = k / (COST_LEVELS - 1);
		let inputs: Inputs = { ...scenario.inputs };
		for (const id of FITTED_COSTS) inputs[id] = costAt(id, level);
		for (let round = 0; round < ROUNDS; round++) {
			inputs = {
				...inputs,
				externalTechnicalShare: solveShare(inputs, 'externalTechnicalShare', 'technicalJpMet')
			};
			inputs = {
				...inputs,
				externalSeminarShare: solveShare(inputs, 'externalSeminarShare', 'recentSeminar')
			};
		}
		const errors = [
			...run(inputs).map((y) => (y.index?.mean ?? NaN) - observed.index),
			...recordedErrors(inputs)
		];
		const error = Math.sqrt(errors.reduce((s, e) => s + e ** 2, 0) / errors.length);
		candidates.push({ inputs, level, error });
	}
	// The index barely tells cost levels apart (free shares carry most of the 2021 state):
	// of the levels within INDEX_TOLERANCE of the best, keep the one nearest the ranges' middle.
	const bestError = Math.min(...candidates.map((c) => c.error));
	const fitting = candidates.filter((c) => c.error <= bestError + INDEX_TOLERANCE);
	const best = fitting.reduce((x, c) =>
		Math.abs(c.level - 0.5) < Math.abs(x.level - 0.5) ? c : x
	);

	const parameters: Record<string, number> = {};
	for (const id of [...FITTED_SHARES, ...FITTED_COSTS]) {
		const spec = numberSpec(id);
		parameters[id] = Number(
			(Math.round(numberInput(best.inputs, id) / spec.step) * spec.step).toFixed(6)
		);
	}
	const fitted: Inputs = { ...scenario.inputs, ...parameters };
	const years = run(fitted);
	const history: CalibrationRow[] = [];
	for (const [k, y] of years.entries()) {
		const last = k === years.length - 1;
		const row = (measure: keyof typeof observed, projected: number, fitted: boolean) =>
			history.push({ year: y.year, measure, observed: observed[measure], projected, fitted });
		row('technicalJpMet', 100 * y.technicalJpMet, last);
		row('recentSeminar', 100 * y.recentSeminar, last);
		row('index', y.index?.mean ?? NaN, true);
	}
	if (recorded.length) {
		const years = replay(fitted, roster, amountIn, scenario);
		for (const r of recorded)
			history.push({
				year: r.year,
				measure: 'recordedIndex',
				observed: r.index,
				projected: years.find((y) => y.year === r.year)?.index?.mean ?? NaN,
				fitted: true
			});
	}
	const fittedRows = history.filter((r) => r.fitted);
	// The roster is a sample of 150: each observed share is uncertain by its binomial standard
	// error. The shares that fit the observed ± 2 standard errors are the range Monte Carlo draws.
	const shareRanges = {} as Record<FittedShare, { low: number; high: number }>;
	for (const id of FITTED_SHARES) {
		const measure = SHARE_MEASURE[id];
		const p = observed[measure] / 100;
		const margin = 200 * Math.sqrt((p * (1 - p)) / roster.people.length);
		const step = numberSpec(id).step;
		shareRanges[id] = {
			low: Math.floor(solveShare(fitted, id, measure, observed[measure] - margin) / step) * step,
			high: Math.ceil(solveShare(fitted, id, measure, observed[measure] + margin) / step) * step
		};
	}
	// The last recorded budget after the roster's year (the study's 2022), spent every year.
	const laterSpent = agency.spent.filter((h) => h.year > startYear).sort((a, b) => b.year - a.year);
	const amountLater = laterSpent.length ? spentAmount(agency, laterSpent[0].year) : undefined;
	return {
		parameters,
		shareRanges,
		costLevel: best.level,
		costLevelsFitting: [
			Math.min(...fitting.map((c) => c.level)),
			Math.max(...fitting.map((c) => c.level))
		],
		history,
		residual: Math.sqrt(
			fittedRows.reduce((s, r) => s + (r.projected - r.observed) ** 2, 0) / fittedRows.length
		),
		budgets: agency.spent
			.map((h) => ({
				year: h.year,
				amount: spentAmount(agency, h.year) ?? NaN,
				share: spentShare(agency, h.year) ?? NaN,
				fitted: h.year === startYear
			}))
			.sort((a, b) => a.year - b.year),
		recorded2022:
			amountLater === undefined
				? []
				: replay(fitted, roster, amountLater, scenario).map((y) => ({
						year: y.year,
						index: y.index?.mean ?? NaN
					}))
	};
}
