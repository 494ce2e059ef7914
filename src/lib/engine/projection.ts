/**
 * The projection: for every year, fund → train → evolve → score, over one
 * deterministic path or many Monte Carlo draws, then summarised per year.
 */
import { quantileSorted } from 'd3-array';
import { compileRulebook, categoryIndex, type CompiledRulebook } from './compileRulebook';
import {
	allocateCapScratch,
	evolveAndScoreYear,
	SUM,
	sumBlocks,
	yearSumLength
} from './evolveYear';
import {
	allocateFundingDecision,
	fundYear,
	FUNDED_ITEMS,
	worthBasis,
	type FundedItem,
	type FundingDemand
} from './funding';
import type { ProjectionInputs } from './inputs';
import { pathParameters } from './pathParameters';
import {
	allocatePopulation,
	indexRoster,
	isStudyEligible,
	POST,
	resetPopulation,
	type PopulationState,
	type RosterIndex
} from './population';
import {
	allocateWorkforceCarry,
	applyWorkforceAssumptions,
	resetWorkforceCarry,
	workforceYear,
	type WorkforceCounts
} from './workforce';
import { mixSeed, Sfc32 } from './random';
import { POST_TYPES, type PostType } from './roster';
import type { CategoryId } from './rulebooks/rulebook';
import { scoreRoster, type DimensionScores } from './scoring';
import { assignExpectedStudyStarts, assignTraining, atWork, startYear } from './training';

export interface IndexBand {
	mean: number;
	p10: number;
	p50: number;
	p90: number;
}

export interface UnitYear {
	unitId: string;
	/** Mean index of the unit's measured staff; null when it has none ("no staff"). */
	index: number | null;
	/** People holding a post in the unit (mean over draws). */
	headcount: number;
	/** Fractions of the unit's headcount sent to technical training. */
	coverageAsked: number;
	coverageFunded: number;
	placesAsked: number;
	placesFunded: number;
}

export interface YearResult {
	year: number;
	phase: 'replay' | 'plan';
	/** The agency index; null in a year nobody is measured (no staff, or only candidates). */
	index: IndexBand | null;
	/** Who holds a post, and who moved this year (means over draws). */
	staff: {
		headcount: number;
		/** People scored: the headcount less candidates (CPNS) where the rulebook leaves them out. */
		measured: number;
		retired: number;
		otherLeavers: number;
		hired: number;
	};
	/** Category of the median index; null with the index. */
	category: CategoryId | null;
	dimensions: DimensionScores;
	byUnit: UnitYear[];
	byPostType: Array<{ postType: PostType; index: number | null; headcount: number }>;
	budget: {
		ceiling: number;
		/** Budget share of the ceiling, as a fraction. */
		share: number;
		/** Allocated = ceiling × share. */
		allocated: number;
		asked: number;
		spent: number;
		shortfall: number;
		/**
		 * Money the plan cannot spend: allocated − spent on a path where every place asked
		 * is funded, 0 on a path where something asked is left unfunded (then only rounding
		 * is left, less than the cheapest unfunded place); the mean over draws.
		 */
		unspent: number;
	};
	spending: Record<FundedItem, number>;
	places: Record<FundedItem, number>;
	coverage: { asked: number; funded: number };
	/** Lowest unit's funded coverage over the highest's (1 = perfectly even; NaN when nobody is trained). */
	coverageEvenness: number;
	/** Share of staff with at least 20 JP of development this year. */
	reached20Jp: number;
	/** Share of staff with the rulebook's technical JP this year (the start roster's "≥ 20 JP last year"). */
	technicalJpMet: number;
	/** Share of staff with a seminar inside the rulebook's window. */
	recentSeminar: number;
	/** Median index as a percentage of the target; null with the index. */
	achievement: number | null;
	/** Target minus the median index (negative once the target is passed); null with the index. */
	gapToTarget: number | null;
}

