/**
 * Step 0 of a year: the workforce moves before anything is funded. In order:
 * 1. retirements: years to retirement count down; a person leaves at 0;
 * 2. other leavers (transfers out, deaths, resignations) at a yearly rate;
 * 3. a structural post left empty is filled at once by promoting the best
 *    performer of the same unit (the vacancy chain of a regional agency), who
 *    holds the post without its leadership training;
 * 4. promotions and mutations at a yearly rate: the training credit tied to the
 *    post held (leadership for structural, functional for functional posts,
 *    Perban BKN 8/2019 Pasal 8) resets;
 * 5. post conversions: the roster's (or the assumed) 2021–2022 conversion of
 *    administrative posts, and the plan's conversion of pelaksana posts; the
 *    converted need functional training for its points;
 * 6. hires fill the oldest empty posts, a share of this year's leavers; a hire
 *    has no training yet and no SKP in their first year.
 *
 * A slot is a post of a unit: people leave slots and hires fill them, so the
 * arrays never grow. Deterministic mode picks who moves by fixed, evenly spread
 * orders and whole-person quotas that carry their fractions to the next year;
 * Monte Carlo draws one number per slot and year from the path's workforce
 * stream (and the hires' profiles from their own), whatever the policy, so
 * scenarios keep sharing their random numbers.
 */
import type { CompiledRulebook } from './compileRulebook';
import type { WorkforceAssumptions, YearPolicy } from './inputs';
import { EDUCATION_LEVELS } from './roster';
import { NEVER, POST, type PopulationState, type RosterIndex } from './population';
import { inverseNormalCdf, type Sfc32 } from './random';
import { kthLargest } from './select';

const PHI = 0.6180339887498949;
const U16 = 65536;
const S1 = EDUCATION_LEVELS.indexOf('S1');
const D3 = EDUCATION_LEVELS.indexOf('D3');

/** The path's drawn workforce rates (fractions a year). */
export interface WorkforceRates {
	otherLeaverRate: number;
	replacementRate: number;
	postChangeRate: number;
}

/** What moved this year. */
export interface WorkforceCounts {
	retired: number;
	otherLeavers: number;
	hired: number;
	promoted: number;
	converted: number;
}

/**
 * The workforce step's memory, allocated once per projection: what carries between the
 * years of a path (quota fractions, the queue of empty posts, the hire counter) and
 * scratch space reused every year.
 */
export interface WorkforceCarry {
	leavers: number;
	postChanges: number;
	hires: number;
	hiredSoFar: number;
	/** Empty slots, oldest first: `vacancies[vacancyHead .. vacancyTail)`. */
	vacancies: Int32Array;
	vacancyHead: number;
	vacancyTail: number;
	/** 1 for a slot already picked by this year's quota (deterministic mode), cleared after. */
	picked: Uint8Array;
	/** Per unit: structural posts left empty this year, to fill by promotion. */
	structuralVacated: Int32Array;
	/** Scores of a unit's promotion candidates, to select the best in. */
	candidateScores: Float64Array;
}

export function allocateWorkforceCarry(n: number, unitCount: number): WorkforceCarry {
	return {
		leavers: 0,
		postChanges: 0,
		hires: 0,
		hiredSoFar: 0,
		// An empty slot is queued once and leaves the queue when filled: at most n at a time.
		vacancies: new Int32Array(n),
		vacancyHead: 0,
		vacancyTail: 0,
		picked: new Uint8Array(n),
		structuralVacated: new Int32Array(unitCount),
		candidateScores: new Float64Array(n)
	};
}

export function resetWorkforceCarry(carry: WorkforceCarry): void {
	carry.leavers = 0;
	carry.postChanges = 0;
	carry.hires = 0;
	carry.hiredSoFar = 0;
	carry.vacancyHead = 0;
	carry.vacancyTail = 0;
}

/**
 * Whether the k-th of a group is chosen when a share of the group is: exactly
 * floor(count × share) of the first `count` are, spread evenly (a Bresenham line).
 */
function chosenAtShare(k: number, share: number): boolean {
	return Math.floor((k + 1) * share + 1e-9) > Math.floor(k * share + 1e-9);
}

/** Fractional part of `k × φ + phase`: an evenly spread sequence in [0, 1). */
function spread(k: number, phase: number): number {
	const x = k * PHI + phase;
	return x - Math.floor(x);
}

/**
 * Fills what the scenario's assumptions decide once per projection: years to
 * retirement for rows without them (an age from the age distribution, evenly
 * spread over the rows, against the post type's retirement age), and the
 * assumed conversion of structural posts for rows that do not give a year.
 */
