import { describe, expect, it } from 'vitest';
import { project } from '../../src/lib/engine/projection';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { headlineNumbers } from '../../src/lib/charts/viewModels';
import {
	optimiseBudget,
	outOfTownMinimum,
	realisticRanges,
	type BudgetOptimisation
} from '../../src/lib/scenario/budgetOptimizer';
import { specFor } from '../../src/lib/scenario/inputSpecs';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { defaultScenario, numberInput, type Scenario } from '../../src/lib/scenario/scenario';
import { scenarioFromSearchParams, scenarioToSearchParams } from '../../src/lib/scenario/urlCodec';

const roster = bontangRoster();

function scenario(inputs: Scenario['inputs'] = {}): Scenario {
	return { ...defaultScenario(), inputs };
}

/** Target-year index and plan-year spend and allocation, measured independently. */
function measure(s: Scenario) {
	const result = project(resolveScenario(s, { roster, draws: 0 }));
	const plan = result.years.filter((y) => y.phase === 'plan');
	const target = result.years.find((y) => y.year === result.target.year)!;
	return {
		index: target.index!.p50,
		spend: plan.reduce((sum, y) => sum + y.budget.spent, 0),
		allocated: plan.reduce((sum, y) => sum + y.budget.allocated, 0)
	};
}

const CASES: Array<[string, Scenario, number | undefined]> = [
	['default', scenario(), undefined],
	['share 0.3', scenario({ trainingBudgetShare: 0.3 }), undefined],
	['share 1.5', scenario({ trainingBudgetShare: 1.5 }), undefined],
	['floor 40', scenario(), 40]
];

