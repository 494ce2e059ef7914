/**
 * The decision tools on a roster that empties: a year with nobody measured has no index, which
 * never counts as reaching a target or as an index of 0.
 */
import { describe, expect, it } from 'vitest';
import type { Roster } from '../../src/lib/engine/roster';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { NoStaffError, optimiseBudget } from '../../src/lib/scenario/budgetOptimizer';
import { goalIndex, goalSeek } from '../../src/lib/scenario/goalSeek';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/scenario';
import { sensitivity } from '../../src/lib/scenario/sensitivity';

/**
 * Nobody hired, nobody else leaving: only retirements move the workforce. The plan runs
 * 2023–2026 (the target year), whatever the calendar's defaults.
 */
const scenario: Scenario = {
	...defaultScenario(),
	inputs: { replacementRate: 0, otherLeaverRate: 0, firstPlanningYear: 2023, targetYear: 2026 }
};

/** The default roster's first 10 people, all retiring at the end of the start year. */
function allRetire(): Roster {
	const base = bontangRoster();
	return {
		units: base.units,
		people: base.people.slice(0, 10).map((p) => ({ ...p, yearsToRetirement: 1 }))
	};
}

describe('no staff in the target year', () => {
	const roster = allRetire();

	it('goalIndex is null, at the median and at the 20th percentile', () => {
		for (const [probability, draws] of [
			[0.5, 0],
			[0.8, 10]
		] as const) {
			const run = runScenario(scenario, { draws, roster, rosterKey: 'all-retire' });
			const y = run.result.years.findIndex((r) => r.year === 2026);
			expect(goalIndex(run.result, y, probability)).toBeNull();
		}
	});

	it('goal seek: out of reach, no index and no dimension named', () => {
		for (const [probability, draws] of [
			[0.5, 0],
			[0.8, 10]
		] as const) {
			const answer = goalSeek(scenario, { target: 75, year: 2026, probability, draws, roster });
			expect(answer).toMatchObject({
				reachable: false,
				maxShare: 5,
				maxIndex: null,
				cappedBy: null,
				gaps: null
			});
		}
	});

	it('sensitivity: no base and no rows, rather than swings around 0', () => {
		const result = sensitivity(scenario, { roster });
		expect(result).toMatchObject({ year: 2026, base: null, assumptions: [], levers: [] });
	});

	it('the budget optimiser says there is nothing to optimise', () => {
		expect(() => optimiseBudget(scenario, { roster, maxEvaluations: 5 })).toThrow(NoStaffError);
		try {
			optimiseBudget(scenario, { roster, maxEvaluations: 5 });
		} catch (error) {
			expect((error as NoStaffError).year).toBe(2026);
			expect((error as Error).message).toMatch(/no staff/);
		}
	});
});
