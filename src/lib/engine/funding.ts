/**
 * Step 1 of a year: fund. What the plan asks for is priced and funded in full
 * when the budget allows, otherwise by the scenario's funding rule. Spending
 * never exceeds the budget. A study assignment is booked whole (every year of
 * it) in the year it starts, as a commitment, so a plan never has to cut next
 * year's training to pay for this year's decision.
 *
 * When the budget is short, every rule spends it down to less than the price
 * of the cheapest place still asked and unfunded:
 *
 *   unspent money < min { unit cost of item i : places(i) < asked(i) }.
 *
 * Proof: each rule ends with a pass over the items that gives each item
 * `min(unfunded, ⌊left / cost⌋)` more places; after item i's turn the money left
 * is below its cost (or it is fully funded), and the money left only falls
 * afterwards. So when the asks exceed the allocation, at most one place's price
 * is left (≥ 97 % spent whenever the cheapest unfunded place costs ≤ 3 % of the
 * allocation — Rp 3.5 jt of a Rp 370 jt budget is under 1 %).
 */
import { GOLDEN_RATIO_FRACTION } from './goldenRatio';
import { compileRulebook, INDICATOR, type CompiledRulebook } from './compileRulebook';
import type { Assumptions, YearPolicy } from './inputs';
import { DEFAULT_RULEBOOK } from './rulebooks';

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
	/**
	 * Money the plan cannot spend because everything it asks for is funded:
	 * `budget − spent` when no place asked is left unfunded, otherwise 0 (a short
	 * budget leaves only rounding, less than the cheapest unfunded place).
	 */
	unspent: number;
	/** Per unit: technical places asked and funded. */
	technicalAsked: Int32Array;
	technicalFunded: Int32Array;
	/** Places asked per item (technical is the sum over units). */
	asks: Record<FundedItem, number>;
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

/**
 * Years over which a place that counts for good (functional or leadership
 * training, a degree) is valued: one medium-term plan (RPJMD, 5 years).
 */
export const LASTING_YEARS = 5;

/**
 * The rulebook's and roster's part of what a place is worth, computed once per
 * run: mean competency points of the trainees' posts, the qualification step of
 * a study assignment, and how many SKP points one SD of latent performance buys.
 */
export interface WorthBasis {
	/** Competency points, weighted by the roster's post mix (functional and leadership: their post's). */
	seminarPoints: number;
	technicalPoints: number;
	functionalPoints: number;
	leadershipPoints: number;
	seminarWindowYears: number;
	technicalWindowYears: number;
	technicalJpThreshold: number;
	technicalProRata: boolean;
	/** Qualification points gained by the usual assignment, S1 → S2. */
	qualificationStep: number;
	/** SKP points of a baik rating less the missing-SKP points: lost per year away. */
	awayLoss: number;
	/** Expected SKP points per SD of latent performance: Σ φ(threshold) × the points step there. */
	performancePerSd: number;
}

