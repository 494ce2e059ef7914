/**
 * Person, category and roster scoring by Peraturan BKN 8/2019, against hand-computed values.
 */
import { describe, expect, it } from 'vitest';
import { compileRulebook } from '../../src/lib/engine/compileRulebook';
import type {
	EducationLevel,
	PostType,
	Punishment,
	Roster,
	SkpRating
} from '../../src/lib/engine/roster';
import { POST_TYPES } from '../../src/lib/engine/roster';
import { perbanBkn8Of2019 as rb } from '../../src/lib/engine/rulebooks/perban-bkn-8-2019';
import type { CategoryId, Rulebook } from '../../src/lib/engine/rulebooks/rulebook';
import { categoryOf, scorePerson, scoreRoster } from '../../src/lib/engine/scoring';
import { basePerson as person } from './fixtures/person';

/** A pelaksana with SLTA, no development, SKP baik, never punished: 5 + 0 + 25 + 5 = 35. */

describe('scorePerson: the base person', () => {
	it('scores 5 + 0 + 25 + 5 = 35 (sangat rendah)', () => {
		expect(scorePerson(person(), rb)).toEqual({
			id: 'P-1',
			qualification: 5,
			competency: 0,
			performance: 25,
			discipline: 5,
			total: 35,
			category: 'sangat_rendah'
		});
	});
});

describe('scorePerson: qualification', () => {
	const table: Array<[EducationLevel, number, number]> = [
		['S3', 25, 55],
		['S2', 20, 50],
		['S1', 15, 45],
		['D4', 15, 45],
		['D3', 10, 40],
		['D2', 5, 35],
		['D1', 5, 35],
		['SLTA', 5, 35],
		['SLTP', 1, 31]
	];
	it.each(table)('%s → qualification %d, total %d', (education, qualification, total) => {
		const s = scorePerson(person({ education }), rb);
		expect(s.qualification).toBe(qualification);
		expect([s.competency, s.performance, s.discipline]).toEqual([0, 25, 5]);
		expect(s.total).toBe(total);
	});
});

describe('scorePerson: performance', () => {
	const table: Array<[SkpRating, number, number]> = [
		['sangat_baik', 30, 40],
		['baik', 25, 35],
		['cukup', 15, 25],
		['kurang', 5, 15],
		['buruk', 1, 11]
	];
	it.each(table)('SKP %s → performance %d, total %d', (skpRating, performance, total) => {
		const s = scorePerson(person({ skpRating }), rb);
		expect(s.performance).toBe(performance);
		expect([s.qualification, s.competency, s.discipline]).toEqual([5, 0, 5]);
		expect(s.total).toBe(total);
	});
});

describe('scorePerson: discipline', () => {
	const table: Array<[Punishment, number, number]> = [
		['none', 5, 35],
		['ringan', 3, 33],
		['sedang', 2, 32],
		['berat', 1, 31]
	];
	it.each(table)('punishment %s → discipline %d, total %d', (punishment, discipline, total) => {
		const s = scorePerson(person({ punishment }), rb);
		expect(s.discipline).toBe(discipline);
		expect([s.qualification, s.competency, s.performance]).toEqual([5, 0, 25]);
		expect(s.total).toBe(total);
	});
});

