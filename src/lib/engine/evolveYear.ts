/**
 * Steps 3 and 4 of a year, fused into one pass over the people: evolve each
 * person (study, performance, discipline) and score them by the compiled
 * rulebook, adding into the year's sums. This is the hot loop: typed arrays
 * only, no allocation, a fixed number of random draws per person in Monte
 * Carlo mode whatever the policy (so scenarios share their random numbers),
 * empty posts included. Only when the SKP rules' rating cap binds does a second,
 * short pass over this year's sangat baik ratings correct the sums.
 *
 * Draws per person-year: a normal deviate for performance; 32 bits split into
 * the matching draw (high 16) and the punishment level (low 16); 32 bits split
 * into the self-funded study draw (high 16) and the punishment draw (low 16).
 */
import { competencyScore, type CompiledRulebook } from './compileRulebook';
import type { Assumptions, YearPolicy } from './inputs';
import type { PathParameters } from './pathParameters';
import {
	NEXT_EDUCATION,
	isStudyEligible,
	type PopulationState,
	type RosterIndex
} from './population';
import type { Sfc32 } from './random';
import { kthLargest } from './select';

/**
 * Layout of one year's sums: agency total and dimensions, people measured and the
 * staff moves, then per unit the score sum, per post type the score sum, per unit
 * the people measured and the headcount, per post type the people measured and the
 * headcount. Headcounts are added by the projection, which counts them anyway.
 */
export const SUM = {
	total: 0,
	qualification: 1,
	competency: 2,
	performance: 3,
	discipline: 4,
	reached20Jp: 5,
	/** People scored: the headcount less first-year hires where the rulebook leaves them out. */
	measured: 6,
	headcount: 7,
	retired: 8,
	otherLeavers: 9,
	hired: 10,
	/** People with at least the rulebook's JP of technical training this year (any source). */
	technicalJpMet: 11,
	/** People with a seminar inside the rulebook's seminar window. */
	recentSeminar: 12,
	units: 13
} as const;

/** Offsets of the per-unit and per-post blocks after `SUM.units`. */
export function sumBlocks(unitCount: number) {
	return {
		unitScore: SUM.units,
		postScore: SUM.units + unitCount,
		unitMeasured: SUM.units + unitCount + 3,
		unitHeadcount: SUM.units + 2 * unitCount + 3,
		postMeasured: SUM.units + 3 * unitCount + 3,
		postHeadcount: SUM.units + 3 * unitCount + 6
	};
}

export function yearSumLength(unitCount: number): number {
	return SUM.units + 3 * unitCount + 9;
}

const U16 = 65536;
/** Every PNS has the right to at least 20 JP of development a year (PP 11/2017 Pasal 203(4)). */
export const RIGHT_TO_DEVELOPMENT_JP = 20;

/** A response-curve table read at `jp` (whole JP are its points): linear between, the last value beyond. */
export function responseAt(curve: Float64Array, jp: number): number {
	const last = curve.length - 1;
	if (jp >= last) return curve[last];
	if (!(jp > 0)) return curve[0];
	const i = Math.floor(jp);
	const f = jp - i;
	return f === 0 ? curve[i] : curve[i] + (curve[i + 1] - curve[i]) * f;
}

/**
 * Scratch space for the rating cap, reused across years and draws: the people rated
 * sangat baik this year with their scores, and a copy of the scores to select in.
 */
export interface CapScratch {
	topWho: Int32Array;
	topZ: Float64Array;
	select: Float64Array;
}

export function allocateCapScratch(n: number): CapScratch {
	return { topWho: new Int32Array(n), topZ: new Float64Array(n), select: new Float64Array(n) };
}

