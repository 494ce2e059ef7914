/**
 * View models: what each chart and card shows, as plain rows computed from a
 * scenario run. Components get these, never the engine's result.
 */
import type { ProjectionResult } from '../engine/projection';
import type { Unit } from '../engine/roster';
import type { Rulebook } from '../engine/rulebooks/rulebook';
import {
	BONTANG_AGENCY,
	ceilingFor,
	spentAmount,
	spentShare,
	type Agency,
	type ResultScope
} from '../scenario/agency';
import type { ScenarioRun } from '../scenario/runScenario';

export interface ProjectionRow {
	year: number;
	/** The band and median; null in a year nobody is measured ("no staff"): charts skip it. */
	p10: number | null;
	p50: number | null;
	p90: number | null;
	/** The baseline scenario's median, for the dashed line; null as above. */
	baseline: number | null;
	/** People holding a post (mean over draws). */
	headcount: number;
}

export interface CategoryBand {
	id: string;
	/** Lower bound (inclusive) and upper bound (exclusive, 100 for the top band). */
	min: number;
	max: number;
}

/** An IPASN result the agency recorded, as entered: an observed point on the chart. */
export interface RecordedPoint {
	year: number;
	value: number;
	scope: ResultScope;
	source: string;
}

export interface ProjectionView {
	/** The start year's index as the roster scores and the roster's size. */
	start: { year: number; value: number; headcount: number };
	/** The agency's recorded results within the chart's years. */
	recorded: RecordedPoint[];
	rows: ProjectionRow[];
	target: { value: number; year: number };
	bands: CategoryBand[];
}

export interface DimensionRow {
	year: number;
	qualification: number;
	competency: number;
	performance: number;
	discipline: number;
	/** Nobody measured this year: the points are 0 placeholders and the chart says "no staff". */
	noStaff: boolean;
}

export interface UnitRow {
	unitId: string;
	unitName: string;
	/** Fractions of the unit's staff. */
	coverageAsked: number;
	coverageFunded: number;
	/** The unit's mean index; null when nobody in it is measured ("no staff"). */
	index: number | null;
	/** People holding a post in the unit (mean over draws). */
	headcount: number;
}

export interface BudgetRow {
	year: number;
	/** 'history' = recorded by the study (2020–2021); then replay / plan years. */
	phase: 'history' | 'replay' | 'plan';
	/** Share of the ceiling, in percent. */
	sharePercent: number;
	ceiling: number;
	allocated: number;
	/** Asked and spent are known only for projected years. */
	asked: number | null;
	spent: number | null;
}

export interface HeadlineNumbers {
	targetYear: number;
	/** Median index in the target year, and its category; null when nobody is measured then. */
	index: number | null;
	category: string | null;
	/**
	 * Against the target: percent achieved and the points still missing (negative when above);
	 * null with the index.
	 */
	achievement: number | null;
	gap: number | null;
	target: number;
	/** Spending over the planning years up to the target year, Rupiah. */
	totalCost: number;
	/**
	 * Marginal cost per index point in the target year: that year's spending over the baseline's
	 * ÷ that year's median gain over the baseline's, Rupiah per point; null unless both are
	 * positive (never negative).
	 */
	costPerPoint: number | null;
	/** The target year's spending minus the baseline's, Rupiah (0 before the planning years). */
	extraSpent: number;
	/** Spending over the baseline's summed from the first planning year to the target year. */
	cumulativeExtraSpent: number;
	/** The first planning year, where the cumulative extra spending starts; null with none. */
	firstPlanYear: number | null;
	/** Null when the scenario or its baseline has nobody measured in the target year. */
	indexGainOverBaseline: number | null;
	/** People holding a post: the roster in the start year, and the mean in the target year. */
	staff: { startYear: number; start: number; target: number };
	/** Share of staff with ≥ 20 JP of development in the target year. */
	reached20Jp: number;
	/** Lowest unit's funded coverage over the highest's in the target year (NaN: nobody trained). */
	coverageEvenness: number;
}

