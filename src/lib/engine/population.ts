/**
 * The population as a struct of typed arrays: one slot per person, reused
 * across years and draws so the hot loop allocates nothing.
 */
import type { CompiledRulebook } from './compileRulebook';
import { EDUCATION_LEVELS, POST_TYPES, PUNISHMENTS, SKP_RATINGS, type Roster } from './roster';
import { inverseNormalCdf, type Sfc32 } from './random';

export const POST = { structural: 0, functional: 1, pelaksana: 2 } as const;
/** Position of S2 among the education levels: study is possible below it. */
export const S2_LEVEL = EDUCATION_LEVELS.indexOf('S2');
const S2 = S2_LEVEL;

/** Education reached by completing a study from each level (index → index). */
export const NEXT_EDUCATION = Uint8Array.from(EDUCATION_LEVELS, (level, i) => {
	const next: Record<string, string> = {
		SLTP: 'SLTA',
		SLTA: 'D3',
		D1: 'D3',
		D2: 'D3',
		D3: 'S1',
		D4: 'S2',
		S1: 'S2',
		S2: 'S3',
		S3: 'S3'
	};
	return next[level] ? EDUCATION_LEVELS.indexOf(next[level] as never) : i;
});

/** Static facts about the roster, computed once per projection. */
export interface RosterIndex {
	n: number;
	unitCount: number;
	unit: Uint8Array;
	/** Per unit, member indices in rotation order (untrained longest first). */
	rotation: Int32Array[];
	/** All people ordered by starting performance, best first (for study assignments). */
	byPerformance: Int32Array;
	/** People below S2 at the start: the base of the self-funded study rate. */
	belowS2AtStart: number;
	/** The best performers, the cadre school's candidates. */
	cadrePool: Int32Array;
	/** Everyone, for the seminar rotation: those without a recent seminar first. */
	seminarOrder: Int32Array;
	/** Everyone, unit by unit in rotation order, for free technical training. */
	technicalOrder: Int32Array;
	/** Ascending latent thresholds between the five SKP ratings. */
	thresholds: Float64Array;
	/** Cumulative shares of ratings, worst first, with a pseudo-count so none is impossible. */
	ratingCumulative: Float64Array;
	/** The start-year state, copied into the population at the start of every path. */
	initial: {
		/** Post type at the start (POST codes); promotions and conversions change the state's copy. */
		postType: Uint8Array;
		/** Years to retirement at the start: the roster's, or the assumption's for rows without it. */
		yearsToRetirement: Int16Array;
		/** Relative year (start year = 0) the roster says the post was converted to functional; NEVER when not. */
		convertedAt: Int16Array;
		/** 1 when the roster row gave no years to retirement (the assumption filled it). */
		retirementAssumed: Uint8Array;
		/** The roster's SKP rating (index into SKP_RATINGS). */
		rating: Uint8Array;
		education: Uint8Array;
		leadership: Uint8Array;
		functional: Uint8Array;
		fieldMatches: Uint8Array;
		lastSeminar: Int16Array;
		technicalJp: Float64Array;
		punishment: Uint8Array;
		/** Deterministic latent performance: spread evenly by rank inside each rating's band. */
		latent: Float64Array;
		/** Each person's rating band in probability space, for Monte Carlo draws inside it. */
		bandLow: Float64Array;
		bandWidth: Float64Array;
	};
}

/** Mutable per-person (per-slot) state during one path. A slot holds one post of a unit. */
export interface PopulationState {
	/** 1 while someone holds the slot's post; 0 after they left and before a hire fills it. */
	active: Uint8Array;
	postType: Uint8Array;
	/** Years left to retirement at the start of the current year. */
	yearsToRetirement: Int16Array;
	/** Relative year the holder was hired (NEVER for the roster's people): no SKP that year. */
	hiredAt: Int16Array;
	/** 1 while on a funded study assignment (tugas belajar): away from the post, no SKP. */
	onStudyLeave: Uint8Array;
	/**
	 * Punishment level given in each year of the discipline window (PUNISHMENTS index, 0 =
	 * none), a ring `[i * window + year % window]`: the heaviest in it counts.
	 */
	punishLevelRing: Uint8Array;
	/** Deterministic mode: each year's punishment chance, a ring of the discipline window's years. */
	punishChanceRing: Float64Array;
	/** Performance points of the latest SKP (last year's while a year is scored, for the previous-year rule). */
	lastSkpPoints: Float64Array;
	education: Uint8Array;
	leadership: Uint8Array;
	functional: Uint8Array;
	fieldMatches: Uint8Array;
	/** Year (relative, start year = 0) of the last seminar; very negative when none. */
	lastSeminar: Int16Array;
	/** Technical JP in this year, and in the year before (for two-year windows). */
	technicalJp: Float64Array;
	technicalJpPrevious: Float64Array;
	/** Agency-funded technical JP this year (its effect depends on matching). */
	fundedJp: Float64Array;
	/** Other development JP this year (seminar, functional, leadership, cadre). */
	otherJp: Float64Array;
	/** Performance effect gained this year that does not depend on matching (SD units). */
	fixedGain: Float64Array;
	/** Effect of training for the post (functional, leadership): used daily, so kept. */
	lastingBoost: Float64Array;
	/** 1 when the person had recurring development this year (lowers the punishment chance). */
	developed: Uint8Array;
	latent: Float64Array;
	boost: Float64Array;
	/** Years of study left; 0 when not studying. */
	studyLeft: Int8Array;
	/** Expected (deterministic) or drawn (Monte Carlo) discipline points. */
	disciplinePoints: Float64Array;
}

