/**
 * A scenario measured against the baseline: what each extra Rupiah buys.
 * The baseline is a scenario too (the status quo), projected with the same seed.
 */
import type { ProjectionResult } from './projection';

export interface BaselineComparison {
	year: number;
	/** Median index minus the baseline's. */
	/** Median gain over the baseline; null when either has nobody measured that year. */
	indexGain: number | null;
	/** Spending since the first planning year minus the baseline's, Rupiah. */
	extraSpent: number;
	/** extraSpent / indexGain; null when the scenario gains nothing over the baseline. */
	costPerIndexPoint: number | null;
}

/** Gains below this are noise, not a purchase: no cost per point is reported for them. */
const MIN_GAIN = 0.005;

export function compareWithBaseline(
	scenario: ProjectionResult,
	baseline: ProjectionResult
): BaselineComparison[] {
	let extraSpent = 0;
	return scenario.years.map((year, y) => {
		const base = baseline.years[y];
		if (!base || base.year !== year.year) {
			throw new Error(`The baseline must cover the same years: ${year.year} is missing from it.`);
		}
		if (year.phase === 'plan') extraSpent += year.budget.spent - base.budget.spent;
		const indexGain = year.index && base.index ? year.index.p50 - base.index.p50 : null;
		return {
			year: year.year,
			indexGain,
			extraSpent,
			costPerIndexPoint: indexGain !== null && indexGain > MIN_GAIN ? extraSpent / indexGain : null
		};
	});
}