/** Standard normal density. */
function normalDensity(z: number): number {
	return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/**
 * The worth basis from the compiled rulebook. `postMix`: staff per post type
 * (POST_TYPES order; equal when absent); `thresholds`: the roster's latent SKP
 * thresholds (absent: the middle step only, at the normal density of 0).
 */
export function worthBasis(
	rules: CompiledRulebook,
	postMix: ArrayLike<number> = [1, 1, 1],
	thresholds?: ArrayLike<number>
): WorthBasis {
	const total = postMix[0] + postMix[1] + postMix[2] || 3;
	const weight = (p: number) => (total > 0 ? postMix[p] / total : 1 / 3);
	const mean = (indicator: number) =>
		[0, 1, 2].reduce((s, p) => s + weight(p) * rules.competencyPoints[p * 4 + indicator], 0);
	const perf = rules.performancePoints;
	const q = rules.qualificationPoints;
	let performancePerSd = 0;
	if (thresholds && thresholds.length === perf.length - 1) {
		for (let k = 0; k < thresholds.length; k++)
			performancePerSd += normalDensity(thresholds[k]) * (perf[k + 1] - perf[k]);
	} else performancePerSd = normalDensity(0) * (perf[3] - perf[2]);
	return {
		seminarPoints: mean(INDICATOR.seminar),
		technicalPoints: mean(INDICATOR.technical),
		functionalPoints: rules.competencyPoints[1 * 4 + INDICATOR.functional],
		leadershipPoints: rules.competencyPoints[0 * 4 + INDICATOR.leadership],
		seminarWindowYears: rules.seminarWindowYears,
		technicalWindowYears: rules.technicalWindowYears,
		technicalJpThreshold: rules.technicalJpThreshold,
		technicalProRata: rules.technicalCredit === 'pro_rata',
		// EDUCATION_LEVELS: … S1 = 6, S2 = 7.
		qualificationStep: q[7] - q[6],
		awayLoss: perf[3] - rules.missingSkpPoints,
		performancePerSd
	};
}

/**
 * Estimated index points one place adds to one person's score, summed over the
 * years it counts (the points-per-Rupiah rule ranks items by worth ÷ cost):
 * - seminar: the seminar points for the rulebook's seminar window;
 * - technical: the technical points for its window, times the JP credit of the
 *   place's in-town/out-of-town mix, plus the performance effect (effect ×
 *   expected match × JP response × SKP points per SD), decaying at the effect's
 *   half-life over `LASTING_YEARS`;
 * - functional / leadership: their points, plus the technical / managerial
 *   effect, kept for `LASTING_YEARS`;
 * - cadre school: a seminar's credit plus the managerial effect, decaying;
 * - study assignment: the S1 → S2 step for the years after return, less a
 *   baik SKP for every year away (usually negative: funded last).
 * Central values of the assumptions; an estimate for ordering, not a forecast.
 * It ignores overlaps (a seminar for someone still inside the window, the
 * competency cap), so it overstates very high coverage.
 */
export function placeWorth(
	policy: YearPolicy,
	a: Assumptions,
	basis: WorthBasis
): Record<FundedItem, number> {
	const outOfTown = outOfTownShareOf(policy, a);
	const th = basis.technicalJpThreshold;
	const credit = (jp: number) => (basis.technicalProRata ? Math.min(1, jp / th) : jp >= th ? 1 : 0);
	const response = (jp: number) => Math.min(1, jp / a.jpForFullEffect);
	const mix = (f: (jp: number) => number) =>
		(1 - outOfTown) * f(a.jpBimtekInTown) + outOfTown * f(a.jpBimtekOutOfTown);
	const retention = Math.pow(0.5, 12 / a.effectHalfLifeMonths.value);
	let decaying = 0;
	for (let k = 0; k < LASTING_YEARS; k++) decaying += Math.pow(retention, k);
	const match =
		policy.matchedToDuties + (1 - policy.matchedToDuties) * a.mismatchedEffectShare.value;
	const perSd = basis.performancePerSd;
	const seminar = basis.seminarPoints * basis.seminarWindowYears;
	const duration = a.studyDurationYears;
	return {
		technical:
			basis.technicalPoints * basis.technicalWindowYears * mix(credit) +
			a.effectTechnical.value * match * mix(response) * perSd * decaying,
		seminar,
		functional: (basis.functionalPoints + a.effectTechnical.value * perSd) * LASTING_YEARS,
		leadership: (basis.leadershipPoints + a.effectManagerial.value * perSd) * LASTING_YEARS,
		studyAssignments:
			basis.qualificationStep * Math.max(0, LASTING_YEARS - duration) - basis.awayLoss * duration,
		cadreSchool: seminar + a.effectManagerial.value * perSd * decaying
	};
}

/** The default rulebook with an equal post mix: for callers that have no roster at hand. */
const DEFAULT_BASIS: WorthBasis = worthBasis(compileRulebook(DEFAULT_RULEBOOK));

function zeroItems(): Record<FundedItem, number> {
	return {
		technical: 0,
		seminar: 0,
		functional: 0,
		leadership: 0,
		studyAssignments: 0,
		cadreSchool: 0
	};
}

export function allocateFundingDecision(unitCount: number): FundingDecision {
	return {
		ceiling: 0,
		budget: 0,
		asked: 0,
		spent: 0,
		shortfall: 0,
		unspent: 0,
		technicalAsked: new Int32Array(unitCount),
		technicalFunded: new Int32Array(unitCount),
		asks: zeroItems(),
		places: zeroItems(),
		spending: zeroItems()
	};
}

/** Whole places of `cost` that `money` buys (exact: n × cost ≤ money < (n + 1) × cost). */
function affordable(money: number, cost: number): number {
	if (!(money > 0)) return 0;
	let n = Math.floor(money / cost);
	if (n * cost > money) n--;
	else if ((n + 1) * cost <= money) n++;
	return Math.max(0, n);
}

/**
 * Funds one year; writes into `out` (reused across years and draws). `basis`
 * values places for the points-per-Rupiah rule (by default: the default
 * rulebook's points, equal post mix); the other rules ignore it.
 */
export function fundYear(
	policy: YearPolicy,
	demand: FundingDemand,
	a: Assumptions,
	out: FundingDecision,
	basis: WorthBasis = DEFAULT_BASIS
): FundingDecision {
	const cost = unitCosts(policy, a);
	const units = demand.headcount.length;
	const totalHeadcount = demand.headcount.reduce((s, h) => s + h, 0);
	const asked = out.asks;
	asked.technical = 0;
	asked.seminar = Math.round(policy.seminarCoverage * totalHeadcount);
	asked.functional = Math.round(policy.functionalTrainingCoverage * demand.functionalEligible);
	asked.leadership = Math.min(policy.leadershipPlaces, demand.leadershipEligible);
	asked.studyAssignments = Math.min(policy.studyAssignments, demand.studyEligible);
	asked.cadreSchool = Math.min(policy.cadreSchoolPlaces, totalHeadcount);
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

	if (askedCost <= budget) {
		for (const item of FUNDED_ITEMS) out.places[item] = asked[item];
		out.technicalFunded.set(out.technicalAsked);
	} else if (policy.fundingRule === 'points_per_rupiah') {
		const seminarTiers = seminarWorthTiers(
			totalHeadcount,
			a.externalSeminarShare,
			basis.seminarWindowYears
		);
		const worth = placeWorth(policy, a, basis);
		fundByPointsPerRupiah(out, demand.headcount, cost, worth, budget, seminarTiers);
	} else {
		fundProRata(out, demand.headcount, cost, budget / askedCost, budget, policy.fundingRule);
	}
	trimToBudget(out, cost, budget);

	let spent = 0;
	let unfunded = false;
	for (const item of FUNDED_ITEMS) {
		out.spending[item] = out.places[item] * cost[item];
		spent += out.spending[item];
		if (out.places[item] < asked[item]) unfunded = true;
	}
	out.ceiling = ceilingOf(policy, a);
	out.budget = budget;
	out.asked = askedCost;
	out.spent = spent;
	out.shortfall = Math.max(0, askedCost - budget);
	out.unspent = unfunded ? 0 : Math.max(0, budget - spent);
	return out;
}

/** Scratch for the points-per-Rupiah lots: every item once, seminars three times. */
const MAX_LOTS = FUNDED_ITEMS.length + 2;
const LOT_ITEM = new Int8Array(MAX_LOTS);
const LOT_CAP = new Float64Array(MAX_LOTS);
const LOT_RATIO = new Float64Array(MAX_LOTS);
const LOT_ORDER = new Int8Array(MAX_LOTS);

/** Seminar places by what they add: the whole window's credit, one year of it, or nothing. */
export interface SeminarTiers {
	wholeWindow: number;
	oneYear: number;
	/** The window's length, in years: a one-year place is worth 1 / windowYears of a whole-window one. */
	windowYears: number;
}

/**
 * How many agency seminar places renew a credit, given the free ones. The seminar rotation
 * starts each year a golden-ratio step (φ ≈ 0.618 of the staff) further on and the agency's
 * places come first, then the free ones: a yearly arc covering the share `a` of the staff.
 * With a two-year window, this year's and last year's arcs overlap once `a` passes 1 − φ, and
 * together cover everyone once `a` reaches φ. So below 1 − φ a place adds the whole window's
 * credit, between 1 − φ and φ one year of it, above φ nothing. A one-year window: every place
 * up to the whole staff renews it. Longer windows: one place per person per window.
 */
export function seminarWorthTiers(
	headcount: number,
	freeShare: number,
	windowYears: number
): SeminarTiers {
	const places = (share: number) => Math.max(0, Math.round(share * headcount));
	if (windowYears <= 1) return { wholeWindow: places(1 - freeShare), oneYear: 0, windowYears };
	if (windowYears === 2) {
		const whole = places(1 - GOLDEN_RATIO_FRACTION - freeShare);
		return {
			wholeWindow: whole,
			oneYear: Math.max(0, places(GOLDEN_RATIO_FRACTION - freeShare) - whole),
			windowYears
		};
	}
	return { wholeWindow: places(1 / windowYears - freeShare), oneYear: 0, windowYears };
}

/**
 * Points per Rupiah, cheapest points first: free places in full, then the
 * items by estimated worth ÷ cost (ties in `FUNDED_ITEMS` order), each taking
 * as many places as the money left buys; technical places rotate through the
 * units, least covered first. One pass does both the "cheapest points first"
 * prefix and the hand-out of what is left to the next affordable asks.
 *
 * Whole places make two guarantees approximate, with these exact bounds
 * (docs/model.md, "Funding"): with more budget, or with an ask raised, every
 * item ranked above the first item left short keeps at least its places, and the
 * places lost are of items ranked below it, costing in all less than one place
 * of that item; so in estimated points nothing is lost beyond what the first
 * short item gains.
 */
function fundByPointsPerRupiah(
	out: FundingDecision,
	headcount: Int32Array,
	cost: Record<FundedItem, number>,
	worth: Record<FundedItem, number>,
	budget: number,
	seminarTiers: SeminarTiers
): void {
	// Lots: every paid item; seminars in three (below). Module scratch arrays, nothing grown
	// or sorted by closure per call: this runs for every year of every Monte Carlo path.
	let lots = 0;
	const lot = (item: number, cap: number, ratio: number) => {
		LOT_ITEM[lots] = item;
		LOT_CAP[lots] = cap;
		LOT_RATIO[lots] = ratio;
		lots++;
	};
	for (let k = 0; k < FUNDED_ITEMS.length; k++) {
		const item = FUNDED_ITEMS[k];
		out.places[item] = cost[item] > 0 ? 0 : out.asks[item];
		if (cost[item] <= 0) continue;
		const ratio = worth[item] / cost[item];
		if (item === 'seminar') {
			// Places that renew the credit for the whole window, places that add a year of it,
			// and places that fall on people whose seminar still counts.
			const full = Math.min(out.asks.seminar, seminarTiers.wholeWindow);
			const partial = Math.min(out.asks.seminar - full, seminarTiers.oneYear);
			lot(k, full, ratio);
			lot(k, partial, ratio / seminarTiers.windowYears);
			lot(k, out.asks.seminar - full - partial, 0);
		} else lot(k, out.asks[item], ratio);
	}
	// Insertion sort of the lot numbers by ratio, highest first, ties in lot order (≤ 8 lots).
	for (let k = 0; k < lots; k++) {
		let j = k;
		while (j > 0 && LOT_RATIO[LOT_ORDER[j - 1]] < LOT_RATIO[k]) {
			LOT_ORDER[j] = LOT_ORDER[j - 1];
			j--;
		}
		LOT_ORDER[j] = k;
	}
	out.technicalFunded.fill(0);
	if (cost.technical <= 0) out.technicalFunded.set(out.technicalAsked);
	let left = budget;
	for (let o = 0; o < lots; o++) {
		const k = LOT_ORDER[o];
		const item = FUNDED_ITEMS[LOT_ITEM[k]];
		const places = Math.min(LOT_CAP[k], affordable(left, cost[item]));
		out.places[item] += places;
		left -= places * cost[item];
		if (item === 'technical') addTechnicalPlaces(out, headcount, places);
	}
}

/**
 * Pro rata (every item the same fraction, places rounded down) or least covered
 * first (the same technical money, place by place to the least-covered unit),
 * then what rounding left: one more place to the largest remainders, then to any
 * ask still affordable, in the order of the remainders.
 */
function fundProRata(
	out: FundingDecision,
	headcount: Int32Array,
	cost: Record<FundedItem, number>,
	fraction: number,
	budget: number,
	rule: YearPolicy['fundingRule']
): void {
	const units = headcount.length;
	const leastCovered = rule === 'least_covered_first' && cost.technical > 0;
	// Lots: the non-technical items, then technical as one lot (least covered) or one per unit.
	const lotItem: FundedItem[] = [];
	const lotUnit: number[] = [];
	const lotRemainder: number[] = [];
	let spent = 0;
	for (const item of FUNDED_ITEMS) {
		if (item === 'technical') continue;
		const exact = cost[item] > 0 ? out.asks[item] * fraction : out.asks[item];
		out.places[item] = Math.min(out.asks[item], Math.floor(exact + 1e-9));
		spent += out.places[item] * cost[item];
		lotItem.push(item);
		lotUnit.push(-1);
		lotRemainder.push(exact - out.places[item]);
	}
	if (leastCovered) {
		out.technicalFunded.fill(0);
		const money = fraction * out.asks.technical * cost.technical;
		const places = Math.min(out.asks.technical, affordable(money, cost.technical));
		addTechnicalPlaces(out, headcount, places);
		spent += places * cost.technical;
		lotItem.push('technical');
		lotUnit.push(-1);
		lotRemainder.push(money / cost.technical - places);
	} else {
		for (let u = 0; u < units; u++) {
			const exact = cost.technical > 0 ? out.technicalAsked[u] * fraction : out.technicalAsked[u];
			out.technicalFunded[u] = Math.min(out.technicalAsked[u], Math.floor(exact + 1e-9));
			spent += out.technicalFunded[u] * cost.technical;
			lotItem.push('technical');
			lotUnit.push(u);
			lotRemainder.push(exact - out.technicalFunded[u]);
		}
	}
	let left = budget - spent;
	const lots = lotItem.map((_, k) => k).sort((x, y) => lotRemainder[y] - lotRemainder[x] || x - y);
	const unfunded = (k: number) =>
		lotUnit[k] >= 0
			? out.technicalAsked[lotUnit[k]] - out.technicalFunded[lotUnit[k]]
			: lotItem[k] === 'technical'
				? out.asks.technical - sumOf(out.technicalFunded)
				: out.asks[lotItem[k]] - out.places[lotItem[k]];
	const give = (k: number, places: number) => {
		if (places <= 0) return;
		const item = lotItem[k];
		if (lotUnit[k] >= 0) out.technicalFunded[lotUnit[k]] += places;
		else if (item === 'technical') addTechnicalPlaces(out, headcount, places);
		else out.places[item] += places;
		left -= places * cost[item];
	};
	for (const k of lots) {
		if (lotRemainder[k] > 1e-9 && unfunded(k) > 0 && cost[lotItem[k]] <= left) give(k, 1);
	}
	for (const k of lots) give(k, Math.min(unfunded(k), affordable(left, cost[lotItem[k]])));
	out.places.technical = sumOf(out.technicalFunded);
}

function sumOf(values: Int32Array): number {
	let s = 0;
	for (let u = 0; u < values.length; u++) s += values[u];
	return s;
}

/**
 * Gives `places` more technical places one at a time to the unit whose funded
 * coverage is lowest (ties: the unit listed first) — the study's "Bimtek reaches
 * every unit" remedy. One at a time, so fewer places are always a prefix of more.
 */
function addTechnicalPlaces(out: FundingDecision, headcount: Int32Array, places: number): void {
	for (let k = 0; k < places; k++) {
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
	}
	out.places.technical = sumOf(out.technicalFunded);
}

/**
 * Places are counted exactly, so spending stays within the budget up to
 * floating-point dust; this takes away the last place bought where the dust
 * tips it over.
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