export interface ProjectionResult {
	rulebookId: string;
	startYear: number;
	/** The roster's own score in the start year. */
	start: { year: number; index: number; category: CategoryId; dimensions: DimensionScores };
	/** Number of people in the roster. */
	people: number;
	years: YearResult[];
	target: { value: number; year: number };
	draws: number;
	seed: number;
	/** Agency index per draw and year, `[draw * years.length + y]` (one row in deterministic mode). */
	indexByDraw: Float64Array;
}

export interface ProjectOptions {
	/** Called after each draw with (done, total). */
	onProgress?: (done: number, total: number) => void;
	/**
	 * Watches the people as each year is scored, e.g. to explain a change person by person
	 * (`explain.ts`). Deterministic mode only (`draws: 0`); absent, the projection pays nothing.
	 */
	observer?: YearObserver;
}

/**
 * Sees the population of the deterministic path around each year's scoring. The state is
 * the engine's own and is reused: read it inside the call, never keep or change it.
 */
export interface YearObserver {
	/** Once, before the first year. */
	begin(index: RosterIndex, rules: CompiledRulebook, years: number): void;
	/** Year `t` (1 = the year after the start) is funded and trained, not yet evolved or scored. */
	beforeScoring(t: number, state: Readonly<PopulationState>): void;
	/** Year `t` (position `y` in the results) is scored. */
	afterScoring(y: number, t: number, state: Readonly<PopulationState>): void;
}

/** Layout of one year's funding sums (added over draws). */
const FUND = {
	budget: 0,
	asked: 1,
	spent: 2,
	shortfall: 3,
	ceiling: 4,
	unspent: 5,
	spending: 6,
	places: 6 + 6,
	units: 6 + 12
} as const;

/** The demand's counts as one number (each count is at most n). */
function demandKeyOf(demand: FundingDemand, n: number): number {
	const base = n + 1;
	return (
		(demand.functionalEligible * base + demand.leadershipEligible) * base + demand.studyEligible
	);
}

/**
 * One pass over the slots after the workforce moved: the people holding a post per
 * unit (into `demand.headcount`) and per post type, and who can still be trained or
 * sent to study (the year's demand). Returns a hash of the unit headcounts, which
 * with the demand keys the funding cache.
 */
function countStaff(
	index: RosterIndex,
	state: PopulationState,
	studyYears: number,
	demand: FundingDemand,
	postHeadcount: Int32Array
): number {
	const heads = demand.headcount;
	heads.fill(0);
	postHeadcount.fill(0);
	let functional = 0;
	let leadership = 0;
	let study = 0;
	for (let i = 0; i < index.n; i++) {
		if (state.active[i] !== 1) continue;
		const post = state.postType[i];
		heads[index.unit[i]]++;
		postHeadcount[post]++;
		if (!atWork(state, i)) continue;
		if (post === POST.functional && state.functional[i] === 0) functional++;
		if (post === POST.structural && state.leadership[i] === 0) leadership++;
		if (isStudyEligible(state, index, i, studyYears)) study++;
	}
	demand.functionalEligible = functional;
	demand.leadershipEligible = leadership;
	demand.studyEligible = study;
	let hash = 0;
	for (let u = 0; u < heads.length; u++) hash = (Math.imul(hash, 31) + heads[u]) >>> 0;
	return hash;
}

/**
 * Projects a scenario. Deterministic mode (`draws: 0`) uses central parameter
 * values and expected outcomes; Monte Carlo mode runs `draws` paths, each with
 * drawn parameters and individual events, seeded from `seed` so that the same
 * inputs always give the same numbers.
 */
