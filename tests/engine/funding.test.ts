/**
 * Step 1 of a year, on its own: fundYear prices what the plan asks for (a study
 * assignment booked whole in the year it starts), funds in full when it can,
 * otherwise by the funding rule, and never spends more than the budget.
 *
 * The tables below use one-year study assignments, so a place costs the yearly
 * Rp 60 jt; booking a longer study whole is tested on its own.
 *
 * Unit costs are the scenario defaults: Bimtek in town Rp 3.5 jt, seminar 1.5 jt,
 * functional training 12 jt, leadership 35 jt of which 70 % paid by BKPSDM/LAN
 * (10.5 jt to the agency), study assignment 60 jt a year, cadre school 20 jt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	allocateFundingDecision,
	fundYear,
	unitCosts,
	type FundingDecision,
	type FundingDemand
} from '../../src/lib/engine/funding';
import type { Assumptions, YearPolicy } from '../../src/lib/engine/inputs';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario } from '../../src/lib/scenario/scenario';

const JT = 1_000_000;
/** Today's prices and no out-of-town minimum, so each table reads in the defaults' own Rupiah. */
const DEFAULTS: Assumptions = {
	...resolveScenario(defaultScenario()).assumptions,
	studyDurationYears: 1,
	costInflation: 0,
	outOfTownMinimum: 0
};

/** A policy asking for nothing, with the budget given directly (ceiling = budget, share 1). */
function policy(budget: number, over: Partial<YearPolicy> = {}): YearPolicy {
	return {
		year: 2023,
		phase: 'plan',
		ceiling: budget,
		ceilingGrowthYears: 0,
		budgetShare: 1,
		coverage: [0],
		matchedToDuties: 0.5,
		outOfTownShare: 0,
		seminarCoverage: 0,
		functionalTrainingCoverage: 0,
		leadershipPlaces: 0,
		studyAssignments: 0,
		cadreSchoolPlaces: 0,
		fundingRule: 'pro_rata',
		pelaksanaConversionShare: 0,
		...over
	};
}

function demand(headcount: number[], over: Partial<Omit<FundingDemand, 'headcount'>> = {}) {
	return {
		headcount: Int32Array.from(headcount),
		functionalEligible: 0,
		leadershipEligible: 0,
		studyEligible: 0,
		...over
	};
}

function fund(p: YearPolicy, d: FundingDemand, a: Assumptions = DEFAULTS): FundingDecision {
	return fundYear(p, d, a, allocateFundingDecision(d.headcount.length));
}

/** Plain view of a decision for toEqual / toMatchObject. */
function view(out: FundingDecision) {
	return {
		budget: out.budget,
		asked: out.asked,
		spent: out.spent,
		shortfall: out.shortfall,
		technicalAsked: Array.from(out.technicalAsked),
		technicalFunded: Array.from(out.technicalFunded),
		places: { ...out.places },
		spending: { ...out.spending }
	};
}

it('uses the documented default unit costs', () => {
	const costs = unitCosts(policy(0), DEFAULTS);
	const expected = {
		technical: 3.5 * JT,
		seminar: 1.5 * JT,
		functional: 12 * JT,
		leadership: 10.5 * JT, // 35 jt × (1 − 0.7): float, hence toBeCloseTo
		studyAssignments: 60 * JT,
		cadreSchool: 20 * JT
	};
	for (const [item, cost] of Object.entries(expected))
		expect(costs[item as keyof typeof costs]).toBeCloseTo(cost, 3);
	// Prices rise by the cost inflation each year after the price year.
	const inflated = { ...DEFAULTS, costInflation: 0.03, priceYear: 2022 };
	expect(unitCosts(policy(0, { year: 2025 }), inflated).seminar).toBeCloseTo(
		1.5 * JT * 1.03 ** 3,
		3
	);
	// The share with no local provider goes out of town whatever the plan says.
	const scarce = { ...DEFAULTS, outOfTownMinimum: 0.6 };
	expect(unitCosts(policy(0, { outOfTownShare: 0 }), scarce).technical).toBeCloseTo(
		0.4 * 3.5 * JT + 0.6 * 15 * JT,
		6
	);
	// Out-of-town places cost 15 jt: the technical unit cost mixes the two.
	expect(unitCosts(policy(0, { outOfTownShare: 0.4 }), DEFAULTS).technical).toBeCloseTo(
		0.6 * 3.5 * JT + 0.4 * 15 * JT,
		6
	);
});

/**
 * One plan asking for everything: technical [5, 10] places (half of units of 10
 * and 20), 3 seminars, 2 functional, 2 leadership, 1 study assignment, 1 cadre
 * place — Rp 182 jt in all.
 */
