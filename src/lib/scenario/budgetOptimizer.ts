/**
 * The best use of a given budget: the coverage per unit and the training mix that maximise the
 * projected index in the target year at the scenario's own budget share, so at the same cost.
 *
 * Method: coordinate ascent on an integer grid (steps of 10 percentage points, then 5), on the
 * deterministic projection (draws 0). The levers are `coverage.<unitId>` for every unit,
 * `outOfTownShare` and, unless turned off, `seminarCoverage`. Moves are one lever up or down
 * by a step, and a step of coverage moved from one unit to another (which a binding budget
 * needs: raising one unit alone only dilutes the others' pro-rata share). A move is taken
 * when it raises the target-year index, or keeps it and spends less. The search starts from
 * the current plan (raised to the floor, if any), so when the current plan meets the floor
 * the result is never worse than it; this is asserted.
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
import { specFor } from './inputSpecs';
import { numberInput, type Inputs, type Scenario } from './scenario';

export interface OptimiseOptions {
	/** Minimum coverage (percent) for every unit. */
	floor?: number;
	/** Only 0 is supported: the search uses the deterministic projection. */
	draws?: 0;
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
	floor: number;
	/** False when the current plan has a unit below the floor (then the result may be lower). */
	currentMeetsFloor: boolean;
	/** The optimised levers' values. */
	plan: Record<string, number>;
	/** The scenario with the optimised levers. */
	scenario: Scenario;
	changes: PlanChange[];
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
	/** The target year's mean index; null when nobody is measured then. */
	index: number | null;
	spend: number;
	allocated: number;
}

const EPSILON = 1e-9;
const STEPS = [10, 5];
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

function measure(result: ProjectionResult): Evaluation {
	const plan = result.years.filter((y) => y.phase === 'plan');
	const target =
		result.years.find((y) => y.year === result.target.year) ??
		result.years[result.years.length - 1];
	return {
		index: target ? (target.index?.mean ?? null) : result.start.index,
		spend: plan.reduce((s, y) => s + y.budget.spent, 0),
		allocated: plan.reduce((s, y) => s + y.budget.allocated, 0)
	};
}

/** `a` is better than `b`: a higher index, or the same for less. No index loses to any index. */
function better(a: Evaluation, b: Evaluation): boolean {
	if (a.index === null) return false;
	if (b.index === null) return true;
	return a.index > b.index + EPSILON || (a.index > b.index - EPSILON && a.spend < b.spend - 0.5);
}

/** Thrown when the target year has nobody measured: there is no index to optimise. */
export class NoStaffError extends Error {
	constructor(readonly year: number) {
		super(`Nobody is measured in ${year} (no staff): there is no index to optimise.`);
		this.name = 'NoStaffError';
	}
}

