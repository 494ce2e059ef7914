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
	source: string;
	note?: string;
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
		/** Points per post type and indicator; `null` where the indicator does not apply. */
		points: Record<PostType, Record<CompetencyIndicator, PointsRow | null>>;
	};
	performance: Record<SkpRating, PointsRow>;
	discipline: Record<Punishment, PointsRow>;
	/** Ordered from the highest category down. */
	categories: CategoryRow[];
	/** The boundary rule in words, shown in the UI (scores need not be integers). */
	boundaryRule: { id: string; en: string };
}
