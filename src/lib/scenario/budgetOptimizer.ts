/**
 * The best use of a given budget: the coverage per unit and the training mix that maximise the
 * projected index in the target year at the scenario's own budget share, so at the same cost.
 *
 * Realistic ranges: every optimised lever stays inside a range the planner sees and may edit
 * (`realisticRanges`): coverage per unit from a floor (40 %: the study found Bimtek reaching
 * units unevenly) to 100 %; the out-of-town share from the share of training no local provider
 * offers (the `outOfTownMinimum` assumption) to 100 %; matched to duties up to 80 %; seminar
 * coverage 0–100 %. Without them the search exploits the model (e.g. all training in town).
 *
 * Method: coordinate ascent on an integer grid (steps of 20, 10, then 5 percentage points), on
 * the deterministic projection (draws 0). The levers are `coverage.<unitId>` for every unit,
 * `outOfTownShare`, `matchedToDuties` and, unless turned off, `seminarCoverage`. Moves are one
 * lever up or down by a step, and a step of coverage moved from one unit to another (which a
 * binding budget needs: raising one unit alone only dilutes the others' pro-rata share). Big
 * steps come first because places are funded whole: under a binding budget five points of a
 * 27-person unit is often less than one funded place, so small steps alone stall with some
 * units at their floor. Then a guided phase moves coverage towards the unit the marginal-gain
 * table ranks first (the same measure the planner reads), from the units it ranks last, so the
 * allocation agrees with the table wherever the index agrees. A move is taken when it raises
 * the target-year index, or keeps it and spends more of the allocation (the share is fixed, so
 * money left unspent buys nothing). The search starts from the current plan (brought inside the
 * ranges), so when the current plan is inside them the result is never worse than it.
 *
 * The number reported is the planner's: with `reportDraws` (the planner's 200), the current and
 * the optimised plan are projected once more with that many draws and the scenario's seed, and
 * the target year's median is reported, exactly as the planner shows the opened plan. Should the
 * optimised plan come out lower than the current one in that measure, the current plan is
 * returned unchanged.
 *
 * No staff: a plan whose target year has nobody measured has no index; it never counts as
 * better than a plan with one (never as an index of 0). When the current plan has nobody
 * measured in the target year there is nothing to optimise, and the optimiser says so.
 * Marginal gains whose projections have nobody measured are left out.
 *
 * The budget share is untouched, so the budget allocated over the planning years is the
 * current plan's; the engine never spends more than it allocates (checked all the same).
 *
 * Marginal gains say what the next Rp 100 million would buy in each use: at the optimised plan
 * with the budget share raised to its maximum (so every place asked is funded and a change
 * costs exactly its places), one lever is raised by a step and Δindex / Δspend × 1e8 is
 * measured (where a lever is at its maximum it is lowered instead).
 *
 * Pure TypeScript: no DOM, no Node APIs.
 */
import { project, type ProjectionResult } from '../engine/projection';
import type { Roster } from '../engine/roster';
import { resolveScenario } from './resolve';
import { specFor, type Text } from './inputSpecs';
import { numberInput, type Inputs, type Scenario } from './scenario';

/** The levers the optimiser moves; `coverage` stands for every unit's `coverage.<unitId>`. */
export const RANGE_KEYS = [
	'coverage',
	'outOfTownShare',
	'matchedToDuties',
	'seminarCoverage'
] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];

/** A lever's allowed values, percent, both ends included. */
export interface LeverRange {
	min: number;
	max: number;
}

/** One optimised lever's realistic range, with the limits it may be edited within and why. */
export interface RealisticRange {
	key: RangeKey;
	/** The default range. */
	range: LeverRange;
	/** The widest range the planner may set (the lever's spec; out of town: from the minimum). */
	limits: LeverRange;
	/** Why the default range, in one line. */
	reason: Text;
}