const EVERYTHING: Partial<YearPolicy> = {
	coverage: [0.5, 0.5],
	seminarCoverage: 0.1,
	functionalTrainingCoverage: 0.5,
	leadershipPlaces: 2,
	studyAssignments: 1,
	cadreSchoolPlaces: 1
};
const EVERYTHING_DEMAND = demand([10, 20], {
	functionalEligible: 4,
	leadershipEligible: 3,
	studyEligible: 5
});
const EVERYTHING_COST = 182 * JT;

describe('fundYear: a table of budgets for one plan', () => {
	const cases: Array<{
		name: string;
		budget: number;
		rule: YearPolicy['fundingRule'];
		technical: [number, number];
		places: FundingDecision['places'];
		spent: number;
	}> = [
		{
			name: 'budget above the ask: everything, in full',
			budget: 200 * JT,
			rule: 'pro_rata',
			technical: [5, 10],
			places: {
				technical: 15,
				seminar: 3,
				functional: 2,
				leadership: 2,
				studyAssignments: 1,
				cadreSchool: 1
			},
			spent: EVERYTHING_COST
		},
		{
			name: 'budget exactly the ask: everything, in full',
			budget: EVERYTHING_COST,
			rule: 'least_covered_first',
			technical: [5, 10],
			places: {
				technical: 15,
				seminar: 3,
				functional: 2,
				leadership: 2,
				studyAssignments: 1,
				cadreSchool: 1
			},
			spent: EVERYTHING_COST
		},
		{
			// fraction 0.5: floor(2.5) = 2, floor(5) = 5, floor(1.5) = 1, floor(1) = 1, floor(0.5) = 0.
			name: 'half the ask, pro rata: every item at half, rounded down',
			budget: 91 * JT,
			rule: 'pro_rata',
			technical: [2, 5],
			places: {
				technical: 7,
				seminar: 1,
				functional: 1,
				leadership: 1,
				studyAssignments: 0,
				cadreSchool: 0
			},
			spent: 7 * 3.5 * JT + 1.5 * JT + 12 * JT + 10.5 * JT
		},
		{
			// The other items take their pro-rata places (Rp 24 jt); technical gets its pro-rata
			// money (half of 15 places × 3.5 jt = 26.25 jt, 7 places), to the least covered first.
			name: 'half the ask, least covered first: technical money to the least covered',
			budget: 91 * JT,
			rule: 'least_covered_first',
			technical: [3, 4],
			places: {
				technical: 7,
				seminar: 1,
				functional: 1,
				leadership: 1,
				studyAssignments: 0,
				cadreSchool: 0
			},
			spent: 24 * JT + 7 * 3.5 * JT
		},
		{
			name: 'no budget: nothing',
			budget: 0,
			rule: 'pro_rata',
			technical: [0, 0],
			places: {
				technical: 0,
				seminar: 0,
				functional: 0,
				leadership: 0,
				studyAssignments: 0,
				cadreSchool: 0
			},
			spent: 0
		}
	];

	it.each(cases)('$name', ({ budget, rule, technical, places, spent }) => {
		const out = view(fund(policy(budget, { ...EVERYTHING, fundingRule: rule }), EVERYTHING_DEMAND));
		expect(out.technicalAsked).toEqual([5, 10]);
		expect(out.technicalFunded).toEqual(technical);
		expect(out.places).toEqual(places);
		expect(out.spent).toBeCloseTo(spent, 3);
		expect(out.spent).toBeLessThanOrEqual(budget);
		expect(out.budget).toBe(budget);
		expect(out.asked).toBeCloseTo(EVERYTHING_COST, 3);
		expect(out.shortfall).toBeCloseTo(Math.max(0, EVERYTHING_COST - budget), 3);
		const spending = Object.values(out.spending).reduce((s, v) => s + v, 0);
		expect(spending).toBeCloseTo(out.spent, 3);
	});
});

describe('fundYear: least covered first', () => {
	it.each([
		{
			name: 'a small unit asking little still gets its place',
			headcount: [10, 10],
			coverage: [1, 0.1],
			places: 2,
			proRata: [1, 0],
			leastCovered: [1, 1]
		},
		{
			name: 'places follow the lowest funded coverage, one at a time',
			headcount: [10, 20, 30],
			coverage: [1, 1, 1],
			places: 6,
			proRata: [1, 2, 3],
			leastCovered: [1, 2, 3]
		},
		{
			name: 'a unit already at its ask gets no more',
			headcount: [40, 10],
			coverage: [1, 0.2],
			places: 10,
			proRata: [9, 0],
			leastCovered: [8, 2]
		},
		{
			name: 'ties go to the unit listed first',
			headcount: [10, 10, 10],
			coverage: [1, 1, 1],
			places: 2,
			proRata: [0, 0, 0],
			leastCovered: [1, 1, 0]
		}
	])('$name', ({ headcount, coverage, places, proRata, leastCovered }) => {
		const budget = places * 3.5 * JT;
		const d = demand(headcount);
		const pro = fund(policy(budget, { coverage, fundingRule: 'pro_rata' }), d);
		const least = fund(policy(budget, { coverage, fundingRule: 'least_covered_first' }), d);
		expect(Array.from(pro.technicalFunded)).toEqual(proRata);
		expect(Array.from(least.technicalFunded)).toEqual(leastCovered);
		expect(least.spent).toBeLessThanOrEqual(budget);
		expect(pro.spent).toBeLessThanOrEqual(budget);
	});
});

