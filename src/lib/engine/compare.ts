/**
 * A scenario measured against the baseline: what each extra Rupiah buys.
 * The baseline is a scenario too (the status quo), projected with the same seed.
 *
 * The cost per index point is marginal and per year: that year's extra spending over the
 * baseline divided by that year's median gain over the baseline. Dividing the spending summed
 * since the first planning year by one year's gain instead would make a constant plan look
 * dearer every year (the sum grows, the gain does not), so the sum is reported beside it as
 * the cumulative extra spending, never divided.
 */
import type { ProjectionResult } from './projection';

export interface BaselineComparison {
	year: number;
	/** Median index minus the baseline's; null when either has nobody measured that year. */
	indexGain: number | null;
	/** This year's spending minus the baseline's this year, Rupiah (0 before the planning years). */
	extraSpent: number;
	/** Extra spending over the baseline summed from the first planning year to this year, Rupiah. */
	cumulativeExtraSpent: number;
	/**
	 * Marginal cost per index point this year: `extraSpent / indexGain`, Rupiah per point. Null
	 * unless both are positive (no gain, a loss, or no extra spending: nothing was bought).
	 */
	costPerPoint: number | null;
}

/** Gains below this are noise, not a purchase: no cost per point is reported for them. */
const MIN_GAIN = 0.005;
/** Extra spending below one Rupiah is rounding, not a purchase. */
const MIN_SPENT = 1;

/** The marginal cost per point, or null unless the spending and the gain are both positive. */
export function marginalCostPerPoint(extraSpent: number, indexGain: number | null): number | null {
	if (indexGain === null || !(indexGain > MIN_GAIN) || !(extraSpent >= MIN_SPENT)) return null;
	return extraSpent / indexGain;
}

/**
 * Each projected year of `scenario` against the same year of `baseline` (same years, same
 * seed). Throws when the baseline misses one of the scenario's years.
 */
export function compareWithBaseline(
	scenario: ProjectionResult,
	baseline: ProjectionResult
): BaselineComparison[] {
	let cumulativeExtraSpent = 0;
	return scenario.years.map((year, y) => {
		const base = baseline.years[y];
		if (!base || base.year !== year.year) {
			throw new Error(`The baseline must cover the same years: ${year.year} is missing from it.`);
		}
		const extraSpent = year.phase === 'plan' ? year.budget.spent - base.budget.spent : 0;
		cumulativeExtraSpent += extraSpent;
		const indexGain = year.index && base.index ? year.index.p50 - base.index.p50 : null;
		return {
			year: year.year,
			indexGain,
			extraSpent,
			cumulativeExtraSpent,
			costPerPoint: marginalCostPerPoint(extraSpent, indexGain)
		};
	});
}