/** Default coverage floor per unit, percent. */
export const DEFAULT_COVERAGE_FLOOR = 40;
/** Out-of-town share no local provider covers, percent, until the assumption exists. */
export const FALLBACK_OUT_OF_TOWN_MINIMUM = 60;
/** Matched to duties above this is not realistic unless the planner says so, percent. */
export const DEFAULT_MATCHED_MAXIMUM = 80;

/** The share of technical training no local provider offers (the `outOfTownMinimum` assumption). */
export function outOfTownMinimum(inputs: Inputs): number {
	const spec = specFor('outOfTownMinimum');
	return spec && spec.type === 'number'
		? numberInput(inputs, 'outOfTownMinimum')
		: FALLBACK_OUT_OF_TOWN_MINIMUM;
}

function specLimits(id: string): LeverRange {
	const spec = specFor(id);
	return spec && spec.type === 'number' ? { min: spec.min, max: spec.max } : { min: 0, max: 100 };
}

/**
 * The realistic range of every optimised lever for `scenario`, in `RANGE_KEYS` order (seminar
 * coverage left out when `seminar` is false).
 */
export function realisticRanges(scenario: Scenario, seminar = true): RealisticRange[] {
	const minimum = Math.ceil(outOfTownMinimum(scenario.inputs));
	const out = specLimits('outOfTownShare');
	const ranges: RealisticRange[] = [
		{
			key: 'coverage',
			range: { min: DEFAULT_COVERAGE_FLOOR, max: 100 },
			limits: specLimits('coverage'),
			reason: {
				id: 'Kajian: Bimtek belum merata, jadi tiap unit mendapat paling sedikit batas ini; paling banyak seluruh pegawai unit.',
				en: "The study found Bimtek uneven, so every unit gets at least this floor; at most all of a unit's staff."
			}
		},
		{
			key: 'outOfTownShare',
			range: { min: Math.max(out.min, minimum), max: out.max },
			limits: { min: Math.max(out.min, minimum), max: out.max },
			reason: {
				id: `Tidak kurang dari pelatihan tanpa penyedia lokal (${minimum} %, asumsi "Pelatihan tanpa penyedia lokal").`,
				en: `Never below the training no local provider offers (${minimum} %, the "no local provider" assumption).`
			}
		},
		{
			key: 'matchedToDuties',
			range: { min: specLimits('matchedToDuties').min, max: DEFAULT_MATCHED_MAXIMUM },
			limits: specLimits('matchedToDuties'),
			reason: {
				id: `Kajian: peserta sering tidak sesuai tupoksi; lebih dari ${DEFAULT_MATCHED_MAXIMUM} % tidak realistis kecuali Anda menaikkannya.`,
				en: `The study found trainees often off their duties; above ${DEFAULT_MATCHED_MAXIMUM} % is not realistic unless you raise it.`
			}
		},
		{
			key: 'seminarCoverage',
			range: specLimits('seminarCoverage'),
			limits: specLimits('seminarCoverage'),
			reason: {
				id: 'Seminar/workshop dapat dari nol sampai seluruh pegawai.',
				en: 'Seminars and workshops can reach anyone from nobody to all staff.'
			}
		}
	];
	return seminar ? ranges : ranges.filter((r) => r.key !== 'seminarCoverage');
}

/** Why a range cannot be used, in both languages; null when it can. */
export function rangeProblem(range: LeverRange, limits: LeverRange): Text | null {
	const { min, max } = range;
	if (!Number.isFinite(min) || !Number.isFinite(max)) {
		return { id: 'Isi batas bawah dan atas.', en: 'Fill in both the minimum and the maximum.' };
	}
	if (!Number.isInteger(min) || !Number.isInteger(max)) {
		return { id: 'Gunakan bilangan bulat.', en: 'Use whole numbers.' };
	}
	if (min < limits.min || max > limits.max) {
		return {
			id: `Batas harus di antara ${limits.min} dan ${limits.max} %.`,
			en: `Limits must be between ${limits.min} and ${limits.max} %.`
		};
	}
	if (min > max) {
		return {
			id: 'Batas bawah tidak boleh melebihi batas atas.',
			en: 'The minimum must not exceed the maximum.'
		};
	}
	return null;
}