describe('fundYear: free places and commitments', () => {
	it('leadership paid wholly by LAN is funded with no budget at all', () => {
		const a = { ...DEFAULTS, leadershipExternalShare: 1 };
		for (const rule of ['pro_rata', 'least_covered_first'] as const) {
			const out = fund(
				policy(0, {
					leadershipPlaces: 3,
					cadreSchoolPlaces: 2,
					coverage: [0.5],
					fundingRule: rule
				}),
				demand([10], { leadershipEligible: 5 }),
				a
			);
			expect(out.places.leadership).toBe(3);
			expect(out.spending.leadership).toBe(0);
			expect(out.places.cadreSchool).toBe(0);
			expect(out.places.technical).toBe(0);
			expect(out.spent).toBe(0);
		}
	});

	it('free places never exceed the people who lack the training', () => {
		const a = { ...DEFAULTS, leadershipExternalShare: 1 };
		const out = fund(
			policy(0, { leadershipPlaces: 30 }),
			demand([10], { leadershipEligible: 4 }),
			a
		);
		expect(out.places.leadership).toBe(4);
	});

	it.each(['pro_rata', 'least_covered_first'] as const)(
		'free technical training (cost 0) is funded in full with no budget (%s)',
		(rule) => {
			const a = { ...DEFAULTS, costBimtekInTown: 0 };
			const out = fund(policy(0, { coverage: [0.5, 1], fundingRule: rule }), demand([10, 4]), a);
			expect(Array.from(out.technicalFunded)).toEqual([5, 4]);
			expect(out.spent).toBe(0);
		}
	);

	it('books a study assignment whole in the year it starts', () => {
		const twoYears = { ...DEFAULTS, studyDurationYears: 2 };
		const d = demand([10], { studyEligible: 3 });
		const full = fund(policy(1_000 * JT, { studyAssignments: 1 }), d, twoYears);
		expect(full.spending.studyAssignments).toBe(120 * JT);
		expect(full.asked).toBe(120 * JT);
		const short = fund(policy(119 * JT, { studyAssignments: 1 }), d, twoYears);
		expect(short.places.studyAssignments).toBe(0);
		expect(short.shortfall).toBe(1 * JT);
	});

	it('a negative share funds nothing and reports the whole ask as shortfall', () => {
		const out = fund(
			{ ...policy(0, { coverage: [1] }), ceiling: 10 * JT, budgetShare: -0.5 },
			demand([4])
		);
		expect(out.budget).toBe(0);
		expect(out.spent).toBe(0);
		expect(out.shortfall).toBe(14 * JT);
	});

	it('reuses its output object without leaking last year’s numbers', () => {
		const out = allocateFundingDecision(2);
		fundYear(policy(200 * JT, EVERYTHING), EVERYTHING_DEMAND, DEFAULTS, out);
		fundYear(policy(0, { coverage: [0.5, 0.5] }), demand([10, 20]), DEFAULTS, out);
		expect(view(out)).toMatchObject({
			spent: 0,
			technicalFunded: [0, 0],
			places: {
				technical: 0,
				seminar: 0,
				functional: 0,
				leadership: 0,
				studyAssignments: 0,
				cadreSchool: 0
			},
			spending: {
				technical: 0,
				seminar: 0,
				functional: 0,
				leadership: 0,
				studyAssignments: 0,
				cadreSchool: 0
			}
		});
	});
});

/** Random plans and demands for the properties below. */
const arbitraryCase = fc.record({
	headcount: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }),
	coverage: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
	seminarCoverage: fc.double({ min: 0, max: 1, noNaN: true }),
	functionalTrainingCoverage: fc.double({ min: 0, max: 1, noNaN: true }),
	leadershipPlaces: fc.integer({ min: 0, max: 30 }),
	studyAssignments: fc.integer({ min: 0, max: 20 }),
	cadreSchoolPlaces: fc.integer({ min: 0, max: 30 }),
	outOfTownShare: fc.double({ min: 0, max: 1, noNaN: true }),
	functionalEligible: fc.integer({ min: 0, max: 40 }),
	leadershipEligible: fc.integer({ min: 0, max: 40 }),
	studyEligible: fc.integer({ min: 0, max: 40 }),
	// Whole Rupiah, as budgets are: see the rounding case below for fractional ones.
	budget: fc.integer({ min: 0, max: 3_000 }).map((x) => x * JT),
	rule: fc.constantFrom('pro_rata' as const, 'least_covered_first' as const)
});
type ArbitraryCase = typeof arbitraryCase extends fc.Arbitrary<infer T> ? T : never;

