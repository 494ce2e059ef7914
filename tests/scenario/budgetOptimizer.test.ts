import { describe, expect, it } from 'vitest';
import { project } from '../../src/lib/engine/projection';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { optimiseBudget } from '../../src/lib/scenario/budgetOptimizer';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario, numberInput, type Scenario } from '../../src/lib/scenario/scenario';

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
		index: target.index!.mean,
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
});