export const NEVER = -1000;
/** Cadre school draws from the best 30 % by SKP rating (a fast track for high performers). */
const CADRE_POOL_SHARE = 0.3;

/**
 * Static facts about the roster. `startYear` is the year the roster describes (for the
 * conversion years it may carry); rows without years to retirement are filled later from
 * the scenario's assumption (`fillAssumedRetirement`).
 */
export function indexRoster(roster: Roster, startYear = 0): RosterIndex {
	const n = roster.people.length;
	const unitPos = new Map(roster.units.map((u, i) => [u.id, i]));
	const unit = new Uint8Array(n);
	const postType = new Uint8Array(n);
	const rating = new Uint8Array(n);
	const counts = new Float64Array(SKP_RATINGS.length).fill(0.5);
	const initial = {
		postType,
		yearsToRetirement: new Int16Array(n),
		convertedAt: new Int16Array(n).fill(NEVER),
		retirementAssumed: new Uint8Array(n),
		rating,
		education: new Uint8Array(n),
		leadership: new Uint8Array(n),
		functional: new Uint8Array(n),
		fieldMatches: new Uint8Array(n),
		lastSeminar: new Int16Array(n),
		technicalJp: new Float64Array(n),
		punishment: new Uint8Array(n),
		latent: new Float64Array(n),
		bandLow: new Float64Array(n),
		bandWidth: new Float64Array(n)
	};
	let seminarParity = 0;
	roster.people.forEach((p, i) => {
		const u = unitPos.get(p.unit);
		if (u === undefined)
			throw new Error(`Person ${p.id}: unit "${p.unit}" is not one of the roster's units.`);
		unit[i] = u;
		postType[i] = POST_TYPES.indexOf(p.postType);
		rating[i] = SKP_RATINGS.indexOf(p.skpRating);
		counts[rating[i]]++;
		if (p.yearsToRetirement === undefined) initial.retirementAssumed[i] = 1;
		else initial.yearsToRetirement[i] = Math.min(p.yearsToRetirement, 99);
		if (p.convertedToFunctionalYear !== undefined)
			initial.convertedAt[i] = p.convertedToFunctionalYear - startYear;
		initial.education[i] = EDUCATION_LEVELS.indexOf(p.education);
		initial.leadership[i] = p.leadershipTraining ? 1 : 0;
		initial.functional[i] = p.functionalTraining ? 1 : 0;
		initial.fieldMatches[i] = p.fieldMatchesPost === false ? 0 : 1;
		// "Seminar in the last 2 years" does not say which year: half are taken as last year, half as the year before.
		initial.lastSeminar[i] = p.seminarLast2Years ? -(seminarParity++ % 2) : NEVER;
		initial.technicalJp[i] = p.technicalJpLastYear;
		initial.punishment[i] = PUNISHMENTS.indexOf(p.punishment);
	});
	const total = counts.reduce((a, b) => a + b, 0);
	const ratingCumulative = new Float64Array(SKP_RATINGS.length + 1);
	for (let k = 0; k < SKP_RATINGS.length; k++)
		ratingCumulative[k + 1] = ratingCumulative[k] + counts[k] / total;
	ratingCumulative[SKP_RATINGS.length] = 1;
	const thresholds = Float64Array.from({ length: SKP_RATINGS.length - 1 }, (_, k) =>
		inverseNormalCdf(ratingCumulative[k + 1])
	);
	const countInRating = new Int32Array(SKP_RATINGS.length);
	for (let i = 0; i < n; i++) countInRating[rating[i]]++;
	const rankInRating = new Int32Array(SKP_RATINGS.length);
	for (let i = 0; i < n; i++) {
		const k = rating[i];
		initial.bandLow[i] = ratingCumulative[k];
		initial.bandWidth[i] = ratingCumulative[k + 1] - ratingCumulative[k];
		const position = (rankInRating[k]++ + 0.5) / countInRating[k];
		initial.latent[i] = inverseNormalCdf(initial.bandLow[i] + initial.bandWidth[i] * position);
	}
	// Rotation: those without technical training last year first, then the rest, each in roster order.
	const rotation = roster.units.map((_, u) => {
		const members = roster.people.flatMap((p, i) => (unit[i] === u ? [i] : []));
		const untrained = members.filter((i) => roster.people[i].technicalJpLastYear <= 0);
		const trained = members.filter((i) => roster.people[i].technicalJpLastYear > 0);
		return Int32Array.from([...untrained, ...trained]);
	});
	const byPerformance = Int32Array.from(
		roster.people.map((_, i) => i).sort((a, b) => rating[b] - rating[a] || a - b)
	);
	const cadrePool = byPerformance.slice(0, Math.max(1, Math.ceil(n * CADRE_POOL_SHARE)));
	const seminarOrder = Int32Array.from(
		roster.people
			.map((_, i) => i)
			.sort((a, b) => initial.lastSeminar[a] - initial.lastSeminar[b] || a - b)
	);
	const technicalOrder = Int32Array.from(rotation.flatMap((members) => Array.from(members)));
	return {
		n,
		unitCount: roster.units.length,
		unit,
		rotation,
		byPerformance,
		belowS2AtStart: initial.education.filter((e) => e < S2).length,
		cadrePool,
		seminarOrder,
		technicalOrder,
		thresholds,
		ratingCumulative,
		initial
	};
}