function fundCase(c: ArbitraryCase, budget = c.budget): FundingDecision {
	const units = c.headcount.length;
	return fund(
		policy(budget, {
			coverage: c.coverage.slice(0, units),
			seminarCoverage: c.seminarCoverage,
			functionalTrainingCoverage: c.functionalTrainingCoverage,
			leadershipPlaces: c.leadershipPlaces,
			studyAssignments: c.studyAssignments,
			cadreSchoolPlaces: c.cadreSchoolPlaces,
			outOfTownShare: c.outOfTownShare,
			fundingRule: c.rule
		}),
		demand(c.headcount, {
			functionalEligible: c.functionalEligible,
			leadershipEligible: c.leadershipEligible,
			studyEligible: c.studyEligible
		})
	);
}

describe('fundYear: properties over random plans (seeded)', () => {
	const params = { seed: 20210, numRuns: 500 };

	it('never spends more than the budget, nor funds more than asked', () => {
		fc.assert(
			fc.property(arbitraryCase, (c) => {
				const out = fundCase(c);
				expect(out.spent).toBeGreaterThanOrEqual(0);
				expect(out.spent).toBeLessThanOrEqual(out.budget + 1e-6);
				expect(out.shortfall).toBeCloseTo(Math.max(0, out.asked - out.budget), 3);
				for (let u = 0; u < c.headcount.length; u++) {
					expect(out.technicalAsked[u]).toBeLessThanOrEqual(c.headcount[u]);
					expect(out.technicalFunded[u]).toBeLessThanOrEqual(out.technicalAsked[u]);
					expect(out.technicalFunded[u]).toBeGreaterThanOrEqual(0);
				}
				expect(out.places.leadership).toBeLessThanOrEqual(c.leadershipEligible);
				expect(out.places.studyAssignments).toBeLessThanOrEqual(c.studyEligible);
				const spending = Object.values(out.spending).reduce((s, v) => s + v, 0);
				expect(spending).toBeCloseTo(out.spent, 3);
			}),
			params
		);
	});

	it('pro rata: more budget never funds fewer places of any item', () => {
		fc.assert(
			fc.property(arbitraryCase, fc.integer({ min: 1, max: 500 }), (c, extra) => {
				const proRata = { ...c, rule: 'pro_rata' as const };
				const low = fundCase(proRata);
				const lowPlaces = { ...low.places };
				const lowUnits = Array.from(low.technicalFunded);
				const high = fundCase(proRata, c.budget + extra * JT);
				for (const [item, places] of Object.entries(high.places))
					expect(places).toBeGreaterThanOrEqual(lowPlaces[item as keyof typeof lowPlaces]);
				high.technicalFunded.forEach((p, u) => expect(p).toBeGreaterThanOrEqual(lowUnits[u]));
			}),
			params
		);
	});

	it('least covered first: more budget never funds fewer technical places', () => {
		fc.assert(
			fc.property(arbitraryCase, fc.integer({ min: 1, max: 500 }), (c, extra) => {
				const rule = { ...c, rule: 'least_covered_first' as const };
				const low = fundCase(rule).places.technical;
				expect(fundCase(rule, c.budget + extra * JT).places.technical).toBeGreaterThanOrEqual(low);
			}),
			params
		);
	});

	// Once, technical training got only what the other items left after their rounding, so
	// a little more money tipped a study assignment from 0 to 1 place and cut technical places.
	it('least covered first: the case that once cut technical places', () => {
		const p = (budget: number) =>
			policy(budget, { coverage: [1], studyAssignments: 2, fundingRule: 'least_covered_first' });
		const d = demand([10], { studyEligible: 2 });
		const low = fund(p(77 * JT), d).places.technical;
		const high = fund(p(78 * JT), d).places.technical;
		expect(high).toBeGreaterThanOrEqual(low);
	});

	// Rounding places down with a small epsilon once let a budget a hair below a place buy it.
	it('a fractional budget a hair below a place does not buy it', () => {
		const budget = 60 * JT - 0.01;
		const out = fund(policy(budget, { studyAssignments: 1 }), demand([1], { studyEligible: 1 }));
		expect(out.spent).toBeLessThanOrEqual(budget + 1e-6);
	});
});
