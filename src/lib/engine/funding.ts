/**
 * Step 1 of a year: fund. What the plan asks for is priced and funded in full
 * when the budget allows, otherwise by the scenario's funding rule. Spending
 * never exceeds the budget: places are rounded down. A study assignment is
 * booked whole (every year of it) in the year it starts, as a commitment, so a
 * plan never has to cut next year's training to pay for this year's decision.
 */
import type { Assumptions, YearPolicy } from './inputs';

export const FUNDED_ITEMS = [
	'technical',
	'seminar',
	'functional',
	'leadership',
	'studyAssignments',
	'cadreSchool'
] as const;
export type FundedItem = (typeof FUNDED_ITEMS)[number];

/** What the year can ask for, given who still lacks what. */
export interface FundingDemand {
	headcount: Int32Array;
	/** Functional-post staff lacking functional training. */
	functionalEligible: number;
	/** Structural staff lacking leadership training. */
	leadershipEligible: number;
	/** People who could start a study assignment. */
	studyEligible: number;
}

export interface FundingDecision {
	/** This year's budget ceiling (pagu OPD) on this path. */
	ceiling: number;
	budget: number;
	asked: number;
	spent: number;
	shortfall: number;
	/** Per unit: technical places asked and funded. */
	technicalAsked: Int32Array;
	technicalFunded: Int32Array;
	/** Places funded per item (technical is the sum over units). */
	places: Record<FundedItem, number>;
	spending: Record<FundedItem, number>;
}

/** The share of technical places out of town: the plan's, but never below what has no local provider. */
export function outOfTownShareOf(policy: YearPolicy, a: Assumptions): number {
	return Math.max(policy.outOfTownShare, a.outOfTownMinimum);
}

/** Prices of the policy's year relative to the price year of the unit costs. */
export function priceIndex(policy: YearPolicy, a: Assumptions): number {
	return Math.pow(1 + a.costInflation, policy.year - a.priceYear);
}

/** The budget ceiling of the policy's year: the last recorded one, grown since. */
export function ceilingOf(policy: YearPolicy, a: Assumptions): number {
	return policy.ceiling * Math.pow(1 + a.ceilingGrowth, policy.ceilingGrowthYears);
}

/** Cost to the agency of one place of each item this year, in this year's Rupiah. */
export function unitCosts(policy: YearPolicy, a: Assumptions): Record<FundedItem, number> {
	const prices = priceIndex(policy, a);
	const outOfTown = outOfTownShareOf(policy, a);
	return {
		technical: prices * ((1 - outOfTown) * a.costBimtekInTown + outOfTown * a.costBimtekOutOfTown),
		seminar: prices * a.costSeminar,
		functional: prices * a.costFunctionalTraining,
		leadership: prices * a.costLeadershipTraining * (1 - a.leadershipExternalShare),
		studyAssignments: prices * a.costStudyAssignmentPerYear * a.studyDurationYears,
		cadreSchool: prices * a.costCadreSchool
	};
}

export function allocateFundingDecision(unitCount: number): FundingDecision {
	const zero = () => ({
		technical: 0,
		seminar: 0,
		functional: 0,
		leadership: 0,
		studyAssignments: 0,
		cadreSchool: 0
	});
	return {
		ceiling: 0,
		budget: 0,
		asked: 0,
		spent: 0,
		shortfall: 0,
		technicalAsked: new Int32Array(unitCount),
		technicalFunded: new Int32Array(unitCount),
		places: zero(),
		spending: zero()
	};
}