describe('optimiseBudget', () => {
	it.each(CASES)('is never worse than the current plan, within its budget (%s)', (_, s, floor) => {
		const out = optimiseBudget(s, { roster, floor });
		const before = measure(s);
		const after = measure(out.scenario);
		expect(out.currentMeetsFloor).toBe(true);
		expect(after.index).toBeCloseTo(out.index.after, 9);
		expect(before.index).toBeCloseTo(out.index.before, 9);
		expect(after.index).toBeGreaterThanOrEqual(before.index - 1e-9);
		expect(after.allocated).toBeCloseTo(before.allocated, 0);
		expect(after.spend).toBeLessThanOrEqual(before.allocated + 0.5);
		expect(out.spend.after).toBeLessThanOrEqual(out.allocated + 0.5);
		expect(out.evaluations).toBeLessThanOrEqual(400);
	});

	it.each([40, 60])('respects a floor of %i %% for every unit', (floor) => {
		const out = optimiseBudget(scenario({ trainingBudgetShare: 0.3 }), { roster, floor });
		for (const unit of roster.units) {
			expect(numberInput(out.scenario.inputs, `coverage.${unit.id}`)).toBeGreaterThanOrEqual(floor);
			expect(out.plan[`coverage.${unit.id}`]).toBeGreaterThanOrEqual(floor);
		}
	});

	it('reports the changes with their before and after values', () => {
		const s = scenario({ trainingBudgetShare: 1.5 });
		const out = optimiseBudget(s, { roster });
		for (const change of out.changes) {
			expect(change.before).toBe(numberInput(s.inputs, change.id));
			expect(change.after).toBe(out.plan[change.id]);
			expect(change.after).not.toBe(change.before);
			expect(out.scenario.inputs[change.id]).toBe(change.after);
			expect(Number.isInteger(change.after)).toBe(true);
		}
		expect(Object.keys(out.plan)).toContain('outOfTownShare');
		expect(Object.keys(out.plan)).toContain('seminarCoverage');
		expect(out.scenario.inputs.trainingBudgetShare).toBe(1.5);
	});

	it('can leave the seminar coverage alone', () => {
		const out = optimiseBudget(scenario(), { roster, seminar: false });
		expect(Object.keys(out.plan)).not.toContain('seminarCoverage');
		expect(out.changes.map((c) => c.id)).not.toContain('seminarCoverage');
	});

	it('gives finite marginal gains by unit and by training type', () => {
		const out = optimiseBudget(scenario(), { roster });
		expect(out.marginal.byUnit.map((m) => m.unitId)).toEqual(roster.units.map((u) => u.id));
		expect(out.marginal.byType.map((m) => m.id)).toEqual([
			'outOfTownShare',
			'seminarCoverage',
			'functionalTrainingCoverage',
			'leadershipPlaces',
			'studyAssignments',
			'cadreSchoolPlaces'
		]);
		for (const m of [...out.marginal.byUnit, ...out.marginal.byType]) {
			expect(Number.isFinite(m.perRp100m)).toBe(true);
			expect(Number.isFinite(m.deltaIndex)).toBe(true);
			expect(Number.isFinite(m.deltaSpend)).toBe(true);
			expect(m.to).toBeGreaterThan(m.from);
		}
	});

	it('is deterministic', () => {
		const a = optimiseBudget(scenario({ trainingBudgetShare: 0.3 }), { roster, floor: 20 });
		const b = optimiseBudget(scenario({ trainingBudgetShare: 0.3 }), { floor: 20 });
		expect(b).toEqual(a);
	});

	it.each([
		['default', scenario()],
		['all in town today', scenario({ outOfTownShare: 0 })],
		['share 1.5', scenario({ trainingBudgetShare: 1.5, outOfTownShare: 10 })],
		...(specFor('outOfTownMinimum')
			? [['minimum 75', scenario({ outOfTownMinimum: 75 })] as [string, Scenario]]
			: [])
	])('never sends less training out of town than no local provider covers (%s)', (_, s) => {
		const out = optimiseBudget(s, { roster });
		const minimum = outOfTownMinimum(s.inputs);
		expect(minimum).toBeGreaterThanOrEqual(50);
		expect(out.plan.outOfTownShare).toBeGreaterThanOrEqual(minimum);
		expect(numberInput(out.scenario.inputs, 'outOfTownShare')).toBeGreaterThanOrEqual(minimum);
	});

	it('keeps every lever inside its range, the defaults or the planner’s', () => {
		const check = (out: BudgetOptimisation) => {
			for (const [id, value] of Object.entries(out.plan)) {
				const key = id.startsWith('coverage.') ? 'coverage' : id;
				const range = out.ranges[key as keyof typeof out.ranges]!;
				expect(range, id).toBeDefined();
				expect(value, id).toBeGreaterThanOrEqual(range.min);
				expect(value, id).toBeLessThanOrEqual(range.max);
				expect(numberInput(out.scenario.inputs, id), id).toBe(value);
			}
		};
		const byDefault = optimiseBudget(scenario({ trainingBudgetShare: 1.5 }), { roster });
		for (const r of realisticRanges(scenario())) expect(byDefault.ranges[r.key]).toEqual(r.range);
		expect(byDefault.ranges.matchedToDuties!.max).toBeLessThanOrEqual(80);
		check(byDefault);
		const ranges = {
			coverage: { min: 45, max: 70 },
			outOfTownShare: { min: 65, max: 90 },
			matchedToDuties: { min: 50, max: 60 },
			seminarCoverage: { min: 20, max: 50 }
		};
		const edited = optimiseBudget(scenario({ trainingBudgetShare: 1.5 }), { roster, ranges });
		expect(edited.ranges).toEqual(ranges);
		check(edited);
	});

	it.each([
		['min above max', { coverage: { min: 70, max: 50 } }, /minimum must not exceed/],
		['outside the spec', { seminarCoverage: { min: 0, max: 120 } }, /between 0 and 100/],
		['out of town below the minimum', { outOfTownShare: { min: 0, max: 100 } }, /between 6\d/],
		['not whole', { matchedToDuties: { min: 10.5, max: 80 } }, /whole numbers/]
	])('refuses an unusable range, saying how to fix it (%s)', (_, ranges, message) => {
		expect(() => optimiseBudget(scenario(), { roster, ranges })).toThrow(message);
	});

	it('reports the index the planner shows when the plan is opened from its link', () => {
		const s = { ...scenario({ trainingBudgetShare: 0.5 }), seed: 7 };
		const out = optimiseBudget(s, { roster, reportDraws: 200 });
		expect(out.draws).toBe(200);
		// The planner opens `/?<link>` and shows headlineNumbers of runScenario at 200 draws.
		const link = scenarioFromSearchParams(scenarioToSearchParams(out.scenario));
		if (!link.ok) throw new Error(link.reason);
		expect(link.scenario.seed).toBe(7);
		for (const [id, value] of Object.entries(out.plan)) {
			expect(numberInput(link.scenario.inputs, id), id).toBe(value);
		}
		const opened = headlineNumbers(runScenario(link.scenario, { draws: link.draws ?? 200 }));
		expect(opened.index).toBe(out.index.after);
		const current = headlineNumbers(runScenario(s, { draws: 200 }));
		expect(current.index).toBe(out.index.before);
		expect(out.index.after).toBeGreaterThanOrEqual(out.index.before);
	});

	it('does no worse with a lower coverage floor (the search does not stall at the floor)', () => {
		const s = scenario();
		const at = (floor: number) => optimiseBudget(s, { roster, floor }).index.after;
		const [f40, f20, f0] = [at(40), at(20), at(0)];
		expect(f20).toBeGreaterThanOrEqual(f40 - 1e-9);
		expect(f0).toBeGreaterThanOrEqual(f20 - 1e-9);
	});

	it.each([
		['share 0.3', scenario({ trainingBudgetShare: 0.3 }), 40],
		['default, floor 20', scenario(), 20]
	])(
		'leaves the unit its table ranks first at the floor only when moving coverage there does not help (%s)',
		(_, s, floor) => {
			const out = optimiseBudget(s, { roster, floor });
			const ranked = [...out.marginal.byUnit].sort((a, b) => b.perRp100m - a.perRp100m);
			const top = ranked[0];
			if (top.perRp100m <= 0 || out.plan[top.id] > floor) return;
			const index = measure(out.scenario).index;
			for (const donor of ranked.slice(1)) {
				for (const k of [5, 10, 20]) {
					if (out.plan[donor.id] - k < floor) continue;
					const moved = measure({
						...out.scenario,
						inputs: {
							...out.scenario.inputs,
							[top.id]: out.plan[top.id] + k,
							[donor.id]: out.plan[donor.id] - k
						}
					}).index;
					expect(moved, `${top.id} +${k}, ${donor.id} −${k}`).toBeLessThanOrEqual(index + 1e-9);
				}
			}
		}
	);
});