export function applyWorkforceAssumptions(
	index: RosterIndex,
	w: WorkforceAssumptions,
	startYear: number
): void {
	const start = index.initial;
	let assumed = 0;
	for (let i = 0; i < index.n; i++) {
		if (start.retirementAssumed[i] !== 1) continue;
		const age = ageAt(w.ageDistribution, spread(assumed++, 0.5));
		const retirementAge = w.retirementAge[start.postType[i]];
		start.yearsToRetirement[i] = Math.max(1, Math.ceil(retirementAge - age));
	}
	// The roster describes the start year: conversions then or before are already in it.
	const relativeYear = w.structuralConversionYear - startYear;
	if (relativeYear < 1) return;
	let k = 0;
	for (let i = 0; i < index.n; i++) {
		if (start.postType[i] !== POST.structural || start.convertedAt[i] !== NEVER) continue;
		if (chosenAtShare(k++, w.structuralConversionShare)) start.convertedAt[i] = relativeYear;
	}
}

/** The age at cumulative share `u` of an age distribution, linear inside each band. */
export function ageAt(distribution: ReadonlyArray<readonly [number, number]>, u: number): number {
	let lowAge = 18;
	let lowShare = 0;
	for (const [age, share] of distribution) {
		if (u < share) return lowAge + ((u - lowShare) / (share - lowShare || 1)) * (age - lowAge);
		lowAge = age;
		lowShare = share;
	}
	return lowAge;
}

function vacate(i: number, state: PopulationState, carry: WorkforceCarry): void {
	state.active[i] = 0;
	state.studyLeft[i] = 0;
	state.onStudyLeave[i] = 0;
	carry.vacancies[carry.vacancyTail++] = i;
}

/** Credit for training tied to the post held resets with a new post. */
function takeNewPost(i: number, post: number, state: PopulationState): void {
	state.postType[i] = post;
	state.leadership[i] = 0;
	state.functional[i] = 0;
}

/** Can be promoted into a structural post: holds another post and is at work. */
function promotable(i: number, state: PopulationState): boolean {
	return (
		state.active[i] === 1 && state.onStudyLeave[i] === 0 && state.postType[i] !== POST.structural
	);
}

/**
 * Fills unit `u`'s `vacated` structural posts by promoting its best performers who
 * can be (latent performance: the roster's own, never training, so who is promoted
 * never depends on the budget). One pass to score, a selection, one pass to promote:
 * linear in the unit's size however many posts are empty. Returns how many were.
 */
function promoteWithinUnit(
	u: number,
	vacated: number,
	index: RosterIndex,
	state: PopulationState,
	scores: Float64Array
): number {
	const members = index.rotation[u];
	let candidates = 0;
	for (let k = 0; k < members.length; k++) {
		const i = members[k];
		if (promotable(i, state)) scores[candidates++] = state.latent[i];
	}
	const take = Math.min(vacated, candidates);
	if (take === 0) return 0;
	const cutoff = kthLargest(scores, candidates, take);
	let promoted = 0;
	for (let k = 0; k < members.length && promoted < take; k++) {
		const i = members[k];
		if (!promotable(i, state) || state.latent[i] < cutoff) continue;
		takeNewPost(i, POST.structural, state);
		promoted++;
	}
	return promoted;
}

/**
 * Moves the workforce at the start of relative year `t`. `draws` is the path's
 * workforce stream in Monte Carlo mode (null: deterministic), `hireDraws` the
 * stream for new hires' profiles.
 */