/** Funds one year; writes into `out` (reused across years and draws). */
export function fundYear(
	policy: YearPolicy,
	demand: FundingDemand,
	a: Assumptions,
	out: FundingDecision
): FundingDecision {
	const cost = unitCosts(policy, a);
	const units = demand.headcount.length;
	const totalHeadcount = demand.headcount.reduce((s, h) => s + h, 0);
	const asked: Record<FundedItem, number> = {
		technical: 0,
		seminar: Math.round(policy.seminarCoverage * totalHeadcount),
		functional: Math.round(policy.functionalTrainingCoverage * demand.functionalEligible),
		leadership: Math.min(policy.leadershipPlaces, demand.leadershipEligible),
		studyAssignments: Math.min(policy.studyAssignments, demand.studyEligible),
		cadreSchool: Math.min(policy.cadreSchoolPlaces, totalHeadcount)
	};
	for (let u = 0; u < units; u++) {
		const places = Math.min(
			demand.headcount[u],
			Math.round(policy.coverage[u] * demand.headcount[u])
		);
		out.technicalAsked[u] = places;
		asked.technical += places;
	}

	const budget = Math.max(0, ceilingOf(policy, a) * policy.budgetShare);
	let askedCost = 0;
	for (const item of FUNDED_ITEMS) askedCost += asked[item] * cost[item];
	const fraction = askedCost > 0 ? Math.min(1, budget / askedCost) : 1;
	// Free places (e.g. leadership paid wholly by LAN) never wait for money.
	const share = (places: number, unitCost: number) =>
		unitCost > 0 ? Math.floor(places * fraction + 1e-9) : places;

	for (const item of FUNDED_ITEMS) {
		if (item !== 'technical') out.places[item] = share(asked[item], cost[item]);
	}
	if (policy.fundingRule === 'least_covered_first' && fraction < 1 && cost.technical > 0) {
		// The technical money is the same as pro rata; only who gets it differs.
		const money = fraction * asked.technical * cost.technical;
		fundLeastCoveredFirst(out, demand.headcount, cost.technical, money);
	} else {
		for (let u = 0; u < units; u++)
			out.technicalFunded[u] = share(out.technicalAsked[u], cost.technical);
	}
	let technicalPlaces = 0;
	for (let u = 0; u < units; u++) technicalPlaces += out.technicalFunded[u];
	out.places.technical = technicalPlaces;
	trimToBudget(out, cost, budget);

	let spent = 0;
	for (const item of FUNDED_ITEMS) {
		out.spending[item] = out.places[item] * cost[item];
		spent += out.spending[item];
	}
	out.ceiling = ceilingOf(policy, a);
	out.budget = budget;
	out.asked = askedCost;
	out.spent = spent;
	out.shortfall = Math.max(0, askedCost - budget);
	return out;
}

/**
 * Rounding places down keeps spending within the budget up to floating-point
 * dust; this takes away the last place bought where the dust tips it over.
 */
function trimToBudget(
	out: FundingDecision,
	cost: Record<FundedItem, number>,
	budget: number
): void {
	const spentNow = () => FUNDED_ITEMS.reduce((s, item) => s + out.places[item] * cost[item], 0);
	while (spentNow() > budget) {
		const item = FUNDED_ITEMS.filter((i) => out.places[i] > 0 && cost[i] > 0).sort(
			(x, y) => cost[y] - cost[x]
		)[0];
		if (!item) return;
		out.places[item]--;
		if (item === 'technical') {
			const u = out.technicalFunded.findLastIndex((p) => p > 0);
			out.technicalFunded[u]--;
		}
	}
}

/**
 * Gives technical places one at a time to the unit whose funded coverage is
 * lowest, while money lasts — the study's "Bimtek reaches every unit" remedy.
 */
function fundLeastCoveredFirst(
	out: FundingDecision,
	headcount: Int32Array,
	costPerPlace: number,
	money: number
): void {
	out.technicalFunded.fill(0);
	let left = money;
	while (left >= costPerPlace) {
		let best = -1;
		let bestCoverage = Infinity;
		for (let u = 0; u < headcount.length; u++) {
			if (out.technicalFunded[u] >= out.technicalAsked[u]) continue;
			const coverage = out.technicalFunded[u] / headcount[u];
			if (coverage < bestCoverage) {
				bestCoverage = coverage;
				best = u;
			}
		}
		if (best < 0) break;
		out.technicalFunded[best]++;
		left -= costPerPlace;
	}
}