export function project(inputs: ProjectionInputs, options: ProjectOptions = {}): ProjectionResult {
	validateInputs(inputs);
	const rules = compileRulebook(inputs.rulebook, inputs.scoring);
	const { roster, years, assumptions: a } = inputs;
	const index = indexRoster(roster, inputs.startYear);
	applyWorkforceAssumptions(index, a.workforce, inputs.startYear);
	const n = index.n;
	const unitCount = index.unitCount;
	const T = years.length;
	const K = yearSumLength(unitCount);
	const F = FUND.units + 2 * unitCount;
	const paths = Math.max(1, Math.floor(inputs.draws));
	const monteCarlo = inputs.draws > 0;
	const observer = options.observer;
	if (observer && monteCarlo)
		throw new Error('A year observer watches the deterministic path only: project with draws: 0.');

	const sums = new Float64Array(T * K);
	const funding = new Float64Array(T * F);
	const indexByDraw = new Float64Array(paths * T);
	const state = allocatePopulation(n, rules.disciplineWindowYears);
	const carry = allocateWorkforceCarry(n, unitCount);
	const moves: WorkforceCounts = {
		retired: 0,
		otherLeavers: 0,
		hired: 0,
		promoted: 0,
		converted: 0
	};
	const scratch = allocateCapScratch(n);
	const postHeadcount = new Int32Array(POST_TYPES.length);
	const blocks = sumBlocks(unitCount);
	// What a place is worth, for the points-per-Rupiah rule: this rulebook, this roster's post mix.
	const postMix = [0, 0, 0];
	for (let i = 0; i < n; i++) postMix[index.initial.postType[i]]++;
	const basis = worthBasis(rules, postMix, index.thresholds);
	// One funding decision per year, reused by later draws while the demand is the same
	// (it differs only when chance changed who is there, or who can still be trained or sent to study).
	const decisions = years.map(() => allocateFundingDecision(unitCount));
	const decidedFor = new Float64Array(T).fill(-1);
	const decidedForHeads = new Float64Array(T).fill(-1);
	const demand: FundingDemand = {
		headcount: new Int32Array(unitCount),
		functionalEligible: 0,
		leadershipEligible: 0,
		studyEligible: 0
	};

	observer?.begin(index, rules, T);
	for (let d = 0; d < paths; d++) {
		const pathSeed = mixSeed(inputs.seed, d);
		const events = monteCarlo ? new Sfc32(pathSeed, 1) : null;
		const params = pathParameters(a, monteCarlo ? new Sfc32(pathSeed, 2) : null);
		const workforceDraws = monteCarlo ? new Sfc32(pathSeed, 3) : null;
		const hireDraws = monteCarlo ? new Sfc32(pathSeed, 4) : null;
		const effects = { technical: params.effectTechnical, managerial: params.effectManagerial };
		// This path's prices, hours and money; a funding decision of another path does not apply.
		const pa = params.assumptions;
		if (pa !== a) decidedFor.fill(-1);
		resetPopulation(state, index, rules, events);
		resetWorkforceCarry(carry);
		let selfFundedCarry = 0;
		for (let y = 0; y < T; y++) {
			const policy = years[y];
			const t = y + 1;
			const o = y * K;
			workforceYear(
				t,
				policy,
				index,
				state,
				rules,
				a.workforce,
				params.workforce,
				workforceDraws,
				hireDraws,
				carry,
				moves
			);
			sums[o + SUM.retired] += moves.retired;
			sums[o + SUM.otherLeavers] += moves.otherLeavers;
			sums[o + SUM.hired] += moves.hired;
			const headsKey = countStaff(index, state, a.studyDurationYears, demand, postHeadcount);
			let headcount = 0;
			for (let u = 0; u < unitCount; u++) {
				sums[o + blocks.unitHeadcount + u] += demand.headcount[u];
				headcount += demand.headcount[u];
			}
			for (let k = 0; k < postHeadcount.length; k++)
				sums[o + blocks.postHeadcount + k] += postHeadcount[k];
			sums[o + SUM.headcount] += headcount;
			const totalBefore = sums[o + SUM.total];
			const measuredBefore = sums[o + SUM.measured];
			startYear(state, rules.technicalWindowYears);
			const decision = decisions[y];
			const demandKey = demandKeyOf(demand, n);
			if (decidedFor[y] !== demandKey || decidedForHeads[y] !== headsKey) {
				fundYear(policy, demand, pa, decision, basis);
				decidedFor[y] = demandKey;
				decidedForHeads[y] = headsKey;
			}
			assignTraining(t, policy, decision, index, state, pa, effects, demand.headcount);
			if (!monteCarlo) {
				const rate = params.selfFundedStudyRate;
				selfFundedCarry = assignExpectedStudyStarts(index, state, a, rate, selfFundedCarry);
			}
			observer?.beforeScoring(t, state);
			evolveAndScoreYear(
				t,
				policy,
				index,
				state,
				rules,
				a,
				params,
				events,
				sums,
				o,
				headcount,
				scratch
			);
			observer?.afterScoring(y, t, state);
			const measured = sums[o + SUM.measured] - measuredBefore;
			indexByDraw[d * T + y] = measured > 0 ? (sums[o + SUM.total] - totalBefore) / measured : NaN;
			addFunding(funding, y * F, decision, unitCount);
		}
		options.onProgress?.(d + 1, paths);
	}
	return summarise(inputs, index, rules, sums, funding, indexByDraw, paths);
}

