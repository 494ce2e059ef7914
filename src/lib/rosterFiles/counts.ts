/**
 * A roster from counts per unit, for agencies without person-level data: how many people
 * each unit has by post type, education and SKP rating, and how many of them had ≥ 20 JP of
 * technical training, a seminar in the last two years, leadership training (structural posts)
 * or functional training (functional posts), and a disciplinary punishment.
 *
 * `countsToRoster` makes one person per head and spreads each attribute over them evenly and
 * reproducibly (no random numbers): every unit and category keeps its total exactly, and a
 * unit's index is the one its counts imply. How attributes combine within a person is not in
 * the counts, so the spread of individual scores is an assumption (see `countsToRoster`).
 *
 * Pure TypeScript (no Node APIs, no DOM).
 */
import {
	EDUCATION_LEVELS,
	POST_TYPES,
	PUNISHMENTS,
	SKP_RATINGS,
	type EducationLevel,
	type Person,
	type PostType,
	type Punishment,
	type Roster,
	type SkpRating,
	type Unit
} from '../engine/roster';
import { MAX_ROSTER_ROWS } from './issues';
import { unitSlug } from './units';

/** The counts of one unit. Every record of categories adds up to the unit's headcount. */
export interface UnitCounts {
	/** The unit's name (bidang / sekretariat); its id is the slug of the name. */
	name: string;
	/** Headcount by post type; their sum is the unit's headcount. */
	posts: Record<PostType, number>;
	/** People by highest education (SD counts as SLTP); adds up to the headcount. */
	education: Record<EducationLevel, number>;
	/** People by SKP rating; adds up to the headcount. */
	skp: Record<SkpRating, number>;
	/** People with a disciplinary punishment in the period, by level (the rest: none). */
	punished: Record<Exclude<Punishment, 'none'>, number>;
	/** People with ≥ 20 JP of technical training in the last year. */
	technical20Jp: number;
	/** People with a seminar / workshop in the last two years. */
	seminar: number;
	/** Structural post holders with leadership training for their post (≤ structural). */
	leadership: number;
	/** Functional post holders with functional training for their post (≤ functional). */
	functional: number;
}

export interface RosterCounts {
	units: UnitCounts[];
}

/** Units a roster may have: the engine projects at most 255. */
export const MAX_PROJECTED_UNITS = 255;
/** JP written for people counted as trained: the rulebook's threshold (Perban BKN 8/2019). */
export const TRAINED_JP = 20;

export type CountsIssueCode =
	| 'no_units'
	| 'too_many_units'
	| 'unit_name_missing'
	| 'unit_name_duplicate'
	| 'not_whole'
	| 'unit_empty'
	| 'sum_mismatch'
	| 'above_headcount'
	| 'above_posts'
	| 'too_many_people';

/**
 * A problem with the counts, language-neutral. `unit` is the 0-based unit position,
 * `field` names what is wrong (`education`, `skp`, `punished`, `technical20Jp`, `seminar`,
 * `leadership`, `functional`, or a category like `education.S1`); `count` the number found
 * and `expected` the number it must equal or not exceed.
 */
export interface CountsIssue {
	code: CountsIssueCode;
	unit?: number;
	field?: string;
	count?: number;
	expected?: number;
}

const sumOf = (record: Readonly<Record<string, number>>): number =>
	Object.values(record).reduce((a, b) => a + b, 0);

/** The unit's headcount: the sum of its post types. */
export function headcount(unit: UnitCounts): number {
	return sumOf(unit.posts);
}

/** Counts with every number at 0 and the given name. */
export function emptyUnitCounts(name: string): UnitCounts {
	const zeros = <K extends string>(keys: readonly K[]) =>
		Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
	return {
		name,
		posts: zeros(POST_TYPES),
		education: zeros(EDUCATION_LEVELS),
		skp: zeros(SKP_RATINGS),
		punished: { ringan: 0, sedang: 0, berat: 0 },
		technical20Jp: 0,
		seminar: 0,
		leadership: 0,
		functional: 0
	};
}