export interface OptimiseOptions {
	/** Minimum coverage (percent) for every unit; `ranges.coverage` takes precedence. */
	floor?: number;
	/** Only 0 is supported: the search uses the deterministic projection. */
	draws?: 0;
	/**
	 * Draws behind the reported index: the planner's (200) so the number is the one the planner
	 * shows for the opened plan; 0 (default) reports the deterministic projection.
	 */
	reportDraws?: number;
	/** Ranges replacing the defaults of `realisticRanges`, by lever. */
	ranges?: Partial<Record<RangeKey, LeverRange>>;
	roster?: Roster;
	/** Also optimise the seminar coverage (default true). */
	seminar?: boolean;
	/** Upper bound on projections for the search (default 400). */
	maxEvaluations?: number;
}

/** One input changed by the optimiser. */
export interface PlanChange {
	id: string;
	before: number;
	after: number;
}

/** What the next Rp 100 million buys, spent on one lever. */
export interface MarginalGain {
	/** The input moved (e.g. `coverage.aset`, `seminarCoverage`). */
	id: string;
	/** The unit, for a unit's coverage. */
	unitId?: string;
	from: number;
	to: number;
	/** Change in the target-year index. */
	deltaIndex: number;
	/** Change in spending over the planning years, Rupiah. */
	deltaSpend: number;
	/** Index points per Rp 100 million (0 when the spend does not change). */
	perRp100m: number;
}

export interface BudgetOptimisation {
	targetYear: number;
	/** The coverage floor (the lower end of the coverage range). */
	floor: number;
	/** The ranges the search kept to, by lever. */
	ranges: Partial<Record<RangeKey, LeverRange>>;
	/** False when the current plan has a lever outside its range (then the result may be lower). */
	currentMeetsFloor: boolean;
	/** The optimised levers' values. */
	plan: Record<string, number>;
	/** The scenario with the optimised levers. */
	scenario: Scenario;
	changes: PlanChange[];
	/** Draws behind `index` and `spend` (0: the deterministic projection). */
	draws: number;
	/** The target year's median index, as the planner shows it with `draws`. */
	index: { before: number; after: number };
	/** Spending over the planning years, Rupiah. */
	spend: { before: number; after: number };
	/** Budget allocated over the planning years (the same before and after), Rupiah. */
	allocated: number;
	/** Projections run by the search. */
	evaluations: number;
	marginal: { byUnit: MarginalGain[]; byType: MarginalGain[] };
}

interface Evaluation {
	/** The target year's median index; null when nobody is measured then. */
	index: number | null;
	spend: number;
	allocated: number;
}

const EPSILON = 1e-9;
const STEPS = [20, 10, 5];
const GUIDED_STEPS = [5, 10, 15, 20, 30];
const GUIDED_ROUNDS = 4;
const MARGINAL_PERCENT_STEP = 10;
const MARGINAL_TYPES = [
	'outOfTownShare',
	'seminarCoverage',
	'functionalTrainingCoverage',
	'leadershipPlaces',
	'studyAssignments',
	'cadreSchoolPlaces'
] as const;

function withInputs(scenario: Scenario, values: Record<string, number>): Scenario {
	return { ...scenario, inputs: { ...scenario.inputs, ...values } };
}

/** The target year as the planner's headline takes it: clamped to the projected years. */
function targetYearOf(result: ProjectionResult) {
	const first = result.years[0].year;
	const last = result.years[result.years.length - 1].year;
	const year = Math.min(Math.max(result.target.year, first), last);
	return result.years.find((y) => y.year === year)!;
}

function measure(result: ProjectionResult): Evaluation {
	const plan = result.years.filter((y) => y.phase === 'plan');
	return {
		index: targetYearOf(result).index?.p50 ?? null,
		spend: plan.reduce((s, y) => s + y.budget.spent, 0),
		allocated: plan.reduce((s, y) => s + y.budget.allocated, 0)
	};
}

/**
 * `a` is better than `b`: a higher index, or the same spending more of the allocation (the
 * share is fixed: money left unspent buys nothing). No index loses to any index.
 */