function addFunding(
	funding: Float64Array,
	o: number,
	decision: ReturnType<typeof allocateFundingDecision>,
	unitCount: number
): void {
	funding[o + FUND.budget] += decision.budget;
	funding[o + FUND.asked] += decision.asked;
	funding[o + FUND.spent] += decision.spent;
	funding[o + FUND.shortfall] += decision.shortfall;
	funding[o + FUND.ceiling] += decision.ceiling;
	funding[o + FUND.unspent] += decision.unspent;
	FUNDED_ITEMS.forEach((item, k) => {
		funding[o + FUND.spending + k] += decision.spending[item];
		funding[o + FUND.places + k] += decision.places[item];
	});
	for (let u = 0; u < unitCount; u++) {
		funding[o + FUND.units + u] += decision.technicalAsked[u];
		funding[o + FUND.units + unitCount + u] += decision.technicalFunded[u];
	}
}

function summarise(
	inputs: ProjectionInputs,
	index: RosterIndex,
	rules: ReturnType<typeof compileRulebook>,
	sums: Float64Array,
	funding: Float64Array,
	indexByDraw: Float64Array,
	paths: number
): ProjectionResult {
	const { roster, years, target } = inputs;
	const unitCount = index.unitCount;
	const T = years.length;
	const K = yearSumLength(unitCount);
	const F = FUND.units + 2 * unitCount;
	const blocks = sumBlocks(unitCount);
	const categoryOf = (value: number) => rules.rulebook.categories[categoryIndex(rules, value)].id;
	const draws = new Float64Array(paths);
	/** A group's mean score, or null when nobody in it was measured. */
	const meanOrNull = (sum: number, count: number) => (count > 0 ? sum / count : null);

	const yearResults = years.map((policy, y): YearResult => {
		const s = y * K;
		const f = y * F;
		const measured = sums[s + SUM.measured];
		const perMeasured = (k: number) => (measured > 0 ? sums[s + k] / measured : 0);
		let drawn = 0;
		for (let d = 0; d < paths; d++) {
			const value = indexByDraw[d * T + y];
			if (!Number.isNaN(value)) draws[drawn++] = value;
		}
		const sorted = draws.subarray(0, drawn).sort();
		// d3's types ask for an array; it reads any array-like, typed arrays included.
		const quantile = (p: number) => quantileSorted(sorted as unknown as number[], p)!;
		const band: IndexBand | null =
			drawn > 0
				? {
						mean: sums[s + SUM.total] / measured,
						p10: quantile(0.1),
						p50: quantile(0.5),
						p90: quantile(0.9)
					}
				: null;
		const perItem = (base: number) =>
			Object.fromEntries(
				FUNDED_ITEMS.map((item, k) => [item, funding[f + base + k] / paths])
			) as Record<FundedItem, number>;
		const byUnit = roster.units.map((unit, u): UnitYear => {
			const head = sums[s + blocks.unitHeadcount + u] / paths;
			const placesAsked = funding[f + FUND.units + u] / paths;
			const placesFunded = funding[f + FUND.units + unitCount + u] / paths;
			return {
				unitId: unit.id,
				index: meanOrNull(sums[s + blocks.unitScore + u], sums[s + blocks.unitMeasured + u]),
				headcount: head,
				coverageAsked: head > 0 ? placesAsked / head : 0,
				coverageFunded: head > 0 ? placesFunded / head : 0,
				placesAsked,
				placesFunded
			};
		});
		const funded = byUnit.filter((u) => u.placesAsked > 0).map((u) => u.coverageFunded);
		const maxFunded = Math.max(0, ...funded);
		const totalAsked = byUnit.reduce((acc, u) => acc + u.placesAsked, 0);
		const totalFunded = byUnit.reduce((acc, u) => acc + u.placesFunded, 0);
		const allocated = funding[f + FUND.budget] / paths;
		const headcount = sums[s + SUM.headcount] / paths;
		return {
			year: policy.year,
			phase: policy.phase,
			index: band,
			staff: {
				headcount,
				measured: measured / paths,
				retired: sums[s + SUM.retired] / paths,
				otherLeavers: sums[s + SUM.otherLeavers] / paths,
				hired: sums[s + SUM.hired] / paths
			},
			category: band ? categoryOf(band.p50) : null,
			dimensions: {
				qualification: perMeasured(SUM.qualification),
				competency: perMeasured(SUM.competency),
				performance: perMeasured(SUM.performance),
				discipline: perMeasured(SUM.discipline)
			},
			byUnit,
			byPostType: POST_TYPES.map((postType, k) => ({
				postType,
				index: meanOrNull(sums[s + blocks.postScore + k], sums[s + blocks.postMeasured + k]),
				headcount: sums[s + blocks.postHeadcount + k] / paths
			})),
			budget: {
				ceiling: funding[f + FUND.ceiling] / paths,
				share: policy.budgetShare,
				allocated,
				asked: funding[f + FUND.asked] / paths,
				spent: funding[f + FUND.spent] / paths,
				shortfall: funding[f + FUND.shortfall] / paths,
				unspent: funding[f + FUND.unspent] / paths
			},
			spending: perItem(FUND.spending),
			places: perItem(FUND.places),
			coverage: {
				asked: headcount > 0 ? totalAsked / headcount : 0,
				funded: headcount > 0 ? totalFunded / headcount : 0
			},
			coverageEvenness: maxFunded > 0 ? Math.min(...funded) / maxFunded : NaN,
			reached20Jp: headcount > 0 ? sums[s + SUM.reached20Jp] / paths / headcount : 0,
			technicalJpMet: headcount > 0 ? sums[s + SUM.technicalJpMet] / paths / headcount : 0,
			recentSeminar: headcount > 0 ? sums[s + SUM.recentSeminar] / paths / headcount : 0,
			achievement: band ? (band.p50 / target.value) * 100 : null,
			gapToTarget: band ? target.value - band.p50 : null
		};
	});

	const start = scoreRoster(roster, rules);
	return {
		rulebookId: rules.rulebook.id,
		startYear: inputs.startYear,
		start: {
			year: inputs.startYear,
			index: start.agency.index,
			category: start.agency.category!,
			dimensions: start.agency.dimensions
		},
		people: index.n,
		years: yearResults,
		target,
		draws: inputs.draws,
		seed: inputs.seed,
		indexByDraw
	};
}

/** Guards the engine's own contract; user-facing validation happens at the borders. */
function validateInputs(inputs: ProjectionInputs): void {
	const { roster, years } = inputs;
	if (roster.people.length === 0) throw new Error('The roster is empty: add at least one person.');
	if (roster.units.length > 255) throw new Error('At most 255 units are supported.');
	years.forEach((policy, y) => {
		if (policy.year !== inputs.startYear + y + 1) {
			throw new Error(
				`Year policies must run consecutively from ${inputs.startYear + 1}; found ${policy.year} at position ${y}.`
			);
		}
		if (policy.coverage.length !== roster.units.length) {
			throw new Error(
				`Year ${policy.year}: coverage has ${policy.coverage.length} values for ${roster.units.length} units.`
			);
		}
	});
	if (!Number.isInteger(inputs.draws) || inputs.draws < 0)
		throw new Error('draws must be a whole number ≥ 0.');
}
