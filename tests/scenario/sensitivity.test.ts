import { describe, expect, it } from 'vitest';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { INPUT_SPECS, type NumberSpec } from '../../src/lib/scenario/inputSpecs';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/scenario';
import {
	leverSpan,
	mergeSensitivity,
	sensitivity,
	type SensitivityRow
} from '../../src/lib/scenario/sensitivity';

const roster = bontangRoster();
const scenario: Scenario = defaultScenario();
const result = sensitivity(scenario, { roster });

function sortedDescending(rows: SensitivityRow[]): boolean {
	return rows.every((row, i) => i === 0 || rows[i - 1].swing >= row.swing);
}

describe('sensitivity', () => {
	it("has runScenario's index in the target year as its base", () => {
		const run = runScenario(scenario, { roster });
		const year = run.result.years.find((y) => y.year === result.year)!;
		// The default target year: the first planning year (2027 on the tests' today) + 2.
		expect(result.year).toBe(2029);
		expect(result.base).toBe(year.index!.p50);
		expect(result.noStaff).toEqual([]);
	});

	it('gives finite ends and swings, sorted by swing, for assumptions and levers apart', () => {
		expect(result.assumptions.length).toBeGreaterThan(0);
		expect(result.levers.length).toBeGreaterThan(0);
		for (const row of [...result.assumptions, ...result.levers]) {
			expect(Number.isFinite(row.low.index), row.id).toBe(true);
			expect(Number.isFinite(row.high.index), row.id).toBe(true);
			expect(row.swing).toBeCloseTo(Math.abs(row.high.index - row.low.index), 12);
			expect(row.low.value).toBeLessThanOrEqual(row.high.value);
		}
		expect(result.assumptions.every((r) => r.kind === 'assumption')).toBe(true);
		expect(result.levers.every((r) => r.kind === 'lever')).toBe(true);
		expect(sortedDescending(result.assumptions)).toBe(true);
		expect(sortedDescending(result.levers)).toBe(true);
	});

	it('uses the plausible range of each assumption', () => {
		const effect = result.assumptions.find((r) => r.id === 'effectTechnical')!;
		expect(effect.low.value).toBe(0.31);
		expect(effect.high.value).toBe(0.8);
		expect(effect.high.index).toBeGreaterThan(effect.low.index);
	});

	it('finds more budget no worse than less (a monotone lever)', () => {
		const share = result.levers.find((r) => r.id === 'trainingBudgetShare')!;
		expect(share.low.value).toBeLessThan(share.high.value);
		expect(share.high.index).toBeGreaterThanOrEqual(share.low.index);
	});

	it('skips assumptions with no range and levers that set the horizon or target', () => {
		const ids = new Set([...result.assumptions, ...result.levers].map((r) => r.id));
		const noRange = INPUT_SPECS.filter(
			(s) => s.kind === 'assumption' && (s.type !== 'number' || !s.range)
		);
		expect(noRange.length).toBeGreaterThan(0);
		for (const spec of noRange) expect(ids.has(spec.id), spec.id).toBe(false);
		for (const id of ['endYear', 'firstPlanningYear', 'targetIndex', 'targetYear', 'fundingRule'])
			expect(ids.has(id), id).toBe(false);
	});

	it('spans a lever ±50 % of its value, at least ±10 % of min–max, on its step, inside min–max', () => {
		const spec = (id: string) => INPUT_SPECS.find((s) => s.id === id) as NumberSpec;
		expect(leverSpan(spec('coverage'), 50)).toEqual({ low: 25, high: 75 });
		expect(leverSpan(spec('studyAssignments'), 0)).toEqual({ low: 0, high: 2 });
		expect(leverSpan(spec('trainingBudgetShare'), 2)).toEqual({ low: 1, high: 3 });
		expect(leverSpan(spec('trainingBudgetShare'), 0.69)).toEqual({ low: 0.19, high: 1.19 });
		expect(leverSpan(spec('coverage'), 90)).toEqual({ low: 45, high: 100 });
	});

	it('sets a lever uniformly, overriding per-year values', () => {
		const withYears: Scenario = {
			...scenario,
			inputs: { 'trainingBudgetShare.2027': 3, 'trainingBudgetShare.2028': 3 }
		};
		const varied = sensitivity(withYears, { roster, year: 2029 });
		const share = varied.levers.find((r) => r.id === 'trainingBudgetShare')!;
		const plain = result.levers.find((r) => r.id === 'trainingBudgetShare')!;
		expect(share.low).toEqual(plain.low);
		expect(share.high).toEqual(plain.high);
		expect(varied.base).not.toBe(result.base);
	});

	it('clamps the year to the horizon and reports progress', () => {
		const seen: number[] = [];
		const late = sensitivity(scenario, { roster, year: 2099, onProgress: (d) => seen.push(d) });
		expect(late.year).toBe(2030);
		const rows = late.assumptions.length + late.levers.length;
		expect(seen).toEqual(Array.from({ length: 1 + 2 * rows }, (_, i) => i + 1));
	});

	it('with draws, uses the median and the same seed: deterministic across runs', () => {
		const a = sensitivity(scenario, { roster, draws: 4 });
		const b = sensitivity(scenario, { roster, draws: 4 });
		expect(a).toEqual(b);
		const run = runScenario(scenario, { roster, draws: 4 });
		expect(a.base).toBe(run.result.years.find((y) => y.year === a.year)!.index!.p50);
		for (const row of [...a.assumptions, ...a.levers]) {
			expect(Number.isFinite(row.low.index) && Number.isFinite(row.high.index), row.id).toBe(true);
		}
	});
});

describe('sensitivity in parts (several workers)', () => {
	it('gives, merged, exactly the one-run result, for any number of parts', () => {
		const scenario = defaultScenario();
		const whole = sensitivity(scenario);
		for (const of of [2, 3, 4]) {
			const parts = Array.from({ length: of }, (_, index) =>
				sensitivity(scenario, { part: { index, of } })
			);
			expect(parts.reduce((n, p) => n + p.assumptions.length + p.levers.length, 0)).toBe(
				whole.assumptions.length + whole.levers.length
			);
			expect(mergeSensitivity(parts)).toEqual(whole);
		}
	});
});

describe('sensitivity of the assumptions only (the planner\u2019s drivers)', () => {
	it('gives the same assumption rows and no lever rows', () => {
		const whole = sensitivity(defaultScenario());
		const assumptionsOnly = sensitivity(defaultScenario(), { levers: false });
		expect(assumptionsOnly.levers).toEqual([]);
		expect(assumptionsOnly.assumptions).toEqual(whole.assumptions);
	});
});
