/**
 * Meeting mode's slides and their words: the order (summary, status quo, scenarios), the keys
 * that step, the cost period and cost per year, met or missed; the status quo slide is the
 * very projection the scenarios' "difference from the status quo" is measured against.
 */
import { describe, expect, it } from 'vitest';
import type { HeadlineNumbers } from '../../src/lib/charts/viewModels';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/scenario';
import { projectScenario } from '../../src/lib/ui/compare/projectScenarios';
import {
	costPerYear,
	costPeriod,
	meetingSlides,
	periodText,
	stepOf,
	stepTo,
	summaryColumns,
	verdictOf
} from '../../src/lib/ui/meeting/slides';
import { statusQuoScenarios } from '../../src/lib/ui/meeting/statusQuo';

const headline = (over: Partial<HeadlineNumbers>): HeadlineNumbers => ({
	targetYear: 2029,
	index: 76,
	category: 'sedang',
	achievement: 101,
	gap: -1,
	target: 75,
	totalCost: 3e9,
	costPerPoint: null,
	extraSpent: 0,
	cumulativeExtraSpent: 0,
	firstPlanYear: 2027,
	indexGainOverBaseline: 0,
	staff: { startYear: 2021, start: 100, target: 100 },
	reached20Jp: 0.5,
	coverageEvenness: 0.5,
	...over
});

describe('cost period, cost per year and verdict', () => {
	it.each([
		{ years: 3, total: 3e9, period: true, perYear: 1e9 },
		{ years: 1, total: 3e9, period: true, perYear: 3e9 },
		{ years: 0, total: 0, period: false, perYear: null }
	])('$years years summed to $total', ({ years, total, period, perYear }) => {
		const cost = { first: 2027, last: 2029, years, total, baselineTotal: 1e9 };
		const copy = structuredClone(cost);
		expect(costPeriod(cost)).toEqual(period ? cost : null);
		expect(costPerYear(cost)).toBe(perYear);
		expect(cost).toEqual(copy);
	});

	it('writes one year or a range', () => {
		const year = (y: number) => String(y);
		expect(periodText({ first: 2027, last: 2030 }, year)).toBe('2027–2030');
		expect(periodText({ first: 2030, last: 2030 }, year)).toBe('2030');
	});

	it.each([
		{ gap: -1.2, verdict: 'met' },
		{ gap: 0, verdict: 'met' },
		{ gap: 0.004, verdict: 'met' },
		{ gap: 0.01, verdict: 'missed' },
		{ gap: 3, verdict: 'missed' },
		{ gap: null, verdict: 'noStaff' }
	])('a gap of $gap points is $verdict', ({ gap, verdict }) => {
		expect(verdictOf(headline({ gap }))).toBe(verdict);
	});
});

describe('stepping', () => {
	it.each([
		[' ', false, 1],
		[' ', true, -1],
		['ArrowRight', false, 1],
		['ArrowDown', false, 1],
		['PageDown', false, 1],
		['ArrowLeft', false, -1],
		['ArrowUp', false, -1],
		['PageUp', false, -1],
		['Home', false, 'first'],
		['End', false, 'last'],
		['Enter', false, null],
		['a', false, null]
	] as const)('%j (shift %s) steps %s', (key, shift, step) => {
		expect(stepOf(key, shift)).toBe(step);
	});

	it('stays within the slides', () => {
		expect(stepTo(0, -1, 5)).toBe(0);
		expect(stepTo(4, 1, 5)).toBe(4);
		expect(stepTo(2, 1, 5)).toBe(3);
		expect(stepTo(3, 'first', 5)).toBe(0);
		expect(stepTo(0, 'last', 5)).toBe(4);
		expect(stepTo(0, 1, 0)).toBe(0);
	});
});

describe('the slides and the status quo', () => {
	const plan = (share: number, extra: Partial<Scenario> = {}) => ({
		...defaultScenario(),
		...extra,
		name: `Share ${share}`,
		inputs: { trainingBudgetShare: share, ...extra.inputs }
	});

	it('one status quo for scenarios of one setup; it is their baseline exactly', async () => {
		const scenarios = [plan(1.5), plan(0.3)];
		const sources = statusQuoScenarios(scenarios, 'Status quo');
		expect(sources).toHaveLength(1);
		expect(sources[0].inputs.trainingBudgetShare).toBeUndefined();
		const [statusQuo, a, b] = await Promise.all([
			projectScenario(sources[0], ''),
			projectScenario(scenarios[0], ''),
			projectScenario(scenarios[1], '')
		]);
		expect(statusQuo.name).toBe('Status quo');
		expect(statusQuo.baselineKey).toBe(a.baselineKey);
		expect(statusQuo.headline.index).toBe(a.baselineHeadline.index);
		expect(statusQuo.headline.totalCost).toBe(b.baselineHeadline.totalCost);
		expect(statusQuo.cost.total).toBe(a.cost.baselineTotal);

		const slides = meetingSlides([a, b], [statusQuo], ['A', 'B']);
		expect(slides.map((s) => s.kind)).toEqual(['summary', 'statusQuo', 'scenario', 'scenario']);
		const columns = summaryColumns(slides, 'Status quo');
		expect(columns.map((c) => [c.label, c.statusQuo])).toEqual([
			['Status quo', true],
			['A', false],
			['B', false]
		]);
		expect(columns[1].headline).toBe(a.headline);
		expect(columns[1].cost).toBe(a.cost);
		expect(columns[0].cost).toBe(statusQuo.cost);
	});

	it('another seed is another setup, with its own status quo', () => {
		const sources = statusQuoScenarios([plan(1.5), plan(1.5, { seed: 7 })], 'SQ');
		expect(sources.map((s) => s.seed)).toEqual([defaultScenario().seed, 7]);
	});

	it('no scenarios, no slides', () => {
		expect(meetingSlides([], [], [])).toEqual([]);
	});
});