/** Every problem of the counts; an empty list means `countsToRoster` accepts them. */
export function checkCounts(counts: RosterCounts): CountsIssue[] {
	const issues: CountsIssue[] = [];
	if (counts.units.length === 0) issues.push({ code: 'no_units' });
	if (counts.units.length > MAX_PROJECTED_UNITS) {
		issues.push({
			code: 'too_many_units',
			count: counts.units.length,
			expected: MAX_PROJECTED_UNITS
		});
	}
	const firstOfId = new Map<string, number>();
	let people = 0;
	counts.units.forEach((u, unit) => {
		const name = u.name.trim();
		if (name === '') issues.push({ code: 'unit_name_missing', unit });
		else {
			const id = unitSlug(name);
			const first = firstOfId.get(id);
			if (first !== undefined) {
				issues.push({ code: 'unit_name_duplicate', unit, expected: first });
			} else firstOfId.set(id, unit);
		}
		const numbers: Array<[string, number]> = [
			...Object.entries(u.posts).map(([k, v]) => [`posts.${k}`, v] as [string, number]),
			...Object.entries(u.education).map(([k, v]) => [`education.${k}`, v] as [string, number]),
			...Object.entries(u.skp).map(([k, v]) => [`skp.${k}`, v] as [string, number]),
			...Object.entries(u.punished).map(([k, v]) => [`punished.${k}`, v] as [string, number]),
			['technical20Jp', u.technical20Jp],
			['seminar', u.seminar],
			['leadership', u.leadership],
			['functional', u.functional]
		];
		let whole = true;
		for (const [field, value] of numbers) {
			if (!Number.isSafeInteger(value) || value < 0) {
				issues.push({ code: 'not_whole', unit, field, count: value });
				whole = false;
			}
		}
		if (!whole) return;
		const n = headcount(u);
		people += n;
		if (n === 0) {
			issues.push({ code: 'unit_empty', unit });
			return;
		}
		for (const field of ['education', 'skp'] as const) {
			const total = sumOf(u[field]);
			if (total !== n)
				issues.push({ code: 'sum_mismatch', unit, field, count: total, expected: n });
		}
		const punished = sumOf(u.punished);
		if (punished > n) {
			issues.push({
				code: 'above_headcount',
				unit,
				field: 'punished',
				count: punished,
				expected: n
			});
		}
		for (const field of ['technical20Jp', 'seminar'] as const) {
			if (u[field] > n) {
				issues.push({ code: 'above_headcount', unit, field, count: u[field], expected: n });
			}
		}
		if (u.leadership > u.posts.structural) {
			issues.push({
				code: 'above_posts',
				unit,
				field: 'leadership',
				count: u.leadership,
				expected: u.posts.structural
			});
		}
		if (u.functional > u.posts.functional) {
			issues.push({
				code: 'above_posts',
				unit,
				field: 'functional',
				count: u.functional,
				expected: u.posts.functional
			});
		}
	});
	if (people > MAX_ROSTER_ROWS) {
		issues.push({ code: 'too_many_people', count: people, expected: MAX_ROSTER_ROWS });
	}
	return issues;
}

// ---------------------------------------------------------------- spreading

/**
 * Splits category totals over groups in proportion to the groups' sizes: each group's
 * counts add up to its size, each category's to its total (largest remainders, ties to the
 * earlier category). `totals` must add up to the sum of `sizes`.
 */
export function apportion(totals: readonly number[], sizes: readonly number[]): number[][] {
	const left = totals.slice();
	let people = sizes.reduce((a, b) => a + b, 0);
	return sizes.map((size) => {
		const share = left.map((t) => (people > 0 ? (t * size) / people : 0));
		const row = share.map(Math.floor);
		let missing = size - row.reduce((a, b) => a + b, 0);
		const order = share
			.map((s, k) => ({ k, rest: s - Math.floor(s) }))
			.sort((a, b) => b.rest - a.rest || a.k - b.k);
		for (const { k } of order) {
			if (missing === 0) break;
			if (row[k] < left[k]) {
				row[k]++;
				missing--;
			}
		}
		row.forEach((c, k) => (left[k] -= c));
		people -= size;
		return row;
	});
}

/**
 * `counts[k]` copies of category k, spread evenly over the sequence (a smooth round robin:
 * each place goes to the category furthest behind its share), then rotated by `offset`
 * places so that two attributes spread the same way do not fall on the same people.
 */
export function spread(counts: readonly number[], offset = 0): number[] {
	const n = counts.reduce((a, b) => a + b, 0);
	const given = counts.map(() => 0);
	const sequence: number[] = [];
	for (let i = 0; i < n; i++) {
		let best = -1;
		let bestLag = -Infinity;
		for (let k = 0; k < counts.length; k++) {
			if (given[k] >= counts[k]) continue;
			const lag = (counts[k] * (i + 1)) / n - given[k];
			if (lag > bestLag + 1e-9) {
				best = k;
				bestLag = lag;
			}
		}
		given[best]++;
		sequence.push(best);
	}
	if (n === 0) return sequence;
	const shift = ((offset % n) + n) % n;
	return [...sequence.slice(shift), ...sequence.slice(0, shift)];
}

/** A rotation per attribute (golden-ratio steps), so attributes are not aligned. */
const GOLDEN = 0.6180339887498949;
const offsetFor = (attribute: number, n: number) => Math.floor(n * ((attribute * GOLDEN) % 1));

const EDUCATION_ATTRIBUTE = 1;
const SKP_ATTRIBUTE = 2;
const PUNISHMENT_ATTRIBUTE = 3;
const TECHNICAL_ATTRIBUTE = 4;
const SEMINAR_ATTRIBUTE = 5;
const LEADERSHIP_ATTRIBUTE = 6;
const FUNCTIONAL_ATTRIBUTE = 7;

