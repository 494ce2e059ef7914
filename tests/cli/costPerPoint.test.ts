/**
 * `npm run sim -- project --json` carries each year's marginal cost per index point
 * (`years[].costPerPoint`) and the extra spending over the baseline, per year and cumulative.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runAll, type Run } from './runCli';

interface YearJson {
	year: number;
	phase: 'replay' | 'plan';
	index: { p50: number } | null;
	baselineIndex: number | null;
	indexGain: number | null;
	budget: { spent: number };
	costPerPoint: number | null;
	extraSpent: number;
	cumulativeExtraSpent: number;
}

let runs: Record<'statusQuo' | 'constant' | 'less' | 'csv', Run>;

beforeAll(async () => {
	runs = await runAll({
		statusQuo: ['project', '--json'],
		constant: ['project', '--set', 'trainingBudgetShare=3', '--json'],
		less: ['project', '--set', 'trainingBudgetShare=0.2', '--json'],
		csv: ['project', '--set', 'trainingBudgetShare=3', '--csv']
	});
}, 60_000);

function years(run: Run): YearJson[] {
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
	return JSON.parse(run.stdout).years;
}

describe('project --json: cost per index point', () => {
	it.each(['statusQuo', 'constant', 'less'] as const)(
		'%s: every year has costPerPoint, a positive number or null, never negative',
		(name) => {
			for (const y of years(runs[name])) {
				expect(y).toHaveProperty('costPerPoint');
				expect(y).toHaveProperty('cumulativeExtraSpent');
				if (y.costPerPoint === null) continue;
				expect(y.costPerPoint).toBeGreaterThan(0);
				// Marginal: this year's extra spending ÷ this year's gain.
				expect(y.costPerPoint).toBeCloseTo(y.extraSpent / y.indexGain!, 3);
			}
		}
	);

	it('a constant plan: the last year does not divide the sum of earlier years', () => {
		const plan = years(runs.constant).filter((y) => y.phase === 'plan');
		const last = plan[plan.length - 1];
		expect(last.costPerPoint).not.toBeNull();
		expect(last.cumulativeExtraSpent).toBeCloseTo(
			plan.reduce((sum, y) => sum + y.extraSpent, 0),
			0
		);
		expect(last.costPerPoint!).toBeLessThan(last.cumulativeExtraSpent / last.indexGain!);
	});

	it('the status quo gains nothing over itself: no cost per point', () => {
		for (const y of years(runs.statusQuo)) expect(y.costPerPoint).toBeNull();
	});

	it('spending less than the status quo gives no cost per point, not a negative one', () => {
		const plan = years(runs.less).filter((y) => y.phase === 'plan');
		expect(plan.some((y) => y.extraSpent < 0)).toBe(true);
		for (const y of plan) expect(y.costPerPoint).toBeNull();
	});

	it('--csv carries the same marginal cost per point and the cumulative extra spending', () => {
		const [header, ...rows] = runs.csv.stdout.trimEnd().split('\n');
		const columns = header.split(',');
		const json = years(runs.constant);
		const cost = columns.indexOf('cost_per_index_point');
		const cumulative = columns.indexOf('cumulative_extra_spent');
		expect(cost).toBeGreaterThan(0);
		expect(cumulative).toBeGreaterThan(0);
		rows.forEach((row, k) => {
			const cells = row.split(',');
			expect(cells[cost]).toBe(json[k].costPerPoint === null ? '' : String(json[k].costPerPoint));
			expect(Number(cells[cumulative])).toBe(json[k].cumulativeExtraSpent);
		});
	});
});