describe('scorePerson: competency, every post type × indicator combination', () => {
	/**
	 * [leadership, functional, technical ≥ 20 JP, seminar, competency points], by hand:
	 * structural L 15 · T 15 · S 10 (functional n/a); functional F 15 · T 15 · S 10
	 * (leadership n/a); pelaksana T 22.5 · S 17.5 (leadership and functional n/a).
	 */
	type Row = [boolean, boolean, boolean, boolean, number];
	const o = false;
	const I = true;
	const byPost: Record<PostType, Row[]> = {
		structural: [
			[o, o, o, o, 0],
			[o, o, o, I, 10],
			[o, o, I, o, 15],
			[o, o, I, I, 25],
			[o, I, o, o, 0],
			[o, I, o, I, 10],
			[o, I, I, o, 15],
			[o, I, I, I, 25],
			[I, o, o, o, 15],
			[I, o, o, I, 25],
			[I, o, I, o, 30],
			[I, o, I, I, 40],
			[I, I, o, o, 15],
			[I, I, o, I, 25],
			[I, I, I, o, 30],
			[I, I, I, I, 40]
		],
		functional: [
			[o, o, o, o, 0],
			[o, o, o, I, 10],
			[o, o, I, o, 15],
			[o, o, I, I, 25],
			[o, I, o, o, 15],
			[o, I, o, I, 25],
			[o, I, I, o, 30],
			[o, I, I, I, 40],
			[I, o, o, o, 0],
			[I, o, o, I, 10],
			[I, o, I, o, 15],
			[I, o, I, I, 25],
			[I, I, o, o, 15],
			[I, I, o, I, 25],
			[I, I, I, o, 30],
			[I, I, I, I, 40]
		],
		pelaksana: [
			[o, o, o, o, 0],
			[o, o, o, I, 17.5],
			[o, o, I, o, 22.5],
			[o, o, I, I, 40],
			[o, I, o, o, 0],
			[o, I, o, I, 17.5],
			[o, I, I, o, 22.5],
			[o, I, I, I, 40],
			[I, o, o, o, 0],
			[I, o, o, I, 17.5],
			[I, o, I, o, 22.5],
			[I, o, I, I, 40],
			[I, I, o, o, 0],
			[I, I, o, I, 17.5],
			[I, I, I, o, 22.5],
			[I, I, I, I, 40]
		]
	};
	/** Technical JP that count (≥ 20) and that do not (< 20) under all-or-nothing. */
	const JP_BELOW = [0, 19.99];
	const JP_AT_OR_ABOVE = [20, 45];

	const cases = POST_TYPES.flatMap((postType) =>
		byPost[postType].flatMap(([leadership, functional, technical, seminar, competency]) =>
			(technical ? JP_AT_OR_ABOVE : JP_BELOW).map((jp) => ({
				postType,
				leadership,
				functional,
				jp,
				seminar,
				competency
			}))
		)
	);

	it('has 16 combinations × 2 JP values for each of the 3 post types', () => {
		expect(cases).toHaveLength(3 * 16 * 2);
	});

	// Other dimensions: S1 15, SKP sangat baik 30, never punished 5 → total = 50 + competency.
	it.each(cases)(
		'$postType L=$leadership F=$functional JP=$jp S=$seminar → $competency',
		({ postType, leadership, functional, jp, seminar, competency }) => {
			const s = scorePerson(
				person({
					postType,
					education: 'S1',
					skpRating: 'sangat_baik',
					leadershipTraining: leadership,
					functionalTraining: functional,
					technicalJpLastYear: jp,
					seminarLast2Years: seminar
				}),
				rb
			);
			expect(s.qualification).toBe(15);
			expect(s.competency).toBe(competency);
			expect(s.performance).toBe(30);
			expect(s.discipline).toBe(5);
			expect(s.total).toBe(50 + competency);
			expect(s.category).toBe(categoryOf(rb, 50 + competency));
		}
	);
});

describe('scorePerson: indicators that do not apply are ignored', () => {
	it("a functional post's leadership training earns nothing", () => {
		const without = scorePerson(person({ postType: 'functional' }), rb);
		const withIt = scorePerson(person({ postType: 'functional', leadershipTraining: true }), rb);
		expect(withIt.competency).toBe(0);
		expect(withIt).toEqual(without);
	});

	it("a structural post's functional training earns nothing", () => {
		const s = scorePerson(person({ postType: 'structural', functionalTraining: true }), rb);
		expect(s.competency).toBe(0);
	});

	it("a pelaksana's leadership and functional training earn nothing", () => {
		const without = scorePerson(person(), rb);
		const withBoth = scorePerson(
			person({ leadershipTraining: true, functionalTraining: true }),
			rb
		);
		expect(withBoth.competency).toBe(0);
		expect(withBoth).toEqual(without);
	});
});

describe("scorePerson: the 'pro_rata' technical credit option", () => {
	/** [post type, JP, technical points]: points × jp / 20 below 20 JP, full points from 20. */
	const table: Array<[PostType, number, number]> = [
		['structural', 0, 0],
		['structural', 5, 3.75],
		['structural', 10, 7.5],
		['structural', 19.99, 14.9925],
		['structural', 20, 15],
		['structural', 45, 15],
		['functional', 4, 3],
		['functional', 16, 12],
		['functional', 20, 15],
		['functional', 100, 15],
		['pelaksana', 0, 0],
		['pelaksana', 8, 9],
		['pelaksana', 16, 18],
		['pelaksana', 19.99, 22.48875],
		['pelaksana', 20, 22.5],
		['pelaksana', 45, 22.5]
	];

	it.each(table)('%s with %s JP → %s technical points', (postType, jp, points) => {
		const p = person({ postType, technicalJpLastYear: jp });
		const byOption = scorePerson(p, rb, { technicalCredit: 'pro_rata' });
		const byCompiled = scorePerson(p, compileRulebook(rb, { technicalCredit: 'pro_rata' }));
		expect(byOption.competency).toBeCloseTo(points, 10);
		expect(byCompiled.competency).toBeCloseTo(points, 10);
		expect(byOption.total).toBeCloseTo(35 + points, 10);
		// The default is the rule: all or nothing.
		const allOrNothing = scorePerson(p, rb).competency;
		expect(allOrNothing).toBe(jp >= 20 ? points : 0);
		expect(scorePerson(p, rb, { technicalCredit: 'all_or_nothing' }).competency).toBe(allOrNothing);
	});

	it('adds partial technical points to the other indicators', () => {
		const s = scorePerson(
			person({
				postType: 'structural',
				leadershipTraining: true,
				seminarLast2Years: true,
				technicalJpLastYear: 10
			}),
			rb,
			{ technicalCredit: 'pro_rata' }
		);
		expect(s.competency).toBe(15 + 10 + 7.5);
	});
});

