/**
 * Step 1 of a year, on its own: fundYear prices what the plan asks for (a study
 * assignment booked whole in the year it starts), funds in full when it can,
 * otherwise by the funding rule, and never spends more than the budget.
 *
 * The tables below use one-year study assignments, so a place costs the yearly
 * Rp 60 jt; booking a longer study whole is tested on its own.
 *
 * Unit costs are fixed here (the defaults before the budget-history fit): Bimtek in town Rp 3.5 jt, seminar 1.5 jt,
 * functional training 12 jt, leadership 35 jt of which 70 % paid by BKPSDM/LAN
 * (10.5 jt to the agency), study assignment 60 jt a year, cadre school 20 jt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRulebook } from '../../src/lib/engine/compileRulebook';
import {
	allocateFundingDecision,
	FUNDED_ITEMS,
	fundYear,
	seminarWorthTiers,
	placeWorth,
	unitCosts,
	worthBasis,
	type FundedItem,
	type FundingDecision,
	type FundingDemand
} from '../../src/lib/engine/funding';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import type { Assumptions, YearPolicy } from '../../src/lib/engine/inputs';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario } from '../../src/lib/scenario/scenario';

const JT = 1_000_000;
const RULES = ['points_per_rupiah', 'pro_rata', 'least_covered_first'] as const;
/** Today's prices and no out-of-town minimum, so each table reads in the defaults' own Rupiah. */
const DEFAULTS: Assumptions = {
	...resolveScenario(defaultScenario()).assumptions,
	studyDurationYears: 1,
	costInflation: 0,
	outOfTownMinimum: 0,
	// The tables below are worked in these costs and shares (the defaults before the fit).
	costBimtekInTown: 3_500_000,
	costBimtekOutOfTown: 15_000_000,
	costSeminar: 1_500_000,
	costFunctionalTraining: 12_000_000,
	costLeadershipTraining: 35_000_000,
	leadershipExternalShare: 0.7,
	costStudyAssignmentPerYear: 60_000_000,
	costCadreSchool: 20_000_000,
	externalTechnicalShare: 0.1,
	externalSeminarShare: 0.3
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

const DEFAULT_BASIS = worthBasis(compileRulebook(DEFAULT_RULEBOOK));

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
		spending: { ...out.spending },
		unspent: out.unspent
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
			// fraction 0.5: floors seminar 1, functional 1, leadership 1, technical [2, 5] (Rp 48.5 jt).
			// Largest remainders first (0.5 each, ties in lot order): seminar, (study: 60 jt > 42.5 jt
			// left), cadre school, technical unit 1 (Rp 17.5 jt left). Then any affordable ask in the
			// same order: seminar, 2 more for unit 1 (its ask), (functional: 12 jt > 9 jt left),
			// 2 for unit 2 — Rp 2 jt left, below the cheapest unfunded place (Bimtek, 3.5 jt).
			name: 'half the ask, pro rata: half each, then what rounding left',
			budget: 91 * JT,
			rule: 'pro_rata',
			technical: [5, 7],
			places: {
				technical: 12,
				seminar: 3,
				functional: 1,
				leadership: 1,
				studyAssignments: 0,
				cadreSchool: 1
			},
			spent: 89 * JT
		},
		{
			// The other items take their pro-rata places (Rp 24 jt); technical gets its pro-rata
			// money (half of 15 places × 3.5 jt = 26.25 jt, 7 places: [3, 4]), to the least covered
			// first; what is left goes as in pro rata, technical places one by one to the least
			// covered unit: [3, 5] from the remainders, then [4, 8].
			name: 'half the ask, least covered first: technical money to the least covered',
			budget: 91 * JT,
			rule: 'least_covered_first',
			technical: [4, 8],
			places: {
				technical: 12,
				seminar: 3,
				functional: 1,
				leadership: 1,
				studyAssignments: 0,
				cadreSchool: 1
			},
			spent: 89 * JT
		},
		{
			// Points per Rupiah (default rulebook): seminars (4.5 jt), leadership (21 jt), functional
			// (24 jt), then 11 of the 15 technical places (38.5 jt) rotating through the units,
			// least covered first; cadre school and the study assignment do not fit in the 3 jt left.
			name: 'half the ask, points per rupiah: cheapest points first',
			budget: 91 * JT,
			rule: 'points_per_rupiah',
			technical: [4, 7],
			places: {
				technical: 11,
				seminar: 3,
				functional: 2,
				leadership: 2,
				studyAssignments: 0,
				cadreSchool: 0
			},
			spent: 88 * JT
		},
		{
			name: 'budget above the ask, points per rupiah: everything, in full',
			budget: 200 * JT,
			rule: 'points_per_rupiah',
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
		// Unspent: what is left when everything asked is funded; nothing when something is not.
		expect(out.unspent).toBeCloseTo(budget >= EVERYTHING_COST ? budget - EVERYTHING_COST : 0, 3);
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
			proRata: [2, 0],
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
			proRata: [10, 0],
			leastCovered: [8, 2]
		},
		{
			name: 'ties go to the unit listed first',
			headcount: [10, 10, 10],
			coverage: [1, 1, 1],
			places: 2,
			proRata: [1, 1, 0],
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
		for (const rule of RULES) {
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

	it.each(RULES)(
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
	rule: fc.constantFrom(...RULES)
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

	// Largest remainder can move a rounding place from one item to another when the budget
	// grows (the Alabama paradox), so what pro rata keeps is the smaller budget's floor.
	it('pro rata: more budget never funds fewer places than the smaller budget’s proportional floor', () => {
		fc.assert(
			fc.property(arbitraryCase, fc.integer({ min: 1, max: 500 }), (c, extra) => {
				const proRata = { ...c, rule: 'pro_rata' as const };
				const low = fundCase(proRata);
				const fraction = low.asked > 0 ? Math.min(1, low.budget / low.asked) : 1;
				const floors = Array.from(low.technicalAsked, (p) => Math.floor(p * fraction + 1e-9));
				const asks = { ...low.asks };
				const high = fundCase(proRata, c.budget + extra * JT);
				for (const item of FUNDED_ITEMS) {
					if (item === 'technical') continue;
					expect(high.places[item]).toBeGreaterThanOrEqual(
						Math.floor(asks[item] * fraction + 1e-9)
					);
				}
				high.technicalFunded.forEach((p, u) => expect(p).toBeGreaterThanOrEqual(floors[u]));
			}),
			params
		);
	});

	it('spends down to less than the cheapest place still asked and unfunded (≥ 97 % when that is ≤ 3 %)', () => {
		fc.assert(
			fc.property(arbitraryCase, (c) => {
				const out = fundCase(c);
				if (out.asked <= out.budget) {
					expect(out.spent).toBeCloseTo(out.asked, 3);
					expect(out.unspent).toBeCloseTo(out.budget - out.asked, 3);
					return;
				}
				const cost = unitCosts(policy(0, { outOfTownShare: c.outOfTownShare }), DEFAULTS);
				const unfunded = FUNDED_ITEMS.filter((i) => out.places[i] < out.asks[i]).map(
					(i) => cost[i]
				);
				expect(unfunded.length).toBeGreaterThan(0);
				const cheapest = Math.min(...unfunded);
				expect(out.budget - out.spent).toBeLessThan(cheapest + 1e-6);
				expect(out.unspent).toBe(0);
				if (cheapest <= 0.03 * out.budget)
					expect(out.spent).toBeGreaterThanOrEqual(0.97 * out.budget);
			}),
			params
		);
	});

	it('points per rupiah: raising one ask never funds fewer places of it, nor of items ranked above it', () => {
		const asks = [
			'coverage',
			'seminarCoverage',
			'functionalTrainingCoverage',
			'leadershipPlaces',
			'studyAssignments',
			'cadreSchoolPlaces'
		] as const;
		const itemOf = {
			coverage: 'technical',
			seminarCoverage: 'seminar',
			functionalTrainingCoverage: 'functional',
			leadershipPlaces: 'leadership',
			studyAssignments: 'studyAssignments',
			cadreSchoolPlaces: 'cadreSchool'
		} as const;
		fc.assert(
			fc.property(
				arbitraryCase,
				fc.constantFrom(...asks),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(c, ask, more) => {
					const base = { ...c, rule: 'points_per_rupiah' as const };
					const raised =
						ask === 'coverage'
							? { ...base, coverage: base.coverage.map((v) => v + (1 - v) * more) }
							: typeof base[ask] === 'number' && ask.endsWith('Coverage')
								? { ...base, [ask]: base[ask] + (1 - base[ask]) * more }
								: { ...base, [ask]: base[ask] + Math.round(more * 5) };
					const low = fundCase(base);
					const lowPlaces = { ...low.places };
					const high = fundCase(raised);
					const item = itemOf[ask];
					expect(high.places[item]).toBeGreaterThanOrEqual(lowPlaces[item]);
					const p = policy(0, { outOfTownShare: c.outOfTownShare });
					const cost = unitCosts(p, DEFAULTS);
					const worth = placeWorth(p, DEFAULTS, DEFAULT_BASIS);
					const ratio = (i: FundedItem) => worth[i] / cost[i];
					for (const other of FUNDED_ITEMS) {
						// Seminars are ranked in two tiers; only items strictly above both are compared.
						if (other === item || other === 'seminar' || item === 'seminar') continue;
						if (cost[other] > 0 && ratio(other) > ratio(item))
							expect(high.places[other]).toBe(lowPlaces[other]);
					}
				}
			),
			params
		);
	});

	it('least covered first: more budget never funds fewer technical places than the smaller budget’s pro-rata money buys', () => {
		fc.assert(
			fc.property(arbitraryCase, fc.integer({ min: 1, max: 500 }), (c, extra) => {
				const rule = { ...c, rule: 'least_covered_first' as const };
				const low = fundCase(rule);
				const fraction = low.asked > 0 ? Math.min(1, low.budget / low.asked) : 1;
				const floor = Math.floor(fraction * low.asks.technical + 1e-9);
				const high = fundCase(rule, c.budget + extra * JT).places.technical;
				expect(high).toBeGreaterThanOrEqual(Math.min(floor, low.places.technical));
			}),
			params
		);
	});

	it('points per rupiah: more budget never funds fewer places of the items ranked above the first one left short', () => {
		fc.assert(
			fc.property(arbitraryCase, fc.integer({ min: 1, max: 500 }), (c, extra) => {
				const rule = { ...c, rule: 'points_per_rupiah' as const };
				const low = fundCase(rule);
				const lowPlaces = { ...low.places };
				const asks = { ...low.asks };
				const high = fundCase(rule, c.budget + extra * JT);
				const p = policy(0, { outOfTownShare: c.outOfTownShare });
				const cost = unitCosts(p, DEFAULTS);
				const worth = placeWorth(p, DEFAULTS, DEFAULT_BASIS);
				const ratio = (i: FundedItem) => (i === 'seminar' ? 0 : worth[i] / cost[i]);
				const ranked = FUNDED_ITEMS.filter((i) => cost[i] > 0).sort(
					(x, y) => ratio(y) - ratio(x) || FUNDED_ITEMS.indexOf(x) - FUNDED_ITEMS.indexOf(y)
				);
				// Seminars (two tiers) are left out of the ranking: compared only items before the first short.
				for (const item of ranked) {
					if (item === 'seminar') continue;
					if (lowPlaces[item] < asks[item]) break;
					expect(high.places[item]).toBe(asks[item]);
				}
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

describe('fundYear: points per rupiah', () => {
	it('ranks seminars, leadership and functional training, Bimtek, cadre school, then study', () => {
		const p = policy(0);
		const cost = unitCosts(p, DEFAULTS);
		const worth = placeWorth(p, DEFAULTS, DEFAULT_BASIS);
		const ranked = [...FUNDED_ITEMS].sort((x, y) => worth[y] / cost[y] - worth[x] / cost[x]);
		expect(ranked[0]).toBe('seminar');
		expect(ranked.indexOf('functional')).toBeLessThan(ranked.indexOf('technical'));
		expect(ranked.indexOf('technical')).toBeLessThan(ranked.indexOf('cadreSchool'));
		expect(ranked.at(-1)).toBe('studyAssignments');
		// Worth comes from the rulebook: doubling the seminar points doubles a seminar's worth.
		const rulebook = structuredClone(DEFAULT_RULEBOOK);
		for (const post of ['structural', 'functional', 'pelaksana'] as const)
			rulebook.competency.points[post].seminar!.points *= 2;
		const doubled = placeWorth(p, DEFAULTS, worthBasis(compileRulebook(rulebook)));
		expect(doubled.seminar).toBeCloseTo(2 * worth.seminar, 9);
	});

	// Pro rata funds it only when its remainder ranks first and the money left covers it.
	it.each(['points_per_rupiah'] as const)(
		'funds a one-place item (functional training, Rp 12 jt) when the budget is short (%s)',
		(rule) => {
			const out = fund(
				policy(50 * JT, { coverage: [1], functionalTrainingCoverage: 1, fundingRule: rule }),
				demand([20], { functionalEligible: 1 })
			);
			expect(out.places.functional).toBe(1);
			expect(out.budget - out.spent).toBeLessThan(3.5 * JT);
		}
	);

	it('asking for more seminars at the same budget keeps the seminars it funded', () => {
		const d = demand([40]);
		const p = (seminarCoverage: number) =>
			policy(60 * JT, { coverage: [1], seminarCoverage, fundingRule: 'points_per_rupiah' });
		const low = fund(p(0.2), d);
		const lowSeminars = low.places.seminar;
		const high = fund(p(1), d);
		expect(lowSeminars).toBe(8);
		expect(high.places.seminar).toBeGreaterThanOrEqual(lowSeminars);
	});

	it('values seminars by what the rotation lets them renew: the whole window, one year, or nothing', () => {
		// 40 staff, 2-year window, 30 % free. The yearly arc of seminar turns overlaps last
		// year's beyond 1 − φ ≈ 38 % and covers everyone at φ ≈ 62 %: round(8.2 % × 40) = 3
		// places renew the whole window, round(31.8 % × 40) − 3 = 10 more add a year, the rest
		// nothing. Both scoring tiers outrank in-town Bimtek at these costs; the rest rank last.
		expect(seminarWorthTiers(40, 0.3, 2)).toEqual({ wholeWindow: 3, oneYear: 10, windowYears: 2 });
		const out = fund(
			policy(30 * JT, { coverage: [1], seminarCoverage: 1, fundingRule: 'points_per_rupiah' }),
			demand([40])
		);
		expect(out.places.seminar).toBe(13);
		expect(out.places.technical).toBe(Math.floor((30 - 13 * 1.5) / 3.5));
	});

	it('values no seminar place once the free ones already cover everyone (free share ≥ φ)', () => {
		expect(seminarWorthTiers(100, 0.7, 2)).toEqual({ wholeWindow: 0, oneYear: 0, windowYears: 2 });
		expect(seminarWorthTiers(100, 0.3, 1)).toEqual({ wholeWindow: 70, oneYear: 0, windowYears: 1 });
	});
});

describe('fundYear: unspent money', () => {
	it.each(RULES)('reports what cannot be spent when every ask is funded (%s)', (rule) => {
		const out = fund(policy(100 * JT, { coverage: [0.5], fundingRule: rule }), demand([10]));
		expect(out.spent).toBeCloseTo(5 * 3.5 * JT, 3);
		expect(out.unspent).toBeCloseTo(100 * JT - 5 * 3.5 * JT, 3);
		const short = fund(policy(10 * JT, { coverage: [0.5], fundingRule: rule }), demand([10]));
		expect(short.unspent).toBe(0);
	});
});
