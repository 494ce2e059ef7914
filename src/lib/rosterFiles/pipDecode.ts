/**
 * Dimension points back to what earns them, by a rulebook (the app's default when BKN's PIP
 * ASN file is read): qualification → education, performance → SKP rating, discipline →
 * punishment, competency → post type and trainings. Built from the compiled rulebook's own
 * tables, so whatever it decodes scores back to exactly the points read.
 * Pure TypeScript.
 */
import { compileRulebook } from '../engine/compileRulebook';
import {
	EDUCATION_LEVELS,
	POST_TYPES,
	PUNISHMENTS,
	SKP_RATINGS,
	type EducationLevel,
	type Person,
	type Punishment,
	type SkpRating
} from '../engine/roster';
import { COMPETENCY_INDICATORS, type Rulebook } from '../engine/rulebooks/rulebook';
import type { CompetencyReading, TrainingToken } from './issues';

/** Points in a file are decimals as written (22.5); equal within rounding noise. */
const EPSILON = 1e-6;
const same = (a: number, b: number) => Math.abs(a - b) < EPSILON;

/** One level a points value decodes to, and the others that score the same. */
export interface LevelReading<T> {
	points: number;
	level: T;
	others: T[];
}

/** A competency reading with the rulebook's exact points and its indicator bits. */
export interface CompetencyOption extends CompetencyReading {
	points: number;
	mask: number;
}

export interface PipDecoder {
	qualification(points: number): LevelReading<EducationLevel> | undefined;
	performance(points: number): LevelReading<SkpRating> | undefined;
	discipline(points: number): LevelReading<Punishment> | undefined;
	/** Every post type and training set that gives these points (empty: none can). */
	competency(points: number): CompetencyOption[];
	/** The values each dimension can take, lowest first (for messages). */
	possible: Record<'qualification' | 'competency' | 'performance' | 'discipline', number[]>;
	/** JP written for a person read to have technical training: the rulebook's threshold. */
	technicalJp: number;
}

/**
 * Where one points value stands for several levels (15: S1 or D4; 5: SLTA, D2 or D1), the
 * level most civil servants with those points hold is written; the others are named in the
 * import notice. The order only chooses among equal points, so scores never depend on it.
 */
const EDUCATION_PREFERENCE: readonly EducationLevel[] = [
	'S3',
	'S2',
	'S1',
	'D3',
	'SLTA',
	'SLTP',
	'D4',
	'D2',
	'D1'
];

/** Levels grouped by points; `preference` lists every level, the one written first. */
function levels<T extends string>(
	pointsOf: (level: T) => number,
	preference: readonly T[]
): LevelReading<T>[] {
	const out: LevelReading<T>[] = [];
	for (const level of preference) {
		const points = pointsOf(level);
		const found = out.find((r) => same(r.points, points));
		if (found) found.others.push(level);
		else out.push({ points, level, others: [] });
	}
	return out.sort((a, b) => a.points - b.points);
}

const lookup =
	<T>(readings: readonly LevelReading<T>[]) =>
	(points: number) =>
		readings.find((r) => same(r.points, points));

/**
 * Training sets earlier in this order are written first when several give the same points:
 * the training a post holder keeps (leadership or functional training for the post) over
 * technical training, which counts for one year only. For 15 points a structural official is
 * read to have leadership training, not 20 JP of technical training last year.
 */
function preferenceOf(option: CompetencyOption): number {
	const keeps = option.training.includes('leadership') || option.training.includes('functional');
	return (keeps ? 0 : 10) + option.training.length;
}

export function pipDecoder(rulebook: Rulebook): PipDecoder {
	const c = compileRulebook(rulebook);
	const qualification = levels(
		(e: EducationLevel) => c.qualificationPoints[EDUCATION_LEVELS.indexOf(e)],
		EDUCATION_PREFERENCE
	);
	const performance = levels(
		(r: SkpRating) => c.performancePoints[SKP_RATINGS.indexOf(r)],
		[...SKP_RATINGS].reverse()
	);
	const discipline = levels(
		(p: Punishment) => c.disciplinePoints[PUNISHMENTS.indexOf(p)],
		PUNISHMENTS
	);

	const options: CompetencyOption[] = [];
	POST_TYPES.forEach((postType, p) => {
		// Only indicators that count for this post type: no two masks mean the same training.
		const applies = COMPETENCY_INDICATORS.map((_, k) => c.competencyPoints[p * 4 + k] > 0);
		for (let mask = 0; mask < 16; mask++) {
			if (COMPETENCY_INDICATORS.some((_, k) => mask & (1 << k) && !applies[k])) continue;
			options.push({
				postType,
				mask,
				points: c.competencyByMask[p * 16 + mask],
				training: COMPETENCY_INDICATORS.filter((_, k) => mask & (1 << k)) as TrainingToken[]
			});
		}
	});
	options.sort((a, b) => preferenceOf(a) - preferenceOf(b));
	const competencyValues = [...new Set(options.map((o) => o.points))].sort((a, b) => a - b);

	return {
		qualification: lookup(qualification),
		performance: lookup(performance),
		discipline: lookup(discipline),
		competency: (points) => options.filter((o) => same(o.points, points)),
		possible: {
			qualification: qualification.map((r) => r.points),
			competency: competencyValues,
			performance: performance.map((r) => r.points),
			discipline: discipline.map((r) => r.points)
		},
		technicalJp: c.technicalJpThreshold
	};
}

/** The competency fields of a person with this reading. */
export function competencyFields(
	option: CompetencyReading,
	technicalJp: number
): Pick<
	Person,
	| 'postType'
	| 'leadershipTraining'
	| 'functionalTraining'
	| 'seminarLast2Years'
	| 'technicalJpLastYear'
> {
	return {
		postType: option.postType,
		leadershipTraining: option.training.includes('leadership'),
		functionalTraining: option.training.includes('functional'),
		seminarLast2Years: option.training.includes('seminar'),
		technicalJpLastYear: option.training.includes('technical') ? technicalJp : 0
	};
}