describe('scorePerson: competency never exceeds the maximum', () => {
	const JPS = [0, 1, 10, 19.99, 20, 20.01, 24, 32, 45, 1000];

	it('stays within [0, 40] for every post type, indicator combination and JP, both credits', () => {
		for (const technicalCredit of ['all_or_nothing', 'pro_rata'] as const) {
			const c = compileRulebook(rb, { technicalCredit });
			for (const postType of POST_TYPES)
				for (let mask = 0; mask < 8; mask++)
					for (const jp of JPS) {
						const s = scorePerson(
							person({
								postType,
								leadershipTraining: (mask & 1) !== 0,
								functionalTraining: (mask & 2) !== 0,
								seminarLast2Years: (mask & 4) !== 0,
								technicalJpLastYear: jp
							}),
							c
						);
						expect(s.competency).toBeGreaterThanOrEqual(0);
						expect(s.competency).toBeLessThanOrEqual(40);
						expect(s.total).toBeLessThanOrEqual(100);
					}
		}
	});

	it('caps at the dimension maximum when a rulebook offers more points than it', () => {
		// A variant whose pelaksana indicators add up to 30 + 17.5 = 47.5 > 40.
		const generous: Rulebook = {
			...rb,
			competency: {
				...rb.competency,
				points: {
					...rb.competency.points,
					pelaksana: {
						...rb.competency.points.pelaksana,
						technical: { ...rb.competency.points.pelaksana.technical!, points: 30 }
					}
				}
			}
		};
		const s = scorePerson(person({ technicalJpLastYear: 20, seminarLast2Years: true }), generous);
		expect(s.competency).toBe(40);
		const techOnly = scorePerson(person({ technicalJpLastYear: 20 }), generous);
		expect(techOnly.competency).toBe(30);
	});
});

describe('categoryOf: boundaries [91, 100], [81, 91), [71, 81), [61, 71), < 61', () => {
	const table: Array<[number, CategoryId]> = [
		[100, 'sangat_tinggi'],
		[91, 'sangat_tinggi'],
		[90.99, 'tinggi'],
		[90.5, 'tinggi'],
		[81, 'tinggi'],
		[80.99, 'sedang'],
		[80.5, 'sedang'],
		[71, 'sedang'],
		[70.99, 'rendah'],
		[61, 'rendah'],
		[60.99, 'sangat_rendah'],
		[60, 'sangat_rendah'],
		[0, 'sangat_rendah']
	];
	const compiled = compileRulebook(rb);
	it.each(table)('%s → %s', (index, category) => {
		expect(categoryOf(rb, index)).toBe(category);
		expect(categoryOf(compiled, index)).toBe(category);
	});
});

