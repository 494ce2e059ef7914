import { describe, expect, it } from 'vitest';
import { compareWithBaseline, marginalCostPerPoint } from '../../src/lib/engine/compare';
import type { ProjectionResult } from '../../src/lib/engine/projection';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { defaultScenario } from '../../src/lib/scenario/scenario';

interface YearSpec {
	year: number;
	phase: 'replay' | 'plan';
	/** Median index; null: nobody measured. */
	p50: number | null;
	spent: number;
}

/** Only what the comparison reads: year, phase, the median and the spending. */
function projection(years: YearSpec[]): ProjectionResult {
	return {
		years: years.map((y) => ({
			year: y.year,
			phase: y.phase,
			index: y.p50 === null ? null : { mean: y.p50, p10: y.p50, p50: y.p50, p90: y.p50 },
			budget: { spent: y.spent }
		}))
	} as unknown as ProjectionResult;
}

const M = 1e6;
const YEARS = [2022, 2023, 2024, 2025, 2026];
const phaseOf = (year: number) => (year < 2023 ? 'replay' : 'plan');

/** A baseline at 70 spending Rp 500 M a year, and a scenario with the given gains and extra spending. */
function pair(gains: number[], extra: number[]) {
	const baseline = projection(
		YEARS.map((year) => ({ year, phase: phaseOf(year), p50: 70, spent: 500 * M }))
	);
	const scenario = projection(
		YEARS.map((year, k) => ({
			year,
			phase: phaseOf(year),
			p50: 70 + gains[k],
			spent: 500 * M + extra[k]
		}))
	);
	return { scenario, baseline };
}

describe('compareWithBaseline', () => {
	it('a constant plan costs the same per point each year once its gain settles; the sum is beside it, not divided', () => {
		// Rp 100 M more every planning year; the gain builds up, then holds at 2.5 points.
		const { scenario, baseline } = pair(
			[0, 1, 2, 2.5, 2.5],
			[0, 100 * M, 100 * M, 100 * M, 100 * M]
		);
		const rows = compareWithBaseline(scenario, baseline);
		expect(rows.map((r) => r.year)).toEqual(YEARS);
		expect(rows.map((r) => r.extraSpent)).toEqual([0, 100 * M, 100 * M, 100 * M, 100 * M]);
		expect(rows.map((r) => r.cumulativeExtraSpent)).toEqual([
			0,
			100 * M,
			200 * M,
			300 * M,
			400 * M
		]);
		expect(rows.map((r) => r.costPerPoint)).toEqual([null, 100 * M, 50 * M, 40 * M, 40 * M]);
		// The same gain in 2025 and 2026 at the same yearly cost: the same cost per point, although
		// one more year of spending has been summed (dividing the sum would give 120 M and 160 M).
		expect(rows[4].costPerPoint).toBe(rows[3].costPerPoint);
		expect(rows[4].costPerPoint!).toBeLessThan(rows[4].cumulativeExtraSpent / rows[4].indexGain!);
	});

	it.each([
		['a loss', [0, -1, -2, -1, -0.5], [0, 100 * M, 100 * M, 100 * M, 100 * M]],
		['no gain', [0, 0, 0, 0.001, 0], [0, 100 * M, 100 * M, 100 * M, 100 * M]],
		['less spending with a gain', [0, 1, 1, 1, 1], [0, -50 * M, -50 * M, -50 * M, -50 * M]],
		['a loss with less spending', [0, -1, -1, -1, -1], [0, -50 * M, -50 * M, -50 * M, -50 * M]],
		['the same spending with a gain', [0, 1, 1, 1, 1], [0, 0, 0, 0, 0]]
	])('%s: no cost per point (null), never a negative one', (_, gains, extra) => {
		const { scenario, baseline } = pair(gains, extra);
		for (const row of compareWithBaseline(scenario, baseline)) expect(row.costPerPoint).toBeNull();
	});

	it('a year with nobody measured on either side has no gain and no cost per point', () => {
		const { scenario, baseline } = pair([0, 1, 2, 3, 4], [0, M, M, M, M]);
		(scenario.years[2] as { index: unknown }).index = null;
		const rows = compareWithBaseline(scenario, baseline);
		expect(rows[2]).toMatchObject({ indexGain: null, costPerPoint: null, extraSpent: M });
		expect(rows[3].costPerPoint).toBeCloseTo(M / 3, 6);
	});

	it('counts extra spending only from the first planning year', () => {
		const { scenario, baseline } = pair([1, 1, 1, 1, 1], [7 * M, M, M, M, M]);
		const rows = compareWithBaseline(scenario, baseline);
		expect(rows[0]).toMatchObject({ extraSpent: 0, cumulativeExtraSpent: 0, costPerPoint: null });
		expect(rows[4].cumulativeExtraSpent).toBe(4 * M);
	});

	it('does not change its inputs', () => {
		const { scenario, baseline } = pair([0, 1, 2, 3, 4], [0, M, M, M, M]);
		const before = JSON.stringify([scenario, baseline]);
		compareWithBaseline(scenario, baseline);
		expect(JSON.stringify([scenario, baseline])).toBe(before);
	});

	it('says which year the baseline misses', () => {
		const { scenario } = pair([0, 1, 2, 3, 4], [0, M, M, M, M]);
		const short = projection([{ year: 2022, phase: 'replay', p50: 70, spent: M }]);
		expect(() => compareWithBaseline(scenario, short)).toThrow(/2023 is missing/);
	});

	it.each([
		[100, 2, 50],
		[100, 0, null],
		[100, -1, null],
		[-100, 2, null],
		[0, 2, null],
		[100, null, null]
	])('marginalCostPerPoint(%d, %s) = %s', (extra, gain, expected) => {
		expect(marginalCostPerPoint(extra, gain)).toBe(expected);
	});
});

describe('the cost per point of a real constant plan', () => {
	const scenario = defaultScenario();
	const run = runScenario(
		{ ...scenario, inputs: { ...scenario.inputs, trainingBudgetShare: 3 } },
		{ draws: 0 }
	);
	const plan = run.comparison.filter((_, k) => run.result.years[k].phase === 'plan');

	it('is marginal: that year’s extra spending ÷ that year’s gain, null or positive', () => {
		expect(plan.length).toBeGreaterThan(2);
		for (const row of plan) {
			if (row.costPerPoint === null) continue;
			expect(row.costPerPoint).toBeGreaterThan(0);
			expect(row.costPerPoint).toBeCloseTo(row.extraSpent / row.indexGain!, 3);
		}
		// Some years buy points: the metric is not always empty.
		expect(plan.some((row) => row.costPerPoint !== null)).toBe(true);
	});

	it('does not grow with the sum of earlier years’ spending', () => {
		const last = plan[plan.length - 1];
		expect(last.costPerPoint).not.toBeNull();
		expect(last.cumulativeExtraSpent).toBeGreaterThan(last.extraSpent);
		expect(last.costPerPoint!).toBeLessThan(last.cumulativeExtraSpent / last.indexGain!);
	});
});
