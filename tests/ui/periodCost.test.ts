/**
 * Compare sums every scenario's costs over one period: the earliest first planning year to
 * the latest last year. A scenario ending earlier is projected on to that year without its
 * earlier years changing, and every total is the sum of its per-year rows.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/scenario';
import { periodCost, periodText, type YearRow } from '../../src/lib/ui/compare/periodCost';
import {
	commonPeriod,
	lastYearOf,
	projectAll,
	projectScenario
} from '../../src/lib/ui/compare/projectScenarios';
import { targetGroups } from '../../src/lib/ui/compare/targetGroups';

const withInputs = (inputs: Scenario['inputs']): Scenario => ({ ...defaultScenario(), inputs });
const short = withInputs({ trainingBudgetShare: 1.5, targetYear: 2028, endYear: 2028 });
const long = withInputs({ trainingBudgetShare: 1.2, targetYear: 2030, endYear: 2031 });
const late = withInputs({ firstPlanningYear: 2028, targetYear: 2029, endYear: 2029 });

describe('commonPeriod', () => {
	it.each([
		{ scenarios: [short, long], period: { first: 2027, last: 2031 } },
		{ scenarios: [short], period: { first: 2027, last: 2028 } },
		{ scenarios: [late, short], period: { first: 2027, last: 2029 } },
		{ scenarios: [late], period: { first: 2028, last: 2029 } }
	])('$period.first–$period.last', ({ scenarios, period }) => {
		const copies = structuredClone(scenarios);
		expect(commonPeriod(scenarios)).toEqual(period);
		expect(scenarios).toEqual(copies);
	});

	it('is null without scenarios', () => {
		expect(commonPeriod([])).toBeNull();
	});

	it('reads the last year as the projection does (a target after the end year counts)', () => {
		expect(lastYearOf({ targetYear: 2032, endYear: 2030 })).toBe(2032);
	});
});

describe('periodCost', () => {
	const row = (year: number, spent: number, baselineSpent: number): YearRow => ({
		year,
		phase: 'plan',
		p10: null,
		p50: null,
		p90: null,
		category: null,
		allocated: spent,
		spent,
		baselineSpent
	});
	const rows = [row(2026, 5, 5), row(2027, 10, 4), row(2028, 20, 4), row(2029, 30, 4)];

	it.each([
		{ first: 2027, last: 2028, total: 30, baselineTotal: 8, years: 2 },
		{ first: 2026, last: 2029, total: 65, baselineTotal: 17, years: 4 },
		{ first: 2029, last: 2031, total: 30, baselineTotal: 4, years: 1 }
	])('$first–$last sums $years years', ({ first, last, total, baselineTotal, years }) => {
		expect(periodCost(rows, { first, last })).toEqual({
			first,
			last,
			years,
			total,
			baselineTotal
		});
	});

	it('states the period', () => {
		const year = (y: number) => String(y);
		expect(periodText({ first: 2027, last: 2030 }, year)).toBe('2027–2030');
		expect(periodText({ first: 2030, last: 2030 }, year)).toBe('2030');
	});
});

describe('projecting to a common period', () => {
	it('projects a shorter scenario on, its own years unchanged, totals from its rows', async () => {
		const period = commonPeriod([short, long])!;
		const own = await projectScenario({ ...short, name: 'Pendek' }, '');
		const { projected } = await projectAll(
			[
				{ ...short, name: 'Pendek' },
				{ ...long, name: 'Panjang' }
			],
			'',
			undefined,
			period
		);
		const [onShort, onLong] = projected;
		expect(onShort.ownLastYear).toBe(2028);
		expect(onShort.lastYear).toBe(2031);
		expect(onLong.lastYear).toBe(2031);
		// The target-year numbers do not change by projecting further.
		expect(onShort.headline).toEqual(own.headline);
		for (const r of own.years) expect(onShort.years.find((y) => y.year === r.year)).toEqual(r);
		for (const s of projected) {
			const within = s.years.filter((r) => r.year >= 2027 && r.year <= 2031);
			expect(within).toHaveLength(5);
			expect(s.cost).toMatchObject({ first: 2027, last: 2031, years: 5 });
			expect(s.cost.total).toBeCloseTo(
				within.reduce((sum, r) => sum + r.spent, 0),
				3
			);
		}
		// The saved inputs are shown as saved.
		expect(onShort.inputs).toEqual(short.inputs);
	});
});

describe('targetGroups', () => {
	it('draws equal targets once and keeps every scenario named', () => {
		const groups = targetGroups([
			{ key: 'a', label: 'A', target: { value: 75, year: 2029 } },
			{ key: 'b', label: 'B', target: { value: 78, year: 2028 } },
			{ key: 'c', label: 'C', target: { value: 75, year: 2029 } }
		]);
		expect(groups).toEqual([
			{ key: 'a|c', value: 75, year: 2029, keys: ['a', 'c'], labels: ['A', 'C'] },
			{ key: 'b', value: 78, year: 2028, keys: ['b'], labels: ['B'] }
		]);
	});
});

describe('the cost period without a page period', () => {
	it('is the headline’s: first planning year to target year', async () => {
		const own = await projectScenario({ ...long, name: 'Panjang' }, '');
		expect(own.cost).toMatchObject({ first: 2027, last: 2030, years: 4 });
		expect(own.cost.total).toBeCloseTo(own.headline.totalCost, 3);
	});
});