describe('scoreRoster', () => {
	/**
	 * Four people by hand:
	 * A u1 structural S2 20 | L 15 + T 15 (24 JP) + S 10 = 40 | sangat baik 30 | none 5 → 95
	 * B u1 functional S1 15 | F 15 + S 10 = 25 (0 JP)        | baik 25        | ringan 3 → 68
	 * C u2 pelaksana SLTA 5 | T 22.5 (20 JP)                 | cukup 15       | sedang 2 → 44.5
	 * D u2 pelaksana D3 10  | S 17.5 (16 JP: not counted)    | sangat baik 30 | none 5 → 62.5
	 * Unit u3 has nobody.
	 */
	function handRoster(): Roster {
		const base = person();
		return {
			units: [
				{ id: 'u1', name: 'Unit one' },
				{ id: 'u2', name: 'Unit two' },
				{ id: 'u3', name: 'Unit three (empty)' }
			],
			people: [
				{
					...base,
					id: 'A',
					unit: 'u1',
					postType: 'structural',
					education: 'S2',
					leadershipTraining: true,
					technicalJpLastYear: 24,
					seminarLast2Years: true,
					skpRating: 'sangat_baik',
					punishment: 'none'
				},
				{
					...base,
					id: 'B',
					unit: 'u1',
					postType: 'functional',
					education: 'S1',
					functionalTraining: true,
					technicalJpLastYear: 0,
					seminarLast2Years: true,
					skpRating: 'baik',
					punishment: 'ringan'
				},
				{
					...base,
					id: 'C',
					unit: 'u2',
					postType: 'pelaksana',
					education: 'SLTA',
					technicalJpLastYear: 20,
					seminarLast2Years: false,
					skpRating: 'cukup',
					punishment: 'sedang'
				},
				{
					...base,
					id: 'D',
					unit: 'u2',
					postType: 'pelaksana',
					education: 'D3',
					technicalJpLastYear: 16,
					seminarLast2Years: true,
					skpRating: 'sangat_baik',
					punishment: 'none'
				}
			]
		};
	}

	it('scores every person', () => {
		const s = scoreRoster(handRoster(), rb);
		expect(s.rulebookId).toBe('perban-bkn-8-2019');
		expect(s.people.map((p) => [p.id, p.total, p.category])).toEqual([
			['A', 95, 'sangat_tinggi'],
			['B', 68, 'rendah'],
			['C', 44.5, 'sangat_rendah'],
			['D', 62.5, 'rendah']
		]);
	});

	it('gives the agency mean and its dimension means', () => {
		const { agency } = scoreRoster(handRoster(), rb);
		expect(agency).toEqual({
			n: 4,
			index: 67.5,
			category: 'rendah',
			dimensions: { qualification: 12.5, competency: 26.25, performance: 25, discipline: 3.75 }
		});
	});

	it('breaks the index down by unit, in roster order, with an empty unit', () => {
		const { byUnit } = scoreRoster(handRoster(), rb);
		expect(byUnit.map((u) => u.unitId)).toEqual(['u1', 'u2', 'u3']);
		expect(byUnit[0]).toEqual({
			unitId: 'u1',
			n: 2,
			index: 81.5,
			category: 'tinggi',
			dimensions: { qualification: 17.5, competency: 32.5, performance: 27.5, discipline: 4 }
		});
		expect(byUnit[1]).toEqual({
			unitId: 'u2',
			n: 2,
			index: 53.5,
			category: 'sangat_rendah',
			dimensions: { qualification: 7.5, competency: 20, performance: 22.5, discipline: 3.5 }
		});
		const empty = byUnit[2];
		expect(empty.n).toBe(0);
		expect(empty.index).toBeNaN();
		expect(empty.category).toBeNull();
		for (const v of Object.values(empty.dimensions)) expect(v).toBeNaN();
	});

	it('breaks the index down by post type, in POST_TYPES order', () => {
		const { byPostType } = scoreRoster(handRoster(), rb);
		expect(byPostType.map((g) => [g.postType, g.n, g.index, g.category])).toEqual([
			['structural', 1, 95, 'sangat_tinggi'],
			['functional', 1, 68, 'rendah'],
			['pelaksana', 2, 53.5, 'sangat_rendah']
		]);
		expect(byPostType[2].dimensions).toEqual({
			qualification: 7.5,
			competency: 20,
			performance: 22.5,
			discipline: 3.5
		});
	});

	it('gives n 0, NaN and null for empty post types and an empty roster', () => {
		const onlyPelaksana: Roster = { ...handRoster() };
		onlyPelaksana.people = onlyPelaksana.people.filter((p) => p.postType === 'pelaksana');
		const s = scoreRoster(onlyPelaksana, rb);
		for (const g of s.byPostType.filter((g) => g.postType !== 'pelaksana')) {
			expect(g.n).toBe(0);
			expect(g.index).toBeNaN();
			expect(g.category).toBeNull();
		}
		const nobody = scoreRoster({ units: [{ id: 'u1', name: 'Unit one' }], people: [] }, rb);
		expect(nobody.agency.n).toBe(0);
		expect(nobody.agency.index).toBeNaN();
		expect(nobody.agency.category).toBeNull();
		for (const v of Object.values(nobody.agency.dimensions)) expect(v).toBeNaN();
		expect(nobody.byUnit[0].n).toBe(0);
		expect(nobody.people).toEqual([]);
	});

	it('passes the scoring options on (pro rata counts D’s 16 JP as 18 points)', () => {
		const s = scoreRoster(handRoster(), rb, { technicalCredit: 'pro_rata' });
		expect(s.people[3].competency).toBe(17.5 + 18);
		expect(s.people[3].total).toBe(80.5);
		expect(s.people[3].category).toBe('sedang');
		expect(s.agency.index).toBe((95 + 68 + 44.5 + 80.5) / 4);
		expect(s.agency.category).toBe('sedang');
	});

	it('gives the same result from a rulebook and from its compiled form', () => {
		expect(scoreRoster(handRoster(), compileRulebook(rb))).toEqual(scoreRoster(handRoster(), rb));
	});

	it('does not mutate the roster', () => {
		const roster = handRoster();
		const before = structuredClone(roster);
		scoreRoster(roster, rb);
		scoreRoster(roster, rb, { technicalCredit: 'pro_rata' });
		for (const p of roster.people) scorePerson(p, rb);
		expect(roster).toEqual(before);
	});
});
