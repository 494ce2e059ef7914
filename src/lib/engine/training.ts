/**
 * Step 2 of a year: train. Funded places go to people, fairly and without
 * looking at random numbers, so that two scenarios with the same seed differ
 * only by their policy (common random numbers):
 * - technical training rotates inside each unit, those longest without it first;
 * - seminars rotate across the agency;
 * - functional / leadership training go to those who lack them for their post;
 * - study assignments and cadre school go to the best performers who qualify.
 */
import type { Assumptions, YearPolicy } from './inputs';
import type { FundingDecision } from './funding';
import { POST, isStudyEligible, type PopulationState, type RosterIndex } from './population';

/** Where each rotation stands; reset at the start of every path. */
export interface RotationCursor {
	/** Per unit: next position in the unit's technical rotation. */
	technical: Int32Array;
	seminar: number;
	cadre: number;
	/** Deterministic mode: fractional carry of the quota-based events. */
	externalCarry: number;
	externalCursor: number;
	seminarCarry: number;
	seminarExternalCursor: number;
	selfFundedCarry: number;
}

/** Free technical training is credited with just enough JP to count. */
export const EXTERNAL_TECHNICAL_JP = 20;

export function allocateCursor(unitCount: number): RotationCursor {
	return {
		technical: new Int32Array(unitCount),
		seminar: 0,
		cadre: 0,
		externalCarry: 0,
		externalCursor: 0,
		seminarCarry: 0,
		seminarExternalCursor: 0,
		selfFundedCarry: 0
	};
}

export function resetCursor(c: RotationCursor): void {
	c.technical.fill(0);
	c.seminar = 0;
	c.cadre = 0;
	c.externalCarry = 0;
	c.externalCursor = 0;
	c.seminarCarry = 0;
	c.seminarExternalCursor = 0;
	c.selfFundedCarry = 0;
}

/** Clears last year's training marks before this year's are set. */
export function startYear(state: PopulationState, windowYears: number): void {
	if (windowYears >= 2) state.technicalJpPrevious.set(state.technicalJp);
	state.technicalJp.fill(0);
	state.fundedJp.fill(0);
	state.otherJp.fill(0);
	state.fixedGain.fill(0);
}

export function assignTraining(
	t: number,
	policy: YearPolicy,
	funded: FundingDecision,
	index: RosterIndex,
	state: PopulationState,
	cursor: RotationCursor,
	a: Assumptions,
	effects: { technical: number; managerial: number }
): void {
	// Technical: the first `out-of-town share` of each unit's trainees go out of town.
	for (let u = 0; u < index.unitCount; u++) {
		const members = index.rotation[u];
		const places = Math.min(funded.technicalFunded[u], members.length);
		const outOfTown = Math.round(places * policy.outOfTownShare);
		let pos = cursor.technical[u];
		for (let k = 0; k < places; k++) {
			const i = members[pos];
			const jp = k < outOfTown ? a.jpBimtekOutOfTown : a.jpBimtekInTown;
			state.technicalJp[i] += jp;
			state.fundedJp[i] += jp;
			pos = pos + 1 === members.length ? 0 : pos + 1;
		}
		cursor.technical[u] = pos;
	}

	const n = index.n;
	for (let k = 0; k < funded.places.seminar && k < n; k++) {
		const i = cursor.seminar;
		state.lastSeminar[i] = t;
		state.otherJp[i] += a.jpSeminar;
		cursor.seminar = i + 1 === n ? 0 : i + 1;
	}

	let functionalLeft = funded.places.functional;
	let leadershipLeft = funded.places.leadership;
	for (let i = 0; i < n && (functionalLeft > 0 || leadershipLeft > 0); i++) {
		if (functionalLeft > 0 && index.postType[i] === POST.functional && state.functional[i] === 0) {
			state.functional[i] = 1;
			state.otherJp[i] += a.jpFunctionalTraining;
			state.fixedGain[i] += effects.technical; // matched to the post by definition
			functionalLeft--;
		} else if (
			leadershipLeft > 0 &&
			index.postType[i] === POST.structural &&
			state.leadership[i] === 0
		) {
			state.leadership[i] = 1;
			state.otherJp[i] += a.jpLeadershipTraining;
			state.fixedGain[i] += effects.managerial;
			leadershipLeft--;
		}
	}

	let studies = funded.places.studyAssignments;
	for (let r = 0; r < n && studies > 0; r++) {
		const i = index.byPerformance[r];
		if (!isStudyEligible(state, index, i, a.studyDurationYears)) continue;
		state.studyLeft[i] = a.studyDurationYears;
		state.studyFunded[i] = 1;
		state.fieldMatches[i] = 1; // assignments are in the field the post needs
		studies--;
	}

	let cadre = funded.places.cadreSchool;
	for (let tried = 0; tried < n && cadre > 0; tried++) {
		const i = index.byPerformance[cursor.cadre];
		cursor.cadre = cursor.cadre + 1 === n ? 0 : cursor.cadre + 1;
		if (t - state.lastCadre[i] < a.cadreSchoolRepeatYears) continue;
		state.lastCadre[i] = t;
		state.lastSeminar[i] = t; // cadre school counts as a course
		state.otherJp[i] += a.jpCadreSchool;
		state.fixedGain[i] += effects.managerial;
		cadre--;
	}
}

/**
 * Development at no cost to the agency (e-learning, ministries' briefings,
 * BPKP workshops): a yearly quota, spread by its own rotation over those who
 * did not get the same this year. Rotation rather than chance in both modes,
 * because invitations go round the agency much as its own training does.
 */
export function assignFreeDevelopment(
	t: number,
	index: RosterIndex,
	state: PopulationState,
	cursor: RotationCursor,
	a: Assumptions
): void {
	const n = index.n;
	cursor.externalCarry += a.externalTechnicalShare * n;
	let external = Math.floor(cursor.externalCarry + 1e-9);
	cursor.externalCarry -= external;
	for (let tried = 0; tried < n && external > 0; tried++) {
		const i = cursor.externalCursor;
		cursor.externalCursor = i + 1 === n ? 0 : i + 1;
		if (state.technicalJp[i] > 0) continue;
		state.technicalJp[i] = EXTERNAL_TECHNICAL_JP;
		external--;
	}

	cursor.seminarCarry += a.externalSeminarShare * n;
	let seminars = Math.floor(cursor.seminarCarry + 1e-9);
	cursor.seminarCarry -= seminars;
	for (let tried = 0; tried < n && seminars > 0; tried++) {
		const i = cursor.seminarExternalCursor;
		cursor.seminarExternalCursor = i + 1 === n ? 0 : i + 1;
		if (state.lastSeminar[i] === t) continue;
		state.lastSeminar[i] = t;
		seminars--;
	}
}

/** Deterministic mode: self-funded study starts as a quota of the expected count. */
export function assignExpectedStudyStarts(
	index: RosterIndex,
	state: PopulationState,
	cursor: RotationCursor,
	a: Assumptions,
	selfFundedRate: number
): void {
	const n = index.n;
	let eligible = 0;
	for (let i = 0; i < n; i++)
		if (isStudyEligible(state, index, i, a.studyDurationYears)) eligible++;
	cursor.selfFundedCarry += selfFundedRate * eligible;
	let starts = Math.floor(cursor.selfFundedCarry + 1e-9);
	cursor.selfFundedCarry -= starts;
	for (let i = n - 1; i >= 0 && starts > 0; i--) {
		if (!isStudyEligible(state, index, i, a.studyDurationYears)) continue;
		state.studyLeft[i] = a.studyDurationYears;
		starts--;
	}
}