function better(a: Evaluation, b: Evaluation): boolean {
	if (a.index === null) return false;
	if (b.index === null) return true;
	return a.index > b.index + EPSILON || (a.index > b.index - EPSILON && a.spend > b.spend + 0.5);
}

/** Thrown when the target year has nobody measured: there is no index to optimise. */
export class NoStaffError extends Error {
	constructor(readonly year: number) {
		super(`Nobody is measured in ${year} (no staff): there is no index to optimise.`);
		this.name = 'NoStaffError';
	}
}

/** The ranges to keep to: the defaults, replaced by the caller's; throws on an unusable one. */
function chosenRanges(scenario: Scenario, options: OptimiseOptions): Map<RangeKey, LeverRange> {
	const chosen = new Map<RangeKey, LeverRange>();
	for (const r of realisticRanges(scenario, options.seminar !== false)) {
		const floor =
			r.key === 'coverage' && options.floor !== undefined
				? { min: Math.max(0, Math.min(100, Math.ceil(options.floor))), max: r.range.max }
				: r.range;
		const range = options.ranges?.[r.key] ?? floor;
		const problem = rangeProblem(range, r.limits);
		if (problem) throw new RangeError(`${r.key}: ${problem.en} (got ${range.min}–${range.max})`);
		chosen.set(r.key, range);
	}
	return chosen;
}

/**
 * Finds the coverage per unit and training mix with the highest target-year index at the
 * scenario's own budget, every lever inside its realistic range.
 *
 * @example optimiseBudget(defaultScenario(), { floor: 40 }).changes // [{ id: 'coverage.aset', … }]
 */
