/**
 * The years of a projection as rows for tables (index band, category, Rupiah), and spending
 * summed over one stated period. Compare sums every scenario over the same period, so a
 * scenario with a later target year is not made to look dearer by counting more years.
 */
import type { ProjectionResult } from '../../engine/projection';

/** The budget years a total covers, both included. */
export interface CostPeriod {
	first: number;
	last: number;
}

/** One projected year, for the per-year tables and the period totals. */
export interface YearRow {
	year: number;
	/** 'replay': the status quo continues (before the first planning year); 'plan': the scenario. */
	phase: 'replay' | 'plan';
	/** The index band; null in a year nobody is measured ("no staff"). */
	p10: number | null;
	p50: number | null;
	p90: number | null;
	/** The median's category id; null with the index. */
	category: string | null;
	/** Rupiah: the training budget (ceiling × share) and what the plan spends of it. */
	allocated: number;
	spent: number;
	/** The baseline's (status quo's) spending that year, Rupiah. */
	baselineSpent: number;
}

/** A period's spending, Rupiah: the scenario's and its baseline's over the same years. */
export interface PeriodCost extends CostPeriod {
	/** Years of the period the projection covers (a projection ending early has fewer). */
	years: number;
	total: number;
	baselineTotal: number;
}

/** The rows of `result`, each with the baseline's spending in the same year. */
export function yearRows(result: ProjectionResult, baseline: ProjectionResult): YearRow[] {
	return result.years.map((y) => ({
		year: y.year,
		phase: y.phase,
		p10: y.index?.p10 ?? null,
		p50: y.index?.p50 ?? null,
		p90: y.index?.p90 ?? null,
		category: y.category,
		allocated: y.budget.allocated,
		spent: y.budget.spent,
		baselineSpent: baseline.years.find((b) => b.year === y.year)?.budget.spent ?? 0
	}));
}

/**
 * Spending in every year of `period` (status-quo years too: that money is spent as well), for
 * the scenario and its baseline. Does not mutate `rows`.
 */
export function periodCost(rows: readonly YearRow[], period: CostPeriod): PeriodCost {
	const within = rows.filter((r) => r.year >= period.first && r.year <= period.last);
	return {
		first: period.first,
		last: period.last,
		years: within.length,
		total: within.reduce((sum, r) => sum + r.spent, 0),
		baselineTotal: within.reduce((sum, r) => sum + r.baselineSpent, 0)
	};
}

/** "2027–2030", or "2030" for a single year; `year` formats a year in the page's language. */
export function periodText(period: CostPeriod, year: (y: number) => string): string {
	return period.first === period.last
		? year(period.last)
		: `${year(period.first)}–${year(period.last)}`;
}
