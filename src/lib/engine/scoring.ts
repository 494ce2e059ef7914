/**
 * Scores people and agencies by a rulebook: a person gets four dimension
 * scores and their sum; an agency's index is the mean over its people, also
 * broken down by unit, post type and dimension.
 */
import {
	categoryIndex,
	compileRulebook,
	competencyScore,
	type CompiledRulebook,
	type ScoringOptions
} from './compileRulebook';
import {
	EDUCATION_LEVELS,
	POST_TYPES,
	PUNISHMENTS,
	SKP_RATINGS,
	type Person,
	type PostType,
	type Roster
} from './roster';
import type { CategoryId, Dimension, Rulebook } from './rulebooks/rulebook';

export interface DimensionScores {
	qualification: number;
	competency: number;
	performance: number;
	discipline: number;
}

export interface PersonScore extends DimensionScores {
	id: string;
	total: number;
	category: CategoryId;
}

export interface GroupScore {
	/** Number of people in the group. */
	n: number;
	/** Mean total; NaN for an empty group. */
	index: number;
	category: CategoryId | null;
	dimensions: DimensionScores;
}

export interface RosterScore {
	rulebookId: string;
	agency: GroupScore;
	byUnit: Array<GroupScore & { unitId: string }>;
	byPostType: Array<GroupScore & { postType: PostType }>;
	people: PersonScore[];
}

const EDUCATION_INDEX = new Map(EDUCATION_LEVELS.map((e, i) => [e, i]));
const POST_TYPE_INDEX = new Map(POST_TYPES.map((p, i) => [p, i]));
const SKP_INDEX = new Map(SKP_RATINGS.map((r, i) => [r, i]));
const PUNISHMENT_INDEX = new Map(PUNISHMENTS.map((p, i) => [p, i]));

/** The category of an index value, by the rulebook's ranges and boundary rule. */
export function categoryOf(rulebook: Rulebook | CompiledRulebook, index: number): CategoryId {
	const compiled = 'categoryMins' in rulebook ? rulebook : compileRulebook(rulebook);
	return compiled.rulebook.categories[categoryIndex(compiled, index)].id;
}

/**
 * The four dimension scores of one person. `options` apply when a plain
 * rulebook is given; a compiled one already carries its options.
 */
export function scorePerson(
	person: Person,
	rulebook: Rulebook | CompiledRulebook,
	options: ScoringOptions = {}
): PersonScore {
	const c = 'categoryMins' in rulebook ? rulebook : compileRulebook(rulebook, options);
	const qualification = c.qualificationPoints[EDUCATION_INDEX.get(person.education)!];
	const competency = competencyScore(
		c,
		POST_TYPE_INDEX.get(person.postType)!,
		person.leadershipTraining,
		person.functionalTraining,
		person.technicalJpLastYear,
		person.seminarLast2Years
	);
	const performance = c.performancePoints[SKP_INDEX.get(person.skpRating)!];
	const discipline = c.disciplinePoints[PUNISHMENT_INDEX.get(person.punishment)!];
	const total = qualification + competency + performance + discipline;
	return {
		id: person.id,
		qualification,
		competency,
		performance,
		discipline,
		total,
		category: c.rulebook.categories[categoryIndex(c, total)].id
	};
}

const DIMENSION_KEYS: readonly Dimension[] = [
	'qualification',
	'competency',
	'performance',
	'discipline'
];

function meanOf(scores: PersonScore[], c: CompiledRulebook): GroupScore {
	const n = scores.length;
	const sums: DimensionScores = { qualification: 0, competency: 0, performance: 0, discipline: 0 };
	let total = 0;
	for (const s of scores) {
		for (const d of DIMENSION_KEYS) sums[d] += s[d];
		total += s.total;
	}
	const index = n > 0 ? total / n : NaN;
	const dimensions = Object.fromEntries(
		DIMENSION_KEYS.map((d) => [d, n > 0 ? sums[d] / n : NaN])
	) as unknown as DimensionScores;
	return {
		n,
		index,
		category: n > 0 ? c.rulebook.categories[categoryIndex(c, index)].id : null,
		dimensions
	};
}

/** Scores every person and aggregates: agency mean, by unit, by post type. */
export function scoreRoster(
	roster: Roster,
	rulebook: Rulebook | CompiledRulebook,
	options: ScoringOptions = {}
): RosterScore {
	const c = 'categoryMins' in rulebook ? rulebook : compileRulebook(rulebook, options);
	const people = roster.people.map((p) => scorePerson(p, c));
	return {
		rulebookId: c.rulebook.id,
		agency: meanOf(people, c),
		byUnit: roster.units.map((u) => ({
			unitId: u.id,
			...meanOf(
				people.filter((_, i) => roster.people[i].unit === u.id),
				c
			)
		})),
		byPostType: POST_TYPES.map((postType) => ({
			postType,
			...meanOf(
				people.filter((_, i) => roster.people[i].postType === postType),
				c
			)
		})),
		people
	};
}
