/**
 * The roster: the civil servants an agency plans for, one `Person` each.
 *
 * Enumerations are ordered so that their index is meaningful to the engine:
 * education from lowest to highest, SKP ratings from worst to best, punishments
 * from none to heaviest. The engine stores these indices in typed arrays.
 */

export const EDUCATION_LEVELS = ['SLTP', 'SLTA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const POST_TYPES = ['structural', 'functional', 'pelaksana'] as const;
export type PostType = (typeof POST_TYPES)[number];

/** SKP (annual performance appraisal) ratings, worst first. */
export const SKP_RATINGS = ['buruk', 'kurang', 'cukup', 'baik', 'sangat_baik'] as const;
export type SkpRating = (typeof SKP_RATINGS)[number];

/** Disciplinary punishment in the period, lightest first. */
export const PUNISHMENTS = ['none', 'ringan', 'sedang', 'berat'] as const;
export type Punishment = (typeof PUNISHMENTS)[number];

/** One civil servant as the rulebook sees them at the start of a year. */
export interface Person {
	id: string;
	/** Unit id (e.g. `anggaran`); must be one of the roster's units. */
	unit: string;
	postType: PostType;
	education: EducationLevel;
	/** Leadership training (Diklatpim / PKA / PKP) for the current post. */
	leadershipTraining: boolean;
	/** Functional training for the current (functional) post. */
	functionalTraining: boolean;
	/** Seminar / workshop / internship / course in the last 2 years. */
	seminarLast2Years: boolean;
	/** Lesson hours (JP, 45 min) of technical training in the last year. */
	technicalJpLastYear: number;
	skpRating: SkpRating;
	punishment: Punishment;
	/** Field of study matches the post (optional in the file; unknown → undefined). */
	fieldMatchesPost?: boolean;
	/** Years until retirement (optional in the file; missing → drawn from an assumption by post type). */
	yearsToRetirement?: number;
	/**
	 * Year the person's administrative (structural) post was converted into a functional
	 * post (penyetaraan jabatan, PermenPANRB 17/2021 and 28/2019). Optional: absent means
	 * "not converted, or not known" and the scenario's conversion assumption applies.
	 */
	convertedToFunctionalYear?: number;
}

/** A unit of the agency (bidang / sekretariat). */
export interface Unit {
	id: string;
	name: string;
}

export interface Roster {
	units: Unit[];
	people: Person[];
}
