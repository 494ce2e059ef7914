/**
 * The explanation of a change adds up exactly: over a grid of scenarios, every year, against
 * the status quo and against the year before, the causes and the dimensions sum to the change
 * in the deterministic mean index, which is the engine's own. Then the two surprises of issue
 * 13, explained: more places for one unit at a 0.9 % share, and funded study assignments.
 */
import { describe, expect, it } from 'vitest';
import {
	CAUSES,
	DIMENSION_IDS,
	explainAgainst,
	explainYearOverYear,
	meanIndexOf,
	projectWithPeople,
	type Explanation
} from '../../src/lib/engine/explain';
import { project } from '../../src/lib/engine/projection';
import { createFormatter } from '../../src/lib/i18n/format';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/messages';
import { BONTANG_UNITS } from '../../src/lib/scenario/bontang';
import { leverNote, placesChange } from '../../src/lib/ui/why/leverNote';
import { roundToSum, whyView } from '../../src/lib/ui/why/whyView';
import { baselineOf, resolveScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario, type Inputs, type Scenario } from '../../src/lib/scenario/scenario';

const EXACT = 1e-9;
/** The years the surprises were seen with: planning from 2023, a 2022 replay. */
const OLD_YEARS: Inputs = { firstPlanningYear: 2023, targetYear: 2026 };

function scenarioWith(inputs: Inputs): Scenario {
	return { ...defaultScenario(), inputs: { ...OLD_YEARS, ...inputs } };
}