export function workforceYear(
	t: number,
	policy: YearPolicy,
	index: RosterIndex,
	state: PopulationState,
	rules: CompiledRulebook,
	w: WorkforceAssumptions,
	rates: WorkforceRates,
	draws: Sfc32 | null,
	hireDraws: Sfc32 | null,
	carry: WorkforceCarry,
	counts: WorkforceCounts
): void {
	const n = index.n;
	const order = index.technicalOrder;
	counts.retired = 0;
	counts.otherLeavers = 0;
	counts.hired = 0;
	counts.promoted = 0;
	counts.converted = 0;

	// 1–2. Retirements, then other leavers (one draw per slot in Monte Carlo, used or not).
	const leave16 = rates.otherLeaverRate * U16;
	const change16 = rates.postChangeRate * U16;
	let active = 0;
	const structuralVacated = carry.structuralVacated;
	structuralVacated.fill(0);
	for (let i = 0; i < n; i++) {
		const draw = draws === null ? 0 : draws.nextU32();
		if (state.active[i] !== 1) continue;
		if (--state.yearsToRetirement[i] <= 0) {
			if (state.postType[i] === POST.structural) structuralVacated[index.unit[i]]++;
			vacate(i, state, carry);
			counts.retired++;
			continue;
		}
		if (draws !== null) {
			if (draw >>> 16 < leave16) {
				if (state.postType[i] === POST.structural) structuralVacated[index.unit[i]]++;
				vacate(i, state, carry);
				counts.otherLeavers++;
				continue;
			}
			if ((draw & 0xffff) < change16) {
				takeNewPost(i, state.postType[i], state);
				counts.promoted++;
			}
		}
		active++;
	}
	if (draws === null) {
		// Whole-person quotas, taken along an evenly spread order of everyone; the
		// fractions left carry to next year.
		const leaversDue = rates.otherLeaverRate * active + carry.leavers;
		const leavers = pickByQuota(order, t, 0.25, leaversDue, state, carry.picked);
		carry.leavers = leaversDue - leavers.length;
		for (const i of leavers) {
			if (state.postType[i] === POST.structural) structuralVacated[index.unit[i]]++;
			vacate(i, state, carry);
			counts.otherLeavers++;
		}
		const changesDue = rates.postChangeRate * (active - leavers.length) + carry.postChanges;
		const changes = pickByQuota(order, t, 0.75, changesDue, state, carry.picked);
		carry.postChanges = changesDue - changes.length;
		for (const i of changes) takeNewPost(i, state.postType[i], state);
		counts.promoted += changes.length;
	}

	// 3. Structural posts are not left empty: the unit's best performer is promoted.
	for (let u = 0; u < structuralVacated.length; u++) {
		if (structuralVacated[u] > 0)
			counts.promoted += promoteWithinUnit(
				u,
				structuralVacated[u],
				index,
				state,
				carry.candidateScores
			);
	}

	// 5. Conversions into functional posts.
	for (let i = 0; i < n; i++) {
		if (
			state.active[i] === 1 &&
			index.initial.convertedAt[i] === t &&
			state.postType[i] === POST.structural
		) {
			takeNewPost(i, POST.functional, state);
			counts.converted++;
		}
	}
	if (policy.pelaksanaConversionShare > 0) {
		let k = 0;
		for (let r = 0; r < n; r++) {
			const i = order[r];
			if (state.active[i] !== 1 || state.postType[i] !== POST.pelaksana) continue;
			if (chosenAtShare(k++, policy.pelaksanaConversionShare)) {
				takeNewPost(i, POST.functional, state);
				counts.converted++;
			}
		}
	}

	// 6. Hires fill the oldest empty posts.
	const leaversThisYear = counts.retired + counts.otherLeavers;
	const quota = rates.replacementRate * leaversThisYear + carry.hires;
	let hires = Math.floor(quota + 1e-9);
	carry.hires = quota - hires;
	while (hires > 0 && carry.vacancyHead < carry.vacancyTail) {
		const i = carry.vacancies[carry.vacancyHead++];
		hire(i, t, state, rules, w, hireDraws, carry.hiredSoFar++);
		counts.hired++;
		hires--;
	}
	// Posts nobody will fill move to the front of a compacted queue.
	if (carry.vacancyHead > 0) {
		carry.vacancies.copyWithin(0, carry.vacancyHead, carry.vacancyTail);
		carry.vacancyTail -= carry.vacancyHead;
		carry.vacancyHead = 0;
	}
}

/**
 * Takes `floor(quota)` people at work, spread evenly along `order` from a start
 * that moves each year: the k-th pick is the first person at work at or after
 * position start + k × size / count.
 */
function pickByQuota(
	order: Int32Array,
	t: number,
	phase: number,
	quota: number,
	state: PopulationState,
	marks: Uint8Array
): number[] {
	const size = order.length;
	const count = Math.floor(quota + 1e-9);
	const picked: number[] = [];
	if (size === 0 || count <= 0) return picked;
	const stride = size / count;
	const start = spread(t, phase) * size;
	for (let k = 0; k < count; k++) {
		let pos = Math.floor(start + k * stride) % size;
		for (let probe = 0; probe < size; probe++, pos = pos + 1 === size ? 0 : pos + 1) {
			const i = order[pos];
			if (state.active[i] === 1 && marks[i] === 0) {
				marks[i] = 1;
				picked.push(i);
				break;
			}
		}
	}
	for (const i of picked) marks[i] = 0;
	return picked;
}

function hire(
	i: number,
	t: number,
	state: PopulationState,
	rules: CompiledRulebook,
	w: WorkforceAssumptions,
	draws: Sfc32 | null,
	k: number
): void {
	const u1 = draws === null ? spread(k, 0.1) : draws.next();
	const u2 = draws === null ? spread(k, 0.4) : draws.next();
	const u3 = draws === null ? spread(k, 0.7) : draws.next();
	const post = u2 < w.newHireFunctionalShare ? POST.functional : POST.pelaksana;
	state.active[i] = 1;
	state.postType[i] = post;
	state.education[i] = u1 < w.newHireDegreeShare ? S1 : D3;
	state.leadership[i] = 0;
	state.functional[i] = 0;
	state.fieldMatches[i] = 1; // hired into a formation that names the field
	state.lastSeminar[i] = NEVER;
	state.technicalJp[i] = 0;
	state.technicalJpPrevious[i] = 0;
	state.lastingBoost[i] = 0;
	state.boost[i] = 0;
	state.studyLeft[i] = 0;
	state.onStudyLeave[i] = 0;
	state.hiredAt[i] = t;
	const window = rules.disciplineWindowYears;
	state.punishLevelRing.fill(0, i * window, (i + 1) * window);
	state.punishChanceRing.fill(0, i * window, (i + 1) * window);
	state.yearsToRetirement[i] = Math.max(1, w.retirementAge[post] - w.newHireAge);
	state.latent[i] = inverseNormalCdf(Math.min(1 - 1e-9, Math.max(1e-9, u3)));
	// No SKP for the year before they were hired either.
	state.lastSkpPoints[i] = rules.missingSkpPoints;
}