export function optimiseBudget(
	scenario: Scenario,
	options: OptimiseOptions = {}
): BudgetOptimisation {
	const resolveOptions = { roster: options.roster, draws: 0 };
	const roster = resolveScenario(scenario, resolveOptions).roster;
	const run = (s: Scenario) => project(resolveScenario(s, { ...resolveOptions, roster }));
	const maxEvaluations = options.maxEvaluations ?? 400;
	const ranges = chosenRanges(scenario, options);
	const floor = ranges.get('coverage')!.min;

	const unitIds = roster.units.map((u) => u.id);
	const coverageIds = unitIds.map((u) => `coverage.${u}`);
	const mixIds = RANGE_KEYS.filter((k) => k !== 'coverage' && ranges.has(k)) as string[];
	const ids = [...coverageIds, ...mixIds];
	const bounds = new Map<string, [number, number]>(
		ids.map((id) => {
			const r = ranges.get((coverageIds.includes(id) ? 'coverage' : id) as RangeKey)!;
			return [id, [r.min, r.max]];
		})
	);
	const current: Record<string, number> = Object.fromEntries(
		ids.map((id) => [id, numberInput(scenario.inputs, id)])
	);
	const currentMeetsFloor = ids.every((id) => {
		const [lo, hi] = bounds.get(id)!;
		return current[id] >= lo && current[id] <= hi;
	});
	const baseRun = run(scenario);
	const before = measure(baseRun);
	const beforeIndex = before.index;
	if (beforeIndex === null) throw new NoStaffError(targetYearOf(baseRun).year);

	const cache = new Map<string, Evaluation>();
	let evaluations = 0;
	const evaluate = (values: Record<string, number>): Evaluation => {
		const key = ids.map((id) => values[id]).join(',');
		let e = cache.get(key);
		if (!e) {
			e = measure(run(withInputs(scenario, values)));
			evaluations++;
			cache.set(key, e);
		}
		return e;
	};
	const inBudget = (e: Evaluation) => e.spend <= before.allocated + 0.5;

	const start: Record<string, number> = Object.fromEntries(
		ids.map((id) => {
			const [lo, hi] = bounds.get(id)!;
			return [id, Math.min(hi, Math.max(lo, Math.round(current[id])))];
		})
	);
	let plan = start;
	let best = evaluate(plan);

	/** The plan with `move` applied inside the bounds; null when nothing changes. */
	const apply = (move: ReadonlyArray<readonly [string, number]>) => {
		const candidate = { ...plan };
		for (const [id, delta] of move) {
			const [lo, hi] = bounds.get(id)!;
			candidate[id] = Math.min(hi, Math.max(lo, candidate[id] + delta));
		}
		return ids.some((id) => candidate[id] !== plan[id]) ? candidate : null;
	};
	const take = (candidate: Record<string, number> | null): boolean => {
		if (!candidate || evaluations >= maxEvaluations) return false;
		const e = evaluate(candidate);
		if (!inBudget(e) || !better(e, best)) return false;
		plan = candidate;
		best = e;
		return true;
	};

	const ascend = (steps: readonly number[]) => {
		for (const step of steps) {
			const moves: Array<Array<[string, number]>> = [];
			for (const id of ids) moves.push([[id, step]], [[id, -step]]);
			for (const a of coverageIds)
				for (const b of coverageIds)
					if (a !== b)
						moves.push([
							[a, step],
							[b, -step]
						]);
			let improved = true;
			while (improved && evaluations < maxEvaluations) {
				improved = false;
				for (const move of moves) if (take(apply(move))) improved = true;
			}
		}
	};

	// Towards the unit the marginal-gain table ranks first, from those it ranks last.
	const guided = () => {
		for (let round = 0; round < GUIDED_ROUNDS; round++) {
			if (evaluations + unitIds.length + 1 >= maxEvaluations) return;
			const gains = gainsAt(withInputs(scenario, plan), run, unitIds, false);
			evaluations += gains.runs;
			const ranked = [...gains.byUnit].sort((a, b) => b.perRp100m - a.perRp100m);
			let moved = false;
			for (const top of ranked.slice(0, 2)) {
				if (moved || top.perRp100m <= 0 || plan[top.id] >= bounds.get(top.id)![1]) continue;
				let bestMove: Record<string, number> | null = null;
				let bestEval = best;
				for (const k of GUIDED_STEPS) {
					const moves: Array<Array<[string, number]>> = [[[top.id, k]]];
					for (const donor of [...ranked].reverse())
						if (donor.id !== top.id && donor.perRp100m < top.perRp100m)
							moves.push([
								[top.id, k],
								[donor.id, -k]
							]);
					for (const move of moves) {
						const candidate = apply(move);
						if (!candidate || evaluations >= maxEvaluations) continue;
						const e = evaluate(candidate);
						if (inBudget(e) && better(e, bestEval)) {
							bestMove = candidate;
							bestEval = e;
						}
					}
				}
				if (bestMove) {
					plan = bestMove;
					best = bestEval;
					moved = true;
				}
			}
			if (!moved) return;
			ascend([5]);
		}
	};

	ascend(STEPS);
	guided();

	// `better` never takes a plan without an index over one with, and the start plan has one.
	const bestIndex = best.index;
	if (bestIndex === null) throw new NoStaffError(numberInput(scenario.inputs, 'targetYear'));
	if (currentMeetsFloor && bestIndex < beforeIndex - EPSILON) {
		throw new Error('The optimised plan is worse than the current plan: this is a bug.');
	}
	if (best.spend > before.allocated + 0.5) {
		throw new Error('The optimised plan spends more than the current allocation: this is a bug.');
	}

	const optimisedOf = (values: Record<string, number>) => {
		const changed = ids.filter((id) => values[id] !== current[id]);
		return {
			changed,
			scenario: withInputs(scenario, Object.fromEntries(changed.map((id) => [id, values[id]])))
		};
	};
	let optimised = optimisedOf(plan);

	// The reported numbers: the planner's, for the current plan and the opened one.
	const draws = Math.max(0, Math.floor(options.reportDraws ?? 0));
	const report = (s: Scenario, fallback: Evaluation) =>
		draws === 0 ? fallback : measure(project(resolveScenario(s, { roster, draws })));
	const reportedBefore = report(scenario, before);
	let reportedAfter = report(optimised.scenario, best);
	if (
		currentMeetsFloor &&
		reportedBefore.index !== null &&
		(reportedAfter.index ?? -Infinity) < reportedBefore.index - EPSILON
	) {
		// Better deterministically but not at the planner's median: keep the current plan.
		plan = { ...current };
		best = before;
		optimised = optimisedOf(plan);
		reportedAfter = reportedBefore;
	}
	if (reportedBefore.index === null || reportedAfter.index === null) {
		throw new NoStaffError(targetYearOf(baseRun).year);
	}

	return {
		targetYear: numberInput(scenario.inputs, 'targetYear'),
		floor,
		ranges: Object.fromEntries(ranges),
		currentMeetsFloor,
		plan,
		scenario: optimised.scenario,
		changes: optimised.changed.map((id) => ({ id, before: current[id], after: plan[id] })),
		draws,
		index: { before: reportedBefore.index, after: reportedAfter.index },
		spend: { before: reportedBefore.spend, after: reportedAfter.spend },
		allocated: before.allocated,
		evaluations,
		marginal: marginalGains(optimised.scenario, run, unitIds)
	};
}

