/**
 * Honest uncertainty (issue 11): Monte Carlo draws every assumption that has a plausible
 * range — and only those — so /model's "drawn" mark (a spec with a range) tells the truth.
 */
import { describe, expect, it } from 'vitest';
import { pathParameters } from '../../src/lib/engine/pathParameters';
import { project } from '../../src/lib/engine/projection';
import { Sfc32 } from '../../src/lib/engine/random';
import { INPUT_SPECS } from '../../src/lib/scenario/inputSpecs';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario } from '../../src/lib/scenario/scenario';

/** The ids whose value differs between two Monte Carlo paths. */
function drawnIds(): Set<string> {
	const a = resolveScenario(defaultScenario()).assumptions;
	const one = pathParameters(a, new Sfc32(1, 2));
	const two = pathParameters(a, new Sfc32(2, 2));
	const ids = new Set<string>();
	const flat = (p: typeof one) => ({
		...p.assumptions,
		...p.workforce,
		effectTechnical: p.effectTechnical,
		effectManagerial: p.effectManagerial,
		mismatchedEffectShare: p.mismatchedEffectShare,
		effectHalfLifeMonths: p.yearlyRetention,
		performancePersistence: p.performancePersistence,
		punishmentRate: p.punishmentRate,
		selfFundedStudyRate: p.selfFundedStudyRate
	});
	const x = flat(one) as Record<string, unknown>;
	const y = flat(two) as Record<string, unknown>;
	for (const id of Object.keys(x)) {
		if (typeof x[id] === 'number' && x[id] !== y[id]) ids.add(id);
	}
	return ids;
}

describe('what Monte Carlo draws', () => {
	it('draws exactly the assumptions /model marks as drawn (those with a plausible range)', () => {
		const ranged = INPUT_SPECS.filter((s) => s.type === 'number' && s.range).map((s) => s.id);
		expect([...drawnIds()].sort()).toEqual([...ranged].sort());
	});

	it('covers prices, free shares, out-of-town share, hours, ceiling growth and cost inflation', () => {
		const ids = drawnIds();
		for (const id of [
			'costBimtekInTown',
			'costSeminar',
			'externalTechnicalShare',
			'externalSeminarShare',
			'outOfTownMinimum',
			'jpBimtekInTown',
			'ceilingGrowth',
			'costInflation',
			'otherLeaverRate'
		])
			expect(ids.has(id), id).toBe(true);
	});

	it('draws prices per path and widens the 2026 band past ±0.5 points', () => {
		const result = project(resolveScenario(defaultScenario(), { draws: 60 }));
		const y2026 = result.years.find((y) => y.year === 2026)!;
		expect(y2026.index!.p90 - y2026.index!.p10).toBeGreaterThan(1);
		const costs = new Set<number>();
		const inputs = resolveScenario(defaultScenario(), { draws: 60 });
		for (let d = 0; d < 5; d++)
			costs.add(pathParameters(inputs.assumptions, new Sfc32(d, 2)).assumptions.costSeminar);
		expect(costs.size).toBe(5);
	});
});
