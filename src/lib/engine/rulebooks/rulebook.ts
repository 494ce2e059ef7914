/**
 * The shape of an IPASN rulebook. A rulebook is data: the engine reads points,
 * thresholds and categories from it and never hard-codes them, so a new
 * regulation is a new file of this shape and nothing else.
 */
import type { EducationLevel, PostType, Punishment, SkpRating } from '../roster';

export type Confidence = 'confirmed' | 'unconfirmed';

/** Where a number comes from, shown beside it on the model page. */
export interface Provenance {
	confidence: Confidence;
	/** Quoted as found, in its own language (mostly Indonesian). */
	source: string;
	/** What the source means for the model, in Indonesian. */
	note?: string;
	/** The note in English, for the English page; without it the Indonesian note is shown. */
	noteEn?: string;
}

export interface PointsRow {
	points: number;
	provenance: Provenance;
}

export const DIMENSIONS = ['qualification', 'competency', 'performance', 'discipline'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const COMPETENCY_INDICATORS = ['leadership', 'functional', 'technical', 'seminar'] as const;
export type CompetencyIndicator = (typeof COMPETENCY_INDICATORS)[number];

export const CATEGORY_IDS = [
	'sangat_tinggi',
	'tinggi',
	'sedang',
	'rendah',
	'sangat_rendah'
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryRow {
	id: CategoryId;
	label: { id: string; en: string };
	/** Lower bound, inclusive: an index belongs to the first category whose `min` it reaches. */
	min: number;
	provenance: Provenance;
}

export interface Rulebook {
	id: string;
	name: string;
	/** Short name for choosing it, in both languages. */
	label: { id: string; en: string };
	legalBasis: string;
	/** ISO date from which the rulebook applies. */
	validFrom: string;
	/** Maximum points per dimension; they add up to 100. */
	dimensions: Record<Dimension, PointsRow>;
	/** Points for the highest completed education. */
	qualification: Record<EducationLevel, PointsRow>;
	competency: {
		/** Technical training counts only from this many JP in the window. */
		technicalJpThreshold: { value: number; provenance: Provenance };
		/** Years a technical training counts (1 = the last year). */
		technicalWindowYears: { value: number; provenance: Provenance };
		/** Years a seminar / workshop counts. */
		seminarWindowYears: { value: number; provenance: Provenance };
		/**
		 * What counts toward the technical JP threshold: technical training only (the text of
		 * Pasal 8), or every kind of competency development cumulated over the year (the reading
		 * of regional modules and the 2020 measurement form).
		 */
		technicalJpSources: { value: 'technical_only' | 'all_development'; provenance: Provenance };
		/** Points per post type and indicator; `null` where the indicator does not apply. */
		points: Record<PostType, Record<CompetencyIndicator, PointsRow | null>>;
	};
	performance: Record<SkpRating, PointsRow>;
	/**
	 * Which year's SKP enters year t's index: 'previous' (t − 1, the SKP is final only after
	 * its year ends) or 'current'.
	 */
	performanceSkpYear: { value: 'previous' | 'current'; provenance: Provenance };
	/**
	 * Whether candidates (CPNS: a new hire's first year, on probation) are measured. When not,
	 * they count in the headcount but not in the index.
	 */
	firstYearHiresMeasured: { value: boolean; provenance: Provenance };
	/** Performance points of someone with no SKP for the year (a new hire, a study assignment). */
	missingSkpPoints: { value: number; provenance: Provenance };
	discipline: Record<Punishment, PointsRow>;
	/** Years a punishment counts, at its level, from the year it was given (1 = that year only). */
	disciplineWindowYears: { value: number; provenance: Provenance };
	/** Ordered from the highest category down. */
	categories: CategoryRow[];
	/** The boundary rule in words, shown in the UI (scores need not be integers). */
	boundaryRule: { id: string; en: string };
}
