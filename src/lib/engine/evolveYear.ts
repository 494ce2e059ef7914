/**
 * Steps 3 and 4 of a year, fused into one pass over the people: evolve each
 * person (study, performance, discipline) and score them by the compiled
 * rulebook, adding into the year's sums. This is the hot loop: typed arrays
 * only, no allocation, a fixed number of random draws per person in Monte
 * Carlo mode whatever the policy (so scenarios share their random numbers).
 *
 * Draws per person-year: a normal deviate for performance; 32 bits split into
 * the matching draw (high 16) and spare (low 16); 32 bits split into the
 * self-funded study draw (high 16) and the punishment draw (low 16).
 */
import { competencyScore, type CompiledRulebook } from './compileRulebook';
import type { Assumptions, YearPolicy } from './inputs';
import type { PathParameters } from './pathParameters';
import type { FundingDemand } from './funding';
import {
	NEXT_EDUCATION,
	POST,
	S2_LEVEL,
	isStudyEligible,
	type PopulationState,
	type RosterIndex
} from './population';
import type { Sfc32 } from './random';

/** Layout of one year's sums: agency total and dimensions, then units, then post types. */
export const SUM = {
	total: 0,
	qualification: 1,
	competency: 2,
	performance: 3,
	discipline: 4,
	reached20Jp: 5,
	units: 6
} as const;

export function yearSumLength(unitCount: number): number {
	return SUM.units + unitCount + 3;
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
	demand: FundingDemand
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
	const competencyByMask = rules.competencyByMask;
	const jpThreshold = rules.technicalJpThreshold;
	const proRata = rules.technicalCredit === 'pro_rata';
	const seminarWindow = rules.seminarWindowYears;
	const retention = p.yearlyRetention;
	const persistence = p.performancePersistence;
	const innovation = Math.sqrt(Math.max(0, 1 - persistence * persistence));
	const fullEffectJp = a.jpForFullEffect;
	const curve = a.technicalResponse;
	const matched = policy.matchedToDuties;
	const mismatchedShare = p.mismatchedEffectShare;
	const expectedMatchFactor = matched + (1 - matched) * mismatchedShare;
	const [mixLight, mixModerate, mixHeavy] = a.punishmentLevelMix;
	const punishedPoints = mixLight * disc[1] + mixModerate * disc[2] + mixHeavy * disc[3];
	const reduction = 1 - a.punishmentReductionWithTraining;
	const matched16 = matched * U16;
	const selfFunded16 = p.selfFundedStudyRate * U16;
	const duration = a.studyDurationYears;
	const { studyLeft, education, fundedJp: fundedJpOf, fixedGain, boost: boostOf } = state;
	const { lastingBoost, developed } = state;
	const {
		latent: latentOf,
		otherJp,
		disciplinePoints: disciplineOf,
		technicalJp: technicalJpOf
	} = state;
	const { technicalJpPrevious, leadership, functional, lastSeminar } = state;
	const { unit, postType } = index;
	const unitBase = offset + SUM.units;
	const postBase = unitBase + index.unitCount;

	let total = 0;
	let qualification = 0;
	let competency = 0;
	let performance = 0;
	let discipline = 0;
	let reached20 = 0;
	let functionalEligible = 0;
	let leadershipEligible = 0;
	let studyEligible = 0;
	const retirement = index.yearsToRetirement;

	for (let i = 0; i < n; i++) {
		let noise = 0;
		let drawA = 0;
		let drawB = 0;
		if (rng !== null) {
			noise = rng.normal();
			drawA = rng.nextU32();
			drawB = rng.nextU32();
			if (drawB >>> 16 < selfFunded16 && isStudyEligible(state, index, i, duration)) {
				studyLeft[i] = duration;
			}
		}

		// Qualification: a study completes after its duration.
		if (studyLeft[i] > 0 && --studyLeft[i] === 0) {
			education[i] = NEXT_EDUCATION[education[i]];
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
		const performancePoints =
			z < th1 ? (z < th0 ? perf[0] : perf[1]) : z < th2 ? perf[2] : z < th3 ? perf[3] : perf[4];

		// Discipline: development lowers the chance of a punishment this year.
		const punishChance = developed[i] === 1 ? p.punishmentRate * reduction : p.punishmentRate;
		let disciplinePoints: number;
		if (rng === null) {
			disciplinePoints = (1 - punishChance) * disc[0] + punishChance * punishedPoints;
		} else {
			const u = drawB & 0xffff;
			const cut = punishChance * U16;
			if (u < cut) {
				const level = u / cut; // uniform in [0, 1) given a punishment
				disciplinePoints =
					level < mixLight ? disc[1] : level < mixLight + mixModerate ? disc[2] : disc[3];
			} else disciplinePoints = disc[0];
		}
		disciplineOf[i] = disciplinePoints;

		// Competency by the rulebook's windows: one table read, except pro-rata partial credit.
		const technicalJp = technicalJpOf[i];
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

		const score = qualificationPoints + competencyPoints + performancePoints + disciplinePoints;
		total += score;
		qualification += qualificationPoints;
		competency += competencyPoints;
		performance += performancePoints;
		discipline += disciplinePoints;
		if (technicalJp + otherJp[i] >= RIGHT_TO_DEVELOPMENT_JP) reached20++;
		sums[unitBase + unit[i]] += score;
		sums[postBase + post] += score;

		// Who could still be trained or sent to study next year (the next year's demand).
		if (post === POST.functional && functional[i] === 0) functionalEligible++;
		if (post === POST.structural && leadership[i] === 0) leadershipEligible++;
		if (studyLeft[i] === 0 && education[i] < S2_LEVEL && retirement[i] > duration) studyEligible++;
	}
	demand.functionalEligible = functionalEligible;
	demand.leadershipEligible = leadershipEligible;
	demand.studyEligible = studyEligible;
	sums[offset + SUM.total] += total;
	sums[offset + SUM.qualification] += qualification;
	sums[offset + SUM.competency] += competency;
	sums[offset + SUM.performance] += performance;
	sums[offset + SUM.discipline] += discipline;
	sums[offset + SUM.reached20Jp] += reached20;
}