/** `headcount`: the people holding a post this year (the base of the rating cap). */
export function evolveAndScoreYear(
	t: number,
	policy: YearPolicy,
	index: RosterIndex,
	state: PopulationState,
	rules: CompiledRulebook,
	a: Assumptions,
	p: PathParameters,
	rng: Sfc32 | null,
	sums: Float64Array,
	offset: number,
	headcount: number,
	scratch: CapScratch
): void {
	const n = index.n;
	const thresholds = index.thresholds;
	const th0 = thresholds[0];
	const th1 = thresholds[1];
	const th2 = thresholds[2];
	const th3 = thresholds[3];
	const perf = rules.performancePoints;
	const qual = rules.qualificationPoints;
	const disc = rules.disciplinePoints;
	const twoYearWindow = rules.technicalWindowYears >= 2;
	const allDevelopment = rules.technicalJpSources === 'all_development';
	const competencyByMask = rules.competencyByMask;
	const jpThreshold = rules.technicalJpThreshold;
	const proRata = rules.technicalCredit === 'pro_rata';
	const seminarWindow = rules.seminarWindowYears;
	const disciplineWindow = rules.disciplineWindowYears;
	const missingSkp = rules.missingSkpPoints;
	const measureFirstYearHires = rules.firstYearHiresMeasured;
	const retention = p.yearlyRetention;
	const persistence = p.performancePersistence;
	const innovation = Math.sqrt(Math.max(0, 1 - persistence * persistence));
	const fullEffectJp = a.jpForFullEffect;
	const curve = a.technicalResponse;
	const matched = policy.matchedToDuties;
	const mismatchedShare = p.mismatchedEffectShare;
	const expectedMatchFactor = matched + (1 - matched) * mismatchedShare;
	const [mixLight, mixModerate] = a.punishmentLevelMix;
	// Deterministic discipline: expected points given the heaviest punishment still counting.
	const punishedGiven = expectedPunishedPoints(disc, a.punishmentLevelMix);
	const reduction = 1 - a.punishmentReductionWithTraining;
	const matched16 = matched * U16;
	const selfFunded16 = p.selfFundedStudyRate * U16;
	const duration = a.studyDurationYears;
	const { studyLeft, education, fundedJp: fundedJpOf, fixedGain, boost: boostOf } = state;
	const { lastingBoost, developed, active, hiredAt, onStudyLeave } = state;
	const { punishLevelRing, punishChanceRing } = state;
	const lastSkpPoints = state.lastSkpPoints;
	const usePrevious = rules.performanceSkpYear === 'previous';
	const { topWho, topZ } = scratch;
	const {
		latent: latentOf,
		otherJp,
		disciplinePoints: disciplineOf,
		technicalJp: technicalJpOf
	} = state;
	const { technicalJpPrevious, leadership, functional, lastSeminar } = state;
	const postType = state.postType;
	const unit = index.unit;
	const blocks = sumBlocks(index.unitCount);
	const unitScore = offset + blocks.unitScore;
	const postScore = offset + blocks.postScore;
	const unitMeasured = offset + blocks.unitMeasured;
	const postMeasured = offset + blocks.postMeasured;

	let total = 0;
	let qualification = 0;
	let competency = 0;
	let performance = 0;
	let discipline = 0;
	let reached20 = 0;
	let technicalMet = 0;
	let recentSeminar = 0;
	let measured = 0;
	let topRated = 0;

	for (let i = 0; i < n; i++) {
		let noise = 0;
		let drawA = 0;
		let drawB = 0;
		if (rng !== null) {
			// Drawn for every slot, held or empty, so scenarios keep sharing their numbers.
			noise = rng.normal();
			drawA = rng.nextU32();
			drawB = rng.nextU32();
		}
		if (active[i] !== 1) continue;
		if (rng !== null && drawB >>> 16 < selfFunded16 && isStudyEligible(state, index, i, duration)) {
			studyLeft[i] = duration;
		}

		// Away on a study assignment this year (its last year included): no SKP.
		const away = onStudyLeave[i] === 1;
		// Qualification: a study completes after its duration; the assignee is back next year.
		if (studyLeft[i] > 0 && --studyLeft[i] === 0) {
			education[i] = NEXT_EDUCATION[education[i]];
			onStudyLeave[i] = 0;
		}

		// Performance: a latent score; training adds to it, the addition fades.
		const fundedJp = fundedJpOf[i];
		let gain = fixedGain[i];
		if (fundedJp > 0) {
			const matchFactor =
				rng === null ? expectedMatchFactor : drawA >>> 16 < matched16 ? 1 : mismatchedShare;
			const response =
				curve === undefined
					? fundedJp < fullEffectJp
						? fundedJp / fullEffectJp
						: 1
					: responseAt(curve, fundedJp);
			gain += p.effectTechnical * response * matchFactor;
		}
		const boost = boostOf[i] * retention + gain;
		boostOf[i] = boost;
		let latent = latentOf[i];
		if (rng !== null) {
			latent = persistence * latent + innovation * noise;
			latentOf[i] = latent;
		}
		const z = latent + boost + lastingBoost[i];
		// This year's SKP: none for a first-year hire or someone away; the rating cap may
		// still turn a sangat baik into baik after everyone is scored (below).
		let skpPoints: number;
		if (hiredAt[i] === t || away) skpPoints = missingSkp;
		else {
			skpPoints =
				z < th1 ? (z < th0 ? perf[0] : perf[1]) : z < th2 ? perf[2] : z < th3 ? perf[3] : perf[4];
			if (z >= th3) {
				topWho[topRated] = i;
				topZ[topRated++] = z;
			}
		}
		// The index counts this year's SKP, or last year's under the previous-year rule.
		const performancePoints = usePrevious ? lastSkpPoints[i] : skpPoints;
		lastSkpPoints[i] = skpPoints;

		// Discipline: development lowers the chance of a punishment this year; a punishment
		// counts at its level for the rulebook's window. The level is drawn from bits of its
		// own, so a lower chance can take a punishment away but never make one heavier.
		const punishChance = developed[i] === 1 ? p.punishmentRate * reduction : p.punishmentRate;
		const ring = i * disciplineWindow;
		const slot = ring + (t % disciplineWindow);
		let given = 0;
		if (rng !== null && (drawB & 0xffff) < punishChance * U16) {
			const u = (drawA & 0xffff) / U16;
			given = u < mixLight ? 1 : u < mixLight + mixModerate ? 2 : 3;
		}
		punishLevelRing[slot] = given;
		let held = 0;
		for (let k = 0; k < disciplineWindow; k++)
			if (punishLevelRing[ring + k] > held) held = punishLevelRing[ring + k];
		let disciplinePoints: number;
		if (rng === null) {
			punishChanceRing[slot] = punishChance;
			let clean = 1;
			for (let k = 0; k < disciplineWindow; k++) clean *= 1 - punishChanceRing[ring + k];
			disciplinePoints = clean * disc[held] + (1 - clean) * punishedGiven[held];
		} else disciplinePoints = disc[held];
		disciplineOf[i] = disciplinePoints;

		// Competency by the rulebook's windows: one table read, except pro-rata partial credit.
		const technicalJp = allDevelopment ? technicalJpOf[i] + otherJp[i] : technicalJpOf[i];
		const windowJp = twoYearWindow ? technicalJp + technicalJpPrevious[i] : technicalJp;
		const post = postType[i];
		const seminar = t - lastSeminar[i] < seminarWindow;
		const competencyPoints =
			proRata && windowJp > 0 && windowJp < jpThreshold
				? competencyScore(rules, post, leadership[i] === 1, functional[i] === 1, windowJp, seminar)
				: competencyByMask[
						post * 16 +
							(leadership[i] |
								(functional[i] << 1) |
								(windowJp >= jpThreshold ? 4 : 0) |
								(seminar ? 8 : 0))
					];
		const qualificationPoints = qual[education[i]];

		// Candidates (CPNS, their first year) are not measured unless the rulebook says so.
		if (measureFirstYearHires || hiredAt[i] !== t) {
			const score = qualificationPoints + competencyPoints + performancePoints + disciplinePoints;
			total += score;
			qualification += qualificationPoints;
			competency += competencyPoints;
			performance += performancePoints;
			discipline += disciplinePoints;
			measured++;
			sums[unitScore + unit[i]] += score;
			sums[postScore + post] += score;
			sums[unitMeasured + unit[i]]++;
			sums[postMeasured + post]++;
		}
		if (technicalJpOf[i] + otherJp[i] >= RIGHT_TO_DEVELOPMENT_JP) reached20++;
		if (technicalJpOf[i] >= jpThreshold) technicalMet++;
		if (seminar) recentSeminar++;
	}

	// The SKP rules cap the share rated sangat baik: the best keep it, the rest are rated
	// baik. Rare (the default organisation rating sets no cap), so it corrects the sums.
	const cap = Math.floor(a.workforce.topRatingCap * headcount + 1e-9);
	if (topRated > cap) {
		scratch.select.set(topZ.subarray(0, topRated));
		const cutoff = kthLargest(scratch.select, topRated, cap);
		const demoted = perf[4] - perf[3];
		for (let k = 0; k < topRated; k++) {
			if (topZ[k] >= cutoff) continue;
			const i = topWho[k];
			lastSkpPoints[i] = perf[3];
			// Candidates have no SKP, so all of these were measured with this year's rating.
			if (usePrevious) continue;
			total -= demoted;
			performance -= demoted;
			sums[unitScore + unit[i]] -= demoted;
			sums[postScore + postType[i]] -= demoted;
		}
	}

	sums[offset + SUM.total] += total;
	sums[offset + SUM.qualification] += qualification;
	sums[offset + SUM.competency] += competency;
	sums[offset + SUM.performance] += performance;
	sums[offset + SUM.discipline] += discipline;
	sums[offset + SUM.reached20Jp] += reached20;
	sums[offset + SUM.technicalJpMet] += technicalMet;
	sums[offset + SUM.recentSeminar] += recentSeminar;
	sums[offset + SUM.measured] += measured;
}

/**
 * For each punishment level already held (0 = none): the expected points if a new
 * punishment comes, by the level mix; the heavier of the two counts.
 */
function expectedPunishedPoints(disc: Float64Array, mix: [number, number, number]): Float64Array {
	return Float64Array.from({ length: 4 }, (_, held) => {
		let points = 0;
		for (let k = 1; k <= 3; k++)
			points += mix[k - 1] * (held === 0 ? disc[k] : Math.min(disc[held], disc[k]));
		return points;
	});
}