function withPeople(scenario: Scenario) {
	return projectWithPeople(resolveScenario(scenario));
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

function expectExact(e: Explanation) {
	expect(Math.abs(sum(e.byCause) - e.change)).toBeLessThan(EXACT);
	expect(Math.abs(sum(e.byDimension) - e.change)).toBeLessThan(EXACT);
	expect(Math.abs(e.after - e.before - e.change)).toBeLessThan(EXACT);
	// Units hold every cause but who is measured.
	for (const c of CAUSES) {
		const overUnits = e.byUnit.reduce((acc, u) => acc + u[c], 0);
		expect(Math.abs(overUnits - (c === 'staff' ? 0 : e.byCause[c]))).toBeLessThan(EXACT);
	}
	// A dimension is its causes plus its part of leavers and hires.
	expect(
		Math.abs(sum(e.staffByDimension) - e.byCause.staff),
		'leavers and hires by dimension'
	).toBeLessThan(EXACT);
}

const GRID: Array<[string, Inputs]> = [];
for (const share of [0, 0.4, 0.9, 2.5])
	for (const coverage of [50, 90])
		for (const studyAssignments of [0, 3])
			GRID.push([
				`share ${share}, akuntansi ${coverage} %, study ${studyAssignments}`,
				{ trainingBudgetShare: share, 'coverage.akuntansi': coverage, studyAssignments }
			]);
GRID.push(['pro rata funding', { trainingBudgetShare: 0.9, fundingRule: 'pro_rata' }]);
GRID.push([
	'accumulated-JP rulebook, pro-rata credit',
	{ rulebook: 'perban-bkn-8-2019-akumulasi-jp', technicalCredit: 'pro_rata', studyAssignments: 2 }
]);
GRID.push([
	'default years, seminars cut',
	{ firstPlanningYear: 2027, targetYear: 2029, seminarCoverage: 10 }
]);
GRID.push(['many leavers, few hires', { otherLeaverRate: 8, replacementRate: 20 }]);

describe('the parts add up to the change', () => {
	it.each(GRID)('%s', (_, inputs) => {
		const scenario = scenarioWith(inputs);
		const run = withPeople(scenario);
		const statusQuo = withPeople(baselineOf(scenario));
		// The recorded people score exactly as the engine scored them.
		expect(meanIndexOf(run.people.rules, run.people.years[0])).toBeCloseTo(
			run.result.start.index,
			9
		);
		for (const y of run.result.years) {
			const recorded = run.people.years.find((p) => p.year === y.year)!;
			expect(Math.abs(meanIndexOf(run.people.rules, recorded)! - y.index!.mean)).toBeLessThan(
				EXACT
			);
			const vsStatusQuo = explainAgainst(run.people, statusQuo.people, y.year)!;
			const statusQuoYear = statusQuo.result.years.find((b) => b.year === y.year)!;
			expect(Math.abs(vsStatusQuo.before - statusQuoYear.index!.mean)).toBeLessThan(EXACT);
			expect(Math.abs(vsStatusQuo.after - y.index!.mean)).toBeLessThan(EXACT);
			expectExact(vsStatusQuo);
			const vsLastYear = explainYearOverYear(run.people, y.year)!;
			expectExact(vsLastYear);
			expect(vsLastYear.beforeYear).toBe(y.year - 1);
		}
	});

	it('a scenario against itself changes nothing', () => {
		const run = withPeople(scenarioWith({ trainingBudgetShare: 1.2 }));
		const e = explainAgainst(run.people, run.people, 2026)!;
		for (const c of CAUSES) expect(e.byCause[c]).toBe(0);
		expect(e.people.onlyBefore + e.people.onlyAfter).toBe(0);
	});
});

describe('watching the people leaves the projection as it was', () => {
	it('gives the same result as project() with draws: 0', () => {
		const inputs = resolveScenario(scenarioWith({ studyAssignments: 2 }), { draws: 200 });
		const plain = project({ ...inputs, draws: 0 });
		expect(projectWithPeople(inputs).result).toEqual(plain);
	});

	it('refuses to watch Monte Carlo draws, saying how to call it', () => {
		const inputs = resolveScenario(scenarioWith({}), { draws: 10 });
		const observer = { begin() {}, beforeScoring() {}, afterScoring() {} };
		expect(() => project(inputs, { observer })).toThrow(/draws: 0/);
	});
});

describe("issue 13's surprises, explained", () => {
	const base: Inputs = { trainingBudgetShare: 0.9, fundingRule: 'pro_rata' };

	it('more places for Bidang Akuntansi at 0.9 % are paid for by other units', () => {
		const before = withPeople(scenarioWith(base));
		const after = withPeople(scenarioWith({ ...base, 'coverage.akuntansi': 80 }));
		const e = explainAgainst(after.people, before.people, 2026)!;
		expect(e.change).toBeLessThan(0);
		expectExact(e);
		const units = after.result.years.find((y) => y.year === 2026)!.byUnit;
		const akuntansi = units.findIndex((u) => u.unitId === 'akuntansi');
		// Akuntansi gains technical points; the other units lose more than it gains.
		expect(e.byUnit[akuntansi].technical).toBeGreaterThan(0);
		const othersLose = e.byUnit
			.map((u, k) => (k === akuntansi ? 0 : u.technical + u.functional + u.seminar))
			.reduce((a, b) => a + b, 0);
		expect(othersLose + e.byUnit[akuntansi].technical).toBeLessThan(0);
		expect(e.byUnit.filter((u, k) => k !== akuntansi && u.technical < 0).length).toBeGreaterThan(0);
	});

	it('funded study assignments lower the index: people away without SKP, less training', () => {
		const before = withPeople(scenarioWith(base));
		const after = withPeople(scenarioWith({ ...base, studyAssignments: 2 }));
		const e = explainAgainst(after.people, before.people, 2026)!;
		expect(e.change).toBeLessThan(0);
		expectExact(e);
		expect(e.byCause.studyLeave).toBeLessThan(0);
		expect(e.byCause.technical).toBeLessThan(0);
		expect(e.byCause.education).toBeGreaterThan(0);
		const worst = CAUSES.reduce((a, b) => (e.byCause[b] < e.byCause[a] ? b : a));
		expect(['technical', 'studyLeave']).toContain(worst);
		for (const d of DIMENSION_IDS) expect(Number.isFinite(e.byDimension[d])).toBe(true);
	});
});

describe('as the planner says it', () => {
	const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
	const fmt = createFormatter('en');
	const list = (names: string[]) => new Intl.ListFormat('en').format(names);
	const names = BONTANG_UNITS.map((u) => u.name);
	const base: Inputs = { trainingBudgetShare: 0.9, fundingRule: 'pro_rata' };

	it.each([
		[[0.333, 0.333, 0.334], 1],
		[[-0.076, 0.038, -0.0001], -0.04],
		[[1.005, -2.004, 0.999], 0],
		[[0, 0, 0], 0]
	])('rounds %j to hundredths that add up to %d', (values, total) => {
		const copy = [...values];
		const rounded = roundToSum(values, total);
		expect(values).toEqual(copy);
		const cents = rounded.reduce((a, b) => a + Math.round(b * 100), 0);
		expect(cents).toBe(Math.round(total * 100));
		rounded.forEach((r, k) => expect(Math.abs(r - values[k])).toBeLessThanOrEqual(0.01 + 1e-9));
	});

	it('shows a waterfall that ends at the change shown', () => {
		const scenario = scenarioWith({ ...base, studyAssignments: 2 });
		const e = explainAgainst(
			withPeople(scenario).people,
			withPeople(baselineOf(scenario)).people,
			2026
		)!;
		const view = whyView(e, 'statusQuo', t, fmt);
		const causes = view.steps.filter((s) => s.key !== 'total');
		const cents = causes.reduce((a, s) => a + Math.round(s.value * 100), 0);
		expect(cents).toBe(Math.round(view.change * 100));
		expect(causes[causes.length - 1].end).toBeCloseTo(view.change, 9);
		expect(view.change).toBeCloseTo(view.after - view.before, 9);
		expect(view.sentence).toMatch(/below the status quo/);
		expect(view.sentence).toMatch(/no SKP|technical training/);
	});

	it('says the extra places for one unit were paid for by the other units', () => {
		const before = withPeople(scenarioWith(base));
		const after = withPeople(scenarioWith({ ...base, 'coverage.akuntansi': 80 }));
		const e = explainAgainst(after.people, before.people, 2026)!;
		const note = leverNote(e, placesChange(before.result, after.result, 2026), names, t, fmt, list);
		expect(note).toMatch(/extra training places for Bidang Akuntansi were paid for by cutting/);
		expect(note).toMatch(/\d other units? \(/);
		expect(note).not.toMatch(/\(.*Bidang Akuntansi.*\)/);
	});

	it('says funded study assignments cost training and SKP', () => {
		const before = withPeople(scenarioWith(base));
		const after = withPeople(scenarioWith({ ...base, studyAssignments: 2 }));
		const e = explainAgainst(after.people, before.people, 2026)!;
		const note = leverNote(e, placesChange(before.result, after.result, 2026), names, t, fmt, list);
		expect(note).toMatch(/extra study assignments were paid for by cutting technical training/);
		expect(note).toMatch(/no SKP/);
	});

	it('says nothing when a move raises the index', () => {
		const before = withPeople(scenarioWith(base));
		const after = withPeople(scenarioWith({ ...base, trainingBudgetShare: 2 }));
		const e = explainAgainst(after.people, before.people, 2026)!;
		expect(e.change).toBeGreaterThan(0);
		expect(
			leverNote(e, placesChange(before.result, after.result, 2026), names, t, fmt, list)
		).toBeNull();
	});
});