/**
 * Marginal gains at `scenario` with the budget share at its maximum (every place funded). A
 * lever whose projections leave nobody measured in the target year is left out.
 */
export function marginalGains(
	scenario: Scenario,
	run: (s: Scenario) => ProjectionResult,
	unitIds: readonly string[]
): { byUnit: MarginalGain[]; byType: MarginalGain[] } {
	const { byUnit, byType } = gainsAt(scenario, run, unitIds, true);
	return { byUnit, byType };
}

/** The marginal gains by unit, and by type when `types`, with the projections they took. */
function gainsAt(
	scenario: Scenario,
	run: (s: Scenario) => ProjectionResult,
	unitIds: readonly string[],
	types: boolean
): { byUnit: MarginalGain[]; byType: MarginalGain[]; runs: number } {
	const shareSpec = specFor('trainingBudgetShare');
	const maxShare = shareSpec && shareSpec.type === 'number' ? shareSpec.max : 5;
	const inputs: Inputs = Object.fromEntries(
		Object.entries(scenario.inputs).filter(([id]) => !id.startsWith('trainingBudgetShare.'))
	);
	inputs.trainingBudgetShare = maxShare;
	const relaxed: Scenario = { ...scenario, inputs };
	const base = measure(run(relaxed));
	let runs = 1;

	/** One lever's gain; null when either projection has nobody measured (left out, not 0). */
	const gain = (id: string, step: number, unitId?: string): MarginalGain | null => {
		const spec = specFor(id);
		const max = spec && spec.type === 'number' ? spec.max : 100;
		const value = numberInput(inputs, id);
		const up = value + step <= max;
		const from = up ? value : Math.max(0, value - step);
		const to = up ? value + step : value;
		const other = measure(run({ ...relaxed, inputs: { ...inputs, [id]: up ? to : from } }));
		runs++;
		if (base.index === null || other.index === null) return null;
		const deltaIndex = up ? other.index - base.index : base.index - other.index;
		const deltaSpend = up ? other.spend - base.spend : base.spend - other.spend;
		const perRp100m = Math.abs(deltaSpend) >= 1 ? (deltaIndex / deltaSpend) * 1e8 : 0;
		return { id, ...(unitId ? { unitId } : {}), from, to, deltaIndex, deltaSpend, perRp100m };
	};

	const present = (g: MarginalGain | null): g is MarginalGain => g !== null;
	const byUnit = unitIds
		.map((u) => gain(`coverage.${u}`, MARGINAL_PERCENT_STEP, u))
		.filter(present);
	const byType = types
		? MARGINAL_TYPES.map((id) => {
				const spec = specFor(id);
				const step =
					spec && spec.type === 'number' && spec.unit === 'percent' ? MARGINAL_PERCENT_STEP : 1;
				return gain(id, step);
			}).filter(present)
		: [];
	return { byUnit, byType, runs };
}