/**
 * Finds the coverage per unit and training mix with the highest target-year index at the
 * scenario's own budget.
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
	const floor = Math.max(0, Math.min(100, Math.ceil(options.floor ?? 0)));
	const maxEvaluations = options.maxEvaluations ?? 400;

	const coverageIds = roster.units.map((u) => `coverage.${u.id}`);
	const mixIds =
		options.seminar === false ? ['outOfTownShare'] : ['outOfTownShare', 'seminarCoverage'];
	const ids = [...coverageIds, ...mixIds];
	const bounds = new Map<string, [number, number]>(
		ids.map((id) => [id, [coverageIds.includes(id) ? floor : 0, 100]])
	);
	const current: Record<string, number> = Object.fromEntries(
		ids.map((id) => [id, numberInput(scenario.inputs, id)])
	);
	const currentMeetsFloor = coverageIds.every((id) => current[id] >= floor);
	const baseRun = run(scenario);
	const before = measure(baseRun);
	const beforeIndex = before.index;
	if (beforeIndex === null) {
		const target =
			baseRun.years.find((y) => y.year === baseRun.target.year) ??
			baseRun.years[baseRun.years.length - 1];
		throw new NoStaffError(target.year);
	}

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

	let plan: Record<string, number> = Object.fromEntries(
		ids.map((id) => {
			const [lo, hi] = bounds.get(id)!;
			return [id, Math.min(hi, Math.max(lo, Math.round(current[id])))];
		})
	);
	let best = evaluate(plan);

	const clampMove = (values: Record<string, number>, id: string, delta: number) => {
		const [lo, hi] = bounds.get(id)!;
		values[id] = Math.min(hi, Math.max(lo, values[id] + delta));
	};
	for (const step of STEPS) {
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
			for (const move of moves) {
				if (evaluations >= maxEvaluations) break;
				const candidate = { ...plan };
				for (const [id, delta] of move) clampMove(candidate, id, delta);
				if (ids.every((id) => candidate[id] === plan[id])) continue;
				const e = evaluate(candidate);
				if (e.spend <= before.allocated + 0.5 && better(e, best)) {
					plan = candidate;
					best = e;
					improved = true;
				}
			}
		}
	}

	// `better` never takes a plan without an index over one with, and the start plan has one.
	const bestIndex = best.index;
	if (bestIndex === null) throw new NoStaffError(numberInput(scenario.inputs, 'targetYear'));
	if (currentMeetsFloor && bestIndex < beforeIndex - EPSILON) {
		throw new Error('The optimised plan is worse than the current plan: this is a bug.');
	}
	if (best.spend > before.allocated + 0.5) {
		throw new Error('The optimised plan spends more than the current allocation: this is a bug.');
	}

	const changed = ids.filter((id) => plan[id] !== current[id]);
	const optimised = withInputs(scenario, Object.fromEntries(changed.map((id) => [id, plan[id]])));
	return {
		targetYear: numberInput(scenario.inputs, 'targetYear'),
		floor,
		currentMeetsFloor,
		plan,
		scenario: optimised,
		changes: changed.map((id) => ({ id, before: current[id], after: plan[id] })),
		index: { before: beforeIndex, after: bestIndex },
		spend: { before: before.spend, after: best.spend },
		allocated: before.allocated,
		evaluations,
		marginal: marginalGains(
			optimised,
			run,
			roster.units.map((u) => u.id)
		)
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
	const shareSpec = specFor('trainingBudgetShare');
	const maxShare = shareSpec && shareSpec.type === 'number' ? shareSpec.max : 5;
	const inputs: Inputs = Object.fromEntries(
		Object.entries(scenario.inputs).filter(([id]) => !id.startsWith('trainingBudgetShare.'))
	);
	inputs.trainingBudgetShare = maxShare;
	const relaxed: Scenario = { ...scenario, inputs };
	const base = measure(run(relaxed));

	/** One lever's gain; null when either projection has nobody measured (left out, not 0). */
	const gain = (id: string, step: number, unitId?: string): MarginalGain | null => {
		const spec = specFor(id);
		const max = spec && spec.type === 'number' ? spec.max : 100;
		const value = numberInput(inputs, id);
		const up = value + step <= max;
		const from = up ? value : Math.max(0, value - step);
		const to = up ? value + step : value;
		const other = measure(run({ ...relaxed, inputs: { ...inputs, [id]: up ? to : from } }));
		if (base.index === null || other.index === null) return null;
		const deltaIndex = up ? other.index - base.index : base.index - other.index;
		const deltaSpend = up ? other.spend - base.spend : base.spend - other.spend;
		const perRp100m = Math.abs(deltaSpend) >= 1 ? (deltaIndex / deltaSpend) * 1e8 : 0;
		return { id, ...(unitId ? { unitId } : {}), from, to, deltaIndex, deltaSpend, perRp100m };
	};

	const present = (g: MarginalGain | null): g is MarginalGain => g !== null;
	return {
		byUnit: unitIds.map((u) => gain(`coverage.${u}`, MARGINAL_PERCENT_STEP, u)).filter(present),
		byType: MARGINAL_TYPES.map((id) => {
			const spec = specFor(id);
			const step =
				spec && spec.type === 'number' && spec.unit === 'percent' ? MARGINAL_PERCENT_STEP : 1;
			return gain(id, step);
		}).filter(present)
	};
}