/** Category indices for each member of each post group, from unit totals. */
function assign(
	totals: readonly number[],
	sizes: readonly number[],
	attribute: number
): number[][] {
	return apportion(totals, sizes).map((groupCounts, g) =>
		spread(groupCounts, offsetFor(attribute, sizes[g]))
	);
}

/** Yes for `yes` of the group's `size` members, spread evenly. */
function flags(yes: number, size: number, attribute: number): boolean[] {
	return spread([yes, size - yes], offsetFor(attribute, size)).map((k) => k === 0);
}

/**
 * The roster the counts describe, the same every time. Per unit, people are listed by post
 * type (structural, functional, pelaksana) with ids `U<unit>-<nnn>` (U1-001, U1-002, …),
 * the unit's id being the slug of its name.
 *
 * How attributes are spread, since the counts do not say who has what:
 * - education, SKP, punishments, ≥ 20 JP and seminars are split over the post types in
 *   proportion to their headcounts, then spread evenly within each post type;
 * - leadership training goes to structural posts only, functional training to functional
 *   posts only, each spread evenly;
 * - a person counted as trained has exactly 20 JP (the rulebook's threshold), the others 0;
 * - field of study and years to retirement are unknown (left out, as in a file without them).
 *
 * @throws when `checkCounts` finds a problem (call it first to show the problems).
 */
export function countsToRoster(counts: RosterCounts): Roster {
	const issues = checkCounts(counts);
	if (issues.length > 0) {
		const i = issues[0];
		throw new Error(
			`Counts rejected (${issues.length} problem${issues.length > 1 ? 's' : ''}), first: ${i.code}` +
				(i.unit !== undefined ? ` in unit ${i.unit + 1}` : '') +
				(i.field ? `, ${i.field}` : '') +
				(i.expected !== undefined ? ` (found ${i.count}, expected ${i.expected})` : '') +
				'. Run checkCounts(counts) for the full list.'
		);
	}
	const units: Unit[] = [];
	const people: Person[] = [];
	counts.units.forEach((u, index) => {
		const unit: Unit = { id: unitSlug(u.name.trim()), name: u.name.trim() };
		units.push(unit);
		const sizes = POST_TYPES.map((p) => u.posts[p]);
		const n = headcount(u);
		const digits = Math.max(3, String(n).length);

		const education = assign(
			EDUCATION_LEVELS.map((e) => u.education[e]),
			sizes,
			EDUCATION_ATTRIBUTE
		);
		const skp = assign(
			SKP_RATINGS.map((r) => u.skp[r]),
			sizes,
			SKP_ATTRIBUTE
		);
		const { ringan, sedang, berat } = u.punished;
		const punishment = assign(
			[n - ringan - sedang - berat, ringan, sedang, berat],
			sizes,
			PUNISHMENT_ATTRIBUTE
		);
		const technical = assign([u.technical20Jp, n - u.technical20Jp], sizes, TECHNICAL_ATTRIBUTE);
		const seminar = assign([u.seminar, n - u.seminar], sizes, SEMINAR_ATTRIBUTE);
		const leadership = flags(u.leadership, u.posts.structural, LEADERSHIP_ATTRIBUTE);
		const functional = flags(u.functional, u.posts.functional, FUNCTIONAL_ATTRIBUTE);

		let seq = 0;
		POST_TYPES.forEach((postType, g) => {
			for (let i = 0; i < sizes[g]; i++) {
				seq++;
				people.push({
					id: `U${index + 1}-${String(seq).padStart(digits, '0')}`,
					unit: unit.id,
					postType,
					education: EDUCATION_LEVELS[education[g][i]],
					leadershipTraining: postType === 'structural' && leadership[i],
					functionalTraining: postType === 'functional' && functional[i],
					seminarLast2Years: seminar[g][i] === 0,
					technicalJpLastYear: technical[g][i] === 0 ? TRAINED_JP : 0,
					skpRating: SKP_RATINGS[skp[g][i]],
					punishment: PUNISHMENTS[punishment[g][i]]
				});
			}
		});
	});
	return { units, people };
}

/** Counts of an existing roster (the inverse direction: a starting point for the table). */
export function rosterToCounts(roster: Roster): RosterCounts {
	const byUnit = new Map(roster.units.map((u) => [u.id, emptyUnitCounts(u.name)]));
	for (const p of roster.people) {
		const c = byUnit.get(p.unit);
		if (!c) continue;
		c.posts[p.postType]++;
		c.education[p.education]++;
		c.skp[p.skpRating]++;
		if (p.punishment !== 'none') c.punished[p.punishment]++;
		if (p.technicalJpLastYear >= TRAINED_JP) c.technical20Jp++;
		if (p.seminarLast2Years) c.seminar++;
		if (p.postType === 'structural' && p.leadershipTraining) c.leadership++;
		if (p.postType === 'functional' && p.functionalTraining) c.functional++;
	}
	return { units: [...byUnit.values()] };
}
