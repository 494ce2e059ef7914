/**
 * The projection: for every year, fund → train → evolve → score, over one
 * deterministic path or many Monte Carlo draws, then summarised per year.
 */
import { quantileSorted } from 'd3-array';
import { compileRulebook, categoryIndex } from './compileRulebook';
import { evolveAndScoreYear, SUM, yearSumLength } from './evolveYear';
import {
	allocateFundingDecision,
	fundYear,
	FUNDED_ITEMS,
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
import { mixSeed, Sfc32 } from './random';
import { POST_TYPES, type PostType } from './roster';
import type { CategoryId } from './rulebooks/rulebook';
import { scoreRoster, type DimensionScores } from './scoring';
import { assignExpectedStudyStarts, assignTraining, startYear } from './training';

export interface IndexBand {
	mean: number;
	p10: number;
	p50: number;
	p90: number;
}

export interface UnitYear {
	unitId: string;
	index: number;
	/** Fractions of the unit's headcount sent to technical training. */
	coverageAsked: number;
	coverageFunded: number;
	placesAsked: number;
	placesFunded: number;
}

export interface YearResult {
	year: number;
	phase: 'replay' | 'plan';
	index: IndexBand;
	/** Category of the median index. */
	category: CategoryId;
	dimensions: DimensionScores;
	byUnit: UnitYear[];
	byPostType: Array<{ postType: PostType; index: number }>;
	budget: {
		ceiling: number;
		/** Budget share of the ceiling, as a fraction. */
		share: number;
		/** Allocated = ceiling × share. */
		allocated: number;
		asked: number;
		spent: number;
		shortfall: number;
	};
	spending: Record<FundedItem, number>;
	places: Record<FundedItem, number>;
	coverage: { asked: number; funded: number };
	/** Lowest unit's funded coverage over the highest's (1 = perfectly even; NaN when nobody is trained). */
	coverageEvenness: number;
	/** Share of staff with at least 20 JP of development this year. */
	reached20Jp: number;
	/** Median index as a percentage of the target. */
	achievement: number;
	/** Target minus the median index (negative once the target is passed). */
	gapToTarget: number;
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
}

/** Layout of one year's funding sums (added over draws). */
const FUND = {
	budget: 0,
	asked: 1,
	spent: 2,
	shortfall: 3,
	spending: 4,
	places: 4 + 6,
	units: 4 + 12
} as const;

/** The demand's counts as one number (each count is at most n). */
function demandKeyOf(demand: FundingDemand, n: number): number {
	const base = n + 1;
	return (
		(demand.functionalEligible * base + demand.leadershipEligible) * base + demand.studyEligible
	);
}

function countDemand(
	index: RosterIndex,
	state: PopulationState,
	studyYears: number,
	out: FundingDemand
): void {
	let functional = 0;
	let leadership = 0;
	let study = 0;
	for (let i = 0; i < index.n; i++) {
		const post = index.postType[i];
		if (post === POST.functional && state.functional[i] === 0) functional++;
		if (post === POST.structural && state.leadership[i] === 0) leadership++;
		if (isStudyEligible(state, index, i, studyYears)) study++;
	}
	out.functionalEligible = functional;
	out.leadershipEligible = leadership;
	out.studyEligible = study;
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
	const index = indexRoster(roster);
	const n = index.n;
	const unitCount = index.unitCount;
	const T = years.length;
	const K = yearSumLength(unitCount);
	const F = FUND.units + 2 * unitCount;
	const paths = Math.max(1, Math.floor(inputs.draws));
	const monteCarlo = inputs.draws > 0;

	const sums = new Float64Array(T * K);
	const funding = new Float64Array(T * F);
	const indexByDraw = new Float64Array(paths * T);
	const state = allocatePopulation(n);
	// One funding decision per year, reused by later draws while the demand is the same
	// (it differs only when chance changed who can still be trained or sent to study).
	const decisions = years.map(() => allocateFundingDecision(unitCount));
	const decidedFor = new Float64Array(T).fill(-1);
	const demand: FundingDemand = {
		headcount: index.headcount,
		functionalEligible: 0,
		leadershipEligible: 0,
		studyEligible: 0
	};

	for (let d = 0; d < paths; d++) {
		const pathSeed = mixSeed(inputs.seed, d);
		const events = monteCarlo ? new Sfc32(pathSeed, 1) : null;
		const params = pathParameters(a, monteCarlo ? new Sfc32(pathSeed, 2) : null);
		const effects = { technical: params.effectTechnical, managerial: params.effectManagerial };
		resetPopulation(state, index, rules, events);
		countDemand(index, state, a.studyDurationYears, demand);
		let selfFundedCarry = 0;
		for (let y = 0; y < T; y++) {
			const policy = years[y];
			const t = y + 1;
			const before = sums[y * K + SUM.total];
			startYear(state, rules.technicalWindowYears);
			const decision = decisions[y];
			const demandKey = demandKeyOf(demand, n);
			if (decidedFor[y] !== demandKey) {
				fundYear(policy, demand, a, decision);
				decidedFor[y] = demandKey;
			}
			assignTraining(t, policy, decision, index, state, a, effects);
			if (!monteCarlo) {
				const rate = params.selfFundedStudyRate;
				selfFundedCarry = assignExpectedStudyStarts(index, state, a, rate, selfFundedCarry);
			}
			// Also counts next year's demand.
			evolveAndScoreYear(t, policy, index, state, rules, a, params, events, sums, y * K, demand);
			indexByDraw[d * T + y] = (sums[y * K + SUM.total] - before) / n;
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
	const n = index.n;
	const unitCount = index.unitCount;
	const T = years.length;
	const K = yearSumLength(unitCount);
	const F = FUND.units + 2 * unitCount;
	const postCounts = new Int32Array(POST_TYPES.length);
	for (let i = 0; i < n; i++) postCounts[index.postType[i]]++;
	const categoryOf = (value: number) => rules.rulebook.categories[categoryIndex(rules, value)].id;
	const draws = new Float64Array(paths);

	const yearResults = years.map((policy, y): YearResult => {
		const s = y * K;
		const f = y * F;
		const perPerson = (k: number) => sums[s + k] / (n * paths);
		for (let d = 0; d < paths; d++) draws[d] = indexByDraw[d * T + y];
		draws.sort();
		// d3's types ask for an array; it reads any array-like, typed arrays included.
		const quantile = (p: number) => quantileSorted(draws as unknown as number[], p)!;
		const band: IndexBand = {
			mean: perPerson(SUM.total),
			p10: quantile(0.1),
			p50: quantile(0.5),
			p90: quantile(0.9)
		};
		const perItem = (base: number) =>
			Object.fromEntries(
				FUNDED_ITEMS.map((item, k) => [item, funding[f + base + k] / paths])
			) as Record<FundedItem, number>;
		const byUnit = roster.units.map((unit, u): UnitYear => {
			const head = index.headcount[u];
			const placesAsked = funding[f + FUND.units + u] / paths;
			const placesFunded = funding[f + FUND.units + unitCount + u] / paths;
			return {
				unitId: unit.id,
				index: head > 0 ? sums[s + SUM.units + u] / (head * paths) : NaN,
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
		return {
			year: policy.year,
			phase: policy.phase,
			index: band,
			category: categoryOf(band.p50),
			dimensions: {
				qualification: perPerson(SUM.qualification),
				competency: perPerson(SUM.competency),
				performance: perPerson(SUM.performance),
				discipline: perPerson(SUM.discipline)
			},
			byUnit,
			byPostType: POST_TYPES.map((postType, k) => ({
				postType,
				index:
					postCounts[k] > 0 ? sums[s + SUM.units + unitCount + k] / (postCounts[k] * paths) : NaN
			})),
			budget: {
				ceiling: policy.ceiling,
				share: policy.budgetShare,
				allocated,
				asked: funding[f + FUND.asked] / paths,
				spent: funding[f + FUND.spent] / paths,
				shortfall: funding[f + FUND.shortfall] / paths
			},
			spending: perItem(FUND.spending),
			places: perItem(FUND.places),
			coverage: { asked: totalAsked / n, funded: totalFunded / n },
			coverageEvenness: maxFunded > 0 ? Math.min(...funded) / maxFunded : NaN,
			reached20Jp: perPerson(SUM.reached20Jp),
			achievement: (band.p50 / target.value) * 100,
			gapToTarget: target.value - band.p50
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
		people: n,
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
