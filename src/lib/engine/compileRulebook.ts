/**
 * Compiles a rulebook into flat lookup tables indexed by the roster enums'
 * positions, once per run, so the projection's hot loop scores a person with a
 * handful of array reads.
 */
import { EDUCATION_LEVELS, POST_TYPES, PUNISHMENTS, SKP_RATINGS } from './roster';
import { COMPETENCY_INDICATORS, type Rulebook } from './rulebooks/rulebook';

/** How technical training below the JP threshold counts. */
export type TechnicalCredit = 'all_or_nothing' | 'pro_rata';

export interface ScoringOptions {
	/** The rule is all-or-nothing; pro rata is a labelled option, not the rule. */
	technicalCredit?: TechnicalCredit;
}

export const INDICATOR = { leadership: 0, functional: 1, technical: 2, seminar: 3 } as const;

export interface CompiledRulebook {
	rulebook: Rulebook;
	technicalCredit: TechnicalCredit;
	qualificationPoints: Float64Array;
	/** [postType * 4 + indicator]; 0 where the indicator does not apply. */
	competencyPoints: Float64Array;
	performancePoints: Float64Array;
	disciplinePoints: Float64Array;
	competencyMax: number;
	/**
	 * Competency points by post type and indicator mask, `[postType * 16 + mask]`
	 * with bits leadership 1, functional 2, technical (at the threshold) 4,
	 * seminar 8: one read in the hot loop.
	 */
	competencyByMask: Float64Array;
	technicalJpThreshold: number;
	technicalWindowYears: number;
	seminarWindowYears: number;
	technicalJpSources: 'technical_only' | 'all_development';
	performanceSkpYear: 'previous' | 'current';
	firstYearHiresMeasured: boolean;
	missingSkpPoints: number;
	disciplineWindowYears: number;
	/** Category lower bounds, highest category first. */
	categoryMins: Float64Array;
}

export function compileRulebook(
	rulebook: Rulebook,
	options: ScoringOptions = {}
): CompiledRulebook {
	const window = rulebook.competency.technicalWindowYears.value;
	if (window !== 1 && window !== 2) {
		// The projection keeps this year's and last year's technical JP, nothing older.
		throw new Error(
			`Rulebook ${rulebook.id}: a technical training window of ${window} years is not supported; use 1 or 2.`
		);
	}
	const disciplineWindow = rulebook.disciplineWindowYears.value;
	if (!Number.isInteger(disciplineWindow) || disciplineWindow < 1 || disciplineWindow > 10)
		throw new Error(
			`Rulebook ${rulebook.id}: a discipline window of ${disciplineWindow} years is not supported; use 1–10.`
		);
	const competencyPoints = new Float64Array(POST_TYPES.length * COMPETENCY_INDICATORS.length);
	POST_TYPES.forEach((postType, p) =>
		COMPETENCY_INDICATORS.forEach((indicator, i) => {
			competencyPoints[p * COMPETENCY_INDICATORS.length + i] =
				rulebook.competency.points[postType][indicator]?.points ?? 0;
		})
	);
	const competencyMax = rulebook.dimensions.competency.points;
	const competencyByMask = new Float64Array(POST_TYPES.length * 16);
	for (let p = 0; p < POST_TYPES.length; p++) {
		for (let mask = 0; mask < 16; mask++) {
			let points = 0;
			for (let k = 0; k < COMPETENCY_INDICATORS.length; k++) {
				if (mask & (1 << k)) points += competencyPoints[p * COMPETENCY_INDICATORS.length + k];
			}
			competencyByMask[p * 16 + mask] = Math.min(points, competencyMax);
		}
	}
	return {
		rulebook,
		technicalCredit: options.technicalCredit ?? 'all_or_nothing',
		qualificationPoints: Float64Array.from(
			EDUCATION_LEVELS,
			(e) => rulebook.qualification[e].points
		),
		competencyPoints,
		performancePoints: Float64Array.from(SKP_RATINGS, (r) => rulebook.performance[r].points),
		disciplinePoints: Float64Array.from(PUNISHMENTS, (p) => rulebook.discipline[p].points),
		competencyMax,
		competencyByMask,
		technicalJpThreshold: rulebook.competency.technicalJpThreshold.value,
		technicalWindowYears: rulebook.competency.technicalWindowYears.value,
		seminarWindowYears: rulebook.competency.seminarWindowYears.value,
		technicalJpSources: rulebook.competency.technicalJpSources.value,
		performanceSkpYear: rulebook.performanceSkpYear.value,
		firstYearHiresMeasured: rulebook.firstYearHiresMeasured.value,
		missingSkpPoints: rulebook.missingSkpPoints.value,
		disciplineWindowYears: rulebook.disciplineWindowYears.value,
		categoryMins: Float64Array.from(rulebook.categories, (c) => c.min)
	};
}

/**
 * Competency points of one person from their indicators.
 * `technicalJp` is the JP of technical training within the technical window.
 */
export function competencyScore(
	c: CompiledRulebook,
	postType: number,
	leadership: boolean,
	functional: boolean,
	technicalJp: number,
	seminar: boolean
): number {
	const base = postType * 4;
	let technicalShare: number;
	if (technicalJp >= c.technicalJpThreshold) technicalShare = 1;
	else if (c.technicalCredit === 'pro_rata') technicalShare = technicalJp / c.technicalJpThreshold;
	else technicalShare = 0;
	const points =
		(leadership ? c.competencyPoints[base + INDICATOR.leadership] : 0) +
		(functional ? c.competencyPoints[base + INDICATOR.functional] : 0) +
		technicalShare * c.competencyPoints[base + INDICATOR.technical] +
		(seminar ? c.competencyPoints[base + INDICATOR.seminar] : 0);
	return points < c.competencyMax ? points : c.competencyMax;
}

/** Index of the category (into `rulebook.categories`) that an index value falls in. */
export function categoryIndex(c: CompiledRulebook, index: number): number {
	const mins = c.categoryMins;
	for (let k = 0; k < mins.length; k++) if (index >= mins[k]) return k;
	return mins.length - 1;
}