export function projectionView(
	run: ScenarioRun,
	rulebook: Rulebook,
	agency: Agency = BONTANG_AGENCY
): ProjectionView {
	const { result, baseline } = run;
	const lastYear = result.years[result.years.length - 1]?.year ?? result.start.year;
	return {
		start: { year: result.start.year, value: result.start.index, headcount: result.people },
		recorded: agency.results
			.filter((r) => r.year >= result.start.year && r.year <= lastYear)
			.map((r) => ({ year: r.year, value: r.index, scope: r.scope, source: r.source })),
		rows: result.years.map((y, k) => ({
			year: y.year,
			p10: y.index?.p10 ?? null,
			p50: y.index?.p50 ?? null,
			p90: y.index?.p90 ?? null,
			baseline: baseline.years[k].index?.p50 ?? null,
			headcount: y.staff.headcount
		})),
		target: result.target,
		bands: categoryBands(rulebook)
	};
}

/** The rulebook's categories as bands on the 0–100 scale, highest first. */
export function categoryBands(rulebook: Rulebook): CategoryBand[] {
	return rulebook.categories.map((c, k) => ({
		id: c.id,
		min: Number.isFinite(c.min) ? c.min : 0,
		max: k === 0 ? 100 : rulebook.categories[k - 1].min
	}));
}

/** The start year and every projected year, dimension by dimension. */
export function dimensionRows(result: ProjectionResult): DimensionRow[] {
	return [
		{ year: result.start.year, ...result.start.dimensions, noStaff: false },
		...result.years.map((y) => ({ year: y.year, ...y.dimensions, noStaff: y.index === null }))
	];
}

export function unitRows(
	result: ProjectionResult,
	units: readonly Unit[],
	year: number
): UnitRow[] {
	const y = result.years.find((r) => r.year === year) ?? result.years[result.years.length - 1];
	return y.byUnit.map((u) => ({
		unitId: u.unitId,
		unitName: units.find((unit) => unit.id === u.unitId)?.name ?? u.unitId,
		coverageAsked: u.coverageAsked,
		coverageFunded: u.coverageFunded,
		index: u.index,
		headcount: u.headcount
	}));
}

/** The agency's recorded budget years before the projection, then the projected years. */
export function budgetRows(
	result: ProjectionResult,
	agency: Agency = BONTANG_AGENCY,
	ceilingGrowth = 0
): BudgetRow[] {
	const projected = new Set(result.years.map((y) => y.year));
	const history: BudgetRow[] = agency.spent
		.filter((h) => !projected.has(h.year))
		.sort((a, b) => a.year - b.year)
		.map((h) => ({
			year: h.year,
			phase: 'history',
			sharePercent: spentShare(agency, h.year, ceilingGrowth) ?? NaN,
			ceiling: ceilingFor(agency, h.year, ceilingGrowth),
			allocated: spentAmount(agency, h.year, ceilingGrowth) ?? NaN,
			asked: null,
			spent: null
		}));
	return [
		...history,
		...result.years.map((y) => ({
			year: y.year,
			phase: y.phase,
			sharePercent: y.budget.share * 100,
			ceiling: y.budget.ceiling,
			allocated: y.budget.allocated,
			asked: y.budget.asked,
			spent: y.budget.spent
		}))
	];
}

export function headlineNumbers(run: ScenarioRun): HeadlineNumbers {
	const { result, comparison } = run;
	const targetYear = Math.min(
		Math.max(result.target.year, result.years[0].year),
		result.years[result.years.length - 1].year
	);
	const k = result.years.findIndex((y) => y.year === targetYear);
	const y = result.years[k];
	const totalCost = result.years
		.slice(0, k + 1)
		.filter((r) => r.phase === 'plan')
		.reduce((sum, r) => sum + r.budget.spent, 0);
	return {
		targetYear,
		index: y.index?.p50 ?? null,
		category: y.category,
		achievement: y.achievement,
		gap: y.gapToTarget,
		target: result.target.value,
		totalCost,
		costPerPoint: comparison[k].costPerPoint,
		extraSpent: comparison[k].extraSpent,
		cumulativeExtraSpent: comparison[k].cumulativeExtraSpent,
		firstPlanYear: result.years.find((r) => r.phase === 'plan')?.year ?? null,
		indexGainOverBaseline: comparison[k].indexGain,
		staff: { startYear: result.start.year, start: result.people, target: y.staff.headcount },
		reached20Jp: y.reached20Jp,
		coverageEvenness: y.coverageEvenness
	};
}
