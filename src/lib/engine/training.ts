/**
 * Step 2 of a year: train. Funded places go to people by fixed schedules that
 * look at no random numbers and no budget:
 * - technical training rotates inside each unit (those without training last
 *   year first), seminars across the agency, cadre school across the best
 *   performers; each year's trainees are the next places of the rotation from
 *   a start that moves by the golden ratio, so turns spread evenly over the
 *   years whatever the number of places; development at no cost to the agency
 *   (e-learning, ministries' briefings) takes the turns right after the
 *   agency's places, so the two do not fall on the same people;
 * - functional and leadership training go to those who lack them for their
 *   post, in roster order; study assignments to the best performers who qualify.
 *
 * Because a schedule does not depend on the budget, a larger budget trains the
 * same people and more (the trainees of each year are nested), which keeps
 * "more budget is never worse" true person by person, and two scenarios with
 * the same seed differ only by their policy (common random numbers).
 */
import type { Assumptions, YearPolicy } from './inputs';
import { outOfTownShareOf, type FundingDecision } from './funding';
import { GOLDEN_RATIO_FRACTION } from './goldenRatio';
import { POST, isStudyEligible, type PopulationState, type RosterIndex } from './population';

/** Free technical training is credited with just enough JP to count. */
export const EXTERNAL_TECHNICAL_JP = 20;

/**
 * Where year `t`'s turns start in a rotation of `size` people: a Weyl sequence
 * by the golden ratio, so that starts never bunch up. `phase` separates
 * rotations over the same people (agency-funded vs free seminars).
 */
export function rotationStart(t: number, size: number, phase = 0): number {
	const x = (t - 1) * GOLDEN_RATIO_FRACTION + phase;
	return Math.floor((x - Math.floor(x)) * size) % size;
}

/** At work this year: holds a post and is not away on a study assignment. */
export function atWork(state: PopulationState, i: number): boolean {
	return state.active[i] === 1 && state.onStudyLeave[i] === 0;
}

/**
 * Calls `visit` for `count` people at work along `order` from year `t`'s start,
 * wrapping round once; empty posts and people away take no turn.
 */
function takeTurns(
	order: Int32Array,
	t: number,
	count: number,
	phase: number,
	state: PopulationState,
	visit: (i: number) => void
): void {
	const size = order.length;
	if (size === 0) return;
	let pos = rotationStart(t, size, phase);
	let visited = 0;
	for (let k = 0; k < size && visited < count; k++) {
		const i = order[pos];
		if (atWork(state, i)) {
			visit(i);
			visited++;
		}
		pos = pos + 1 === size ? 0 : pos + 1;
	}
}

/** Clears last year's training marks before this year's are set. */
export function startYear(state: PopulationState, windowYears: number): void {
	if (windowYears >= 2) state.technicalJpPrevious.set(state.technicalJp);
	state.technicalJp.fill(0);
	state.fundedJp.fill(0);
	state.otherJp.fill(0);
	state.fixedGain.fill(0);
	state.developed.fill(0);
}

export function assignTraining(
	t: number,
	policy: YearPolicy,
	funded: FundingDecision,
	index: RosterIndex,
	state: PopulationState,
	a: Assumptions,
	effects: { technical: number; managerial: number },
	headcount: Int32Array
): void {
	// Technical: each unit's turns go first to the agency's places (the first
	// `out-of-town share` of them out of town), then to free training, so the two
	// never fall on the same person while places last.
	const outOfTownShare = outOfTownShareOf(policy, a);
	for (let u = 0; u < index.unitCount; u++) {
		const places = funded.technicalFunded[u];
		const outOfTown = Math.round(places * outOfTownShare);
		const free = Math.round(a.externalTechnicalShare * headcount[u]);
		let k = 0;
		takeTurns(index.rotation[u], t, places + free, 0, state, (i) => {
			if (k < places) {
				const jp = k < outOfTown ? a.jpBimtekOutOfTown : a.jpBimtekInTown;
				state.technicalJp[i] += jp;
				state.fundedJp[i] += jp;
			} else if (state.technicalJp[i] < EXTERNAL_TECHNICAL_JP) {
				state.technicalJp[i] = EXTERNAL_TECHNICAL_JP;
			}
			state.developed[i] = 1;
			k++;
		});
	}

	// Seminars: the agency's places, then free ones, in one rotation across the agency.
	const seminars = funded.places.seminar;
	let totalHeadcount = 0;
	for (let u = 0; u < headcount.length; u++) totalHeadcount += headcount[u];
	let s = 0;
	takeTurns(
		index.seminarOrder,
		t,
		seminars + Math.round(a.externalSeminarShare * totalHeadcount),
		0,
		state,
		(i) => {
			state.lastSeminar[i] = t;
			if (s++ < seminars) state.otherJp[i] += a.jpSeminar;
			state.developed[i] = 1;
		}
	);

	takeTurns(index.cadrePool, t, funded.places.cadreSchool, 0, state, (i) => {
		state.lastSeminar[i] = t; // cadre school counts as a course
		state.otherJp[i] += a.jpCadreSchool;
		state.fixedGain[i] += effects.managerial;
		state.developed[i] = 1;
	});

	let functionalLeft = funded.places.functional;
	let leadershipLeft = funded.places.leadership;
	for (let i = 0; i < index.n && (functionalLeft > 0 || leadershipLeft > 0); i++) {
		if (!atWork(state, i)) continue;
		if (functionalLeft > 0 && state.postType[i] === POST.functional && state.functional[i] === 0) {
			state.functional[i] = 1;
			state.otherJp[i] += a.jpFunctionalTraining;
			state.lastingBoost[i] += effects.technical; // matched to the post by definition
			functionalLeft--;
		} else if (
			leadershipLeft > 0 &&
			state.postType[i] === POST.structural &&
			state.leadership[i] === 0
		) {
			state.leadership[i] = 1;
			state.otherJp[i] += a.jpLeadershipTraining;
			state.lastingBoost[i] += effects.managerial;
			leadershipLeft--;
		}
	}

	let studies = funded.places.studyAssignments;
	for (let r = 0; r < index.n && studies > 0; r++) {
		const i = index.byPerformance[r];
		if (!isStudyEligible(state, index, i, a.studyDurationYears)) continue;
		state.studyLeft[i] = a.studyDurationYears;
		state.onStudyLeave[i] = 1; // away from the post: no SKP while studying
		state.fieldMatches[i] = 1; // assignments are in the field the post needs
		studies--;
	}
}

/**
 * Deterministic mode: self-funded study starts as a quota of the expected
 * count (carrying the fraction to the next year), the last in the roster first.
 * The count is the rate times the staff below S2 at the start, so funded study
 * assignments never crowd out self-funded ones. Returns the new carry.
 */
export function assignExpectedStudyStarts(
	index: RosterIndex,
	state: PopulationState,
	a: Assumptions,
	selfFundedRate: number,
	carry: number
): number {
	const n = index.n;
	let eligible = 0;
	for (let i = 0; i < n; i++)
		if (isStudyEligible(state, index, i, a.studyDurationYears)) eligible++;
	let quota = carry + selfFundedRate * eligible;
	let starts = Math.floor(quota + 1e-9);
	quota -= starts;
	for (let i = n - 1; i >= 0 && starts > 0; i--) {
		if (!isStudyEligible(state, index, i, a.studyDurationYears)) continue;
		state.studyLeft[i] = a.studyDurationYears;
		starts--;
	}
	return quota;
}