export function allocatePopulation(n: number, disciplineWindowYears = 1): PopulationState {
	return {
		active: new Uint8Array(n),
		postType: new Uint8Array(n),
		yearsToRetirement: new Int16Array(n),
		hiredAt: new Int16Array(n),
		onStudyLeave: new Uint8Array(n),
		punishLevelRing: new Uint8Array(n * Math.max(1, disciplineWindowYears)),
		punishChanceRing: new Float64Array(n * Math.max(1, disciplineWindowYears)),
		lastSkpPoints: new Float64Array(n),
		education: new Uint8Array(n),
		leadership: new Uint8Array(n),
		functional: new Uint8Array(n),
		fieldMatches: new Uint8Array(n),
		lastSeminar: new Int16Array(n),
		technicalJp: new Float64Array(n),
		technicalJpPrevious: new Float64Array(n),
		fundedJp: new Float64Array(n),
		otherJp: new Float64Array(n),
		fixedGain: new Float64Array(n),
		lastingBoost: new Float64Array(n),
		developed: new Uint8Array(n),
		latent: new Float64Array(n),
		boost: new Float64Array(n),
		studyLeft: new Int8Array(n),
		disciplinePoints: new Float64Array(n)
	};
}

/**
 * Loads the start-year state for a new path. The latent performance score of
 * each person lies inside their rating's band: spread evenly by rank in
 * deterministic mode, drawn uniformly within the band in Monte Carlo mode.
 */
export function resetPopulation(
	state: PopulationState,
	index: RosterIndex,
	rules: CompiledRulebook,
	rng: Sfc32 | null
): void {
	const start = index.initial;
	state.active.fill(1);
	state.postType.set(start.postType);
	state.yearsToRetirement.set(start.yearsToRetirement);
	state.hiredAt.fill(NEVER);
	state.onStudyLeave.fill(0);
	// The roster's punishment was given in the start year (relative year 0, ring slot 0).
	const window = rules.disciplineWindowYears;
	state.punishLevelRing.fill(0);
	for (let i = 0; i < index.n; i++) state.punishLevelRing[i * window] = start.punishment[i];
	state.punishChanceRing.fill(0);
	state.education.set(start.education);
	state.leadership.set(start.leadership);
	state.functional.set(start.functional);
	state.fieldMatches.set(start.fieldMatches);
	state.lastSeminar.set(start.lastSeminar);
	state.technicalJp.set(start.technicalJp);
	state.technicalJpPrevious.fill(0);
	state.fundedJp.fill(0);
	state.otherJp.fill(0);
	state.fixedGain.fill(0);
	state.lastingBoost.fill(0);
	state.developed.fill(0);
	state.boost.fill(0);
	state.studyLeft.fill(0);
	for (let i = 0; i < index.n; i++)
		state.disciplinePoints[i] = rules.disciplinePoints[start.punishment[i]];
	if (rng === null) state.latent.set(start.latent);
	else {
		for (let i = 0; i < index.n; i++) {
			state.latent[i] = inverseNormalCdf(start.bandLow[i] + start.bandWidth[i] * rng.next());
		}
	}
	// The start year's SKP is the roster's rating: it enters the first projected year
	// under the previous-year rule.
	for (let i = 0; i < index.n; i++)
		state.lastSkpPoints[i] = rules.performancePoints[start.rating[i]];
}

export function isStudyEligible(
	state: PopulationState,
	index: RosterIndex,
	i: number,
	durationYears: number
): boolean {
	return (
		state.active[i] === 1 &&
		state.studyLeft[i] === 0 &&
		state.education[i] < S2 &&
		state.yearsToRetirement[i] > durationYears
	);
}
