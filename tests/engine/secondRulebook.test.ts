/**
 * A second rulebook is "a new file and nothing else": the made-up rulebook in
 * fixtures/testRulebook.ts is not registered anywhere, yet scoring, categories,
 * compilation, scenario resolution and the projection all use its numbers.
 */
import { describe, expect, it } from 'vitest';
import { compileRulebook } from '../../src/lib/engine/compileRulebook';
import { project } from '../../src/lib/engine/projection';
import {
	POST_TYPES,
	type EducationLevel,
	type PostType,
	type Punishment,
	type Roster,
	type SkpRating
} from '../../src/lib/engine/roster';
import { DEFAULT_RULEBOOK, findRulebook, RULEBOOKS } from '../../src/lib/engine/rulebooks';
import type { CategoryId } from '../../src/lib/engine/rulebooks/rulebook';
import { categoryOf, scorePerson, scoreRoster } from '../../src/lib/engine/scoring';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario } from '../../src/lib/scenario/scenario';
import { testRulebook as tb } from './fixtures/testRulebook';
import { basePerson as person } from './fixtures/person';

/** A pelaksana with SLTA, no development, SKP baik, never punished: 4 + 0 + 25 + 5 = 34 here. */

describe('the test rulebook is a separate file, registered nowhere', () => {
	it('is not among the app’s rulebooks and is not the default', () => {
		expect(tb.id).toBe('test-amendment-2025');
		expect(findRulebook(tb.id)).toBeUndefined();
		expect(RULEBOOKS).not.toContain(tb);
		expect(DEFAULT_RULEBOOK.id).not.toBe(tb.id);
	});

	it('has weights 20 / 45 / 30 / 5 summing to 100, and every post type can reach 45', () => {
		expect(
			[tb.dimensions.qualification, tb.dimensions.competency, tb.dimensions.performance].map(
				(r) => r.points
			)
		).toEqual([20, 45, 30]);
		expect(tb.dimensions.discipline.points).toBe(5);
		expect(Object.values(tb.dimensions).reduce((s, r) => s + r.points, 0)).toBe(100);
		for (const postType of POST_TYPES) {
			const best = Object.values(tb.competency.points[postType]).reduce(
				(s, r) => s + (r?.points ?? 0),
				0
			);
			expect(best).toBe(45);
		}
	});
});

describe('compileRulebook with the test rulebook', () => {
	it('builds the lookup tables from its numbers', () => {
		const c = compileRulebook(tb);
		expect(c.rulebook).toBe(tb);
		expect(Array.from(c.qualificationPoints)).toEqual([2, 4, 6, 7, 10, 14, 15, 17, 20]);
		expect(Array.from(c.performancePoints)).toEqual([0, 10, 18, 25, 30]);
		expect(Array.from(c.disciplinePoints)).toEqual([5, 3, 2, 0]);
		expect(Array.from(c.competencyPoints)).toEqual([
			17.5, 0, 17.5, 10, 0, 17.5, 17.5, 10, 0, 7.5, 25, 12.5
		]);
		expect(Array.from(c.categoryMins)).toEqual([95, 85, 70, 55, -Infinity]);
		expect(c.competencyMax).toBe(45);
		expect(c.technicalJpThreshold).toBe(24);
		expect(c.technicalWindowYears).toBe(2);
		expect(c.seminarWindowYears).toBe(3);
	});
});

describe('scorePerson with the test rulebook', () => {
	it.each<[EducationLevel, number]>([
		['S3', 20],
		['S2', 17],
		['S1', 15],
		['D4', 14],
		['D3', 10],
		['D2', 7],
		['D1', 6],
		['SLTA', 4],
		['SLTP', 2]
	])('%s → qualification %s', (education, points) => {
		const s = scorePerson(person({ education }), tb);
		expect(s.qualification).toBe(points);
		expect(s.total).toBe(points + 0 + 25 + 5);
	});

	it.each<[SkpRating, number]>([
		['sangat_baik', 30],
		['baik', 25],
		['cukup', 18],
		['kurang', 10],
		['buruk', 0]
	])('SKP %s → performance %s', (skpRating, points) => {
		const s = scorePerson(person({ skpRating }), tb);
		expect(s.performance).toBe(points);
		expect(s.total).toBe(4 + 0 + points + 5);
	});

	it.each<[Punishment, number]>([
		['none', 5],
		['ringan', 3],
		['sedang', 2],
		['berat', 0]
	])('punishment %s → discipline %s', (punishment, points) => {
		const s = scorePerson(person({ punishment }), tb);
		expect(s.discipline).toBe(points);
		expect(s.total).toBe(4 + 0 + 25 + points);
	});

	/** Points by hand: [leadership, functional, technical, seminar]; 0 where n/a. */
	const POINTS: Record<PostType, [number, number, number, number]> = {
		structural: [17.5, 0, 17.5, 10],
		functional: [0, 17.5, 17.5, 10],
		pelaksana: [0, 7.5, 25, 12.5]
	};
	const cases = POST_TYPES.flatMap((postType) =>
		Array.from({ length: 16 }, (_, mask) => mask).flatMap((mask) => {
			const [l, f, t, s] = [1, 2, 4, 8].map((bit) => (mask & bit) !== 0);
			const [pl, pf, pt, ps] = POINTS[postType];
			const competency = (l ? pl : 0) + (f ? pf : 0) + (t ? pt : 0) + (s ? ps : 0);
			// 20 JP counts under 8/2019 but not under this rulebook's 24 JP threshold.
			return (t ? [24, 45] : [0, 20, 23.99]).map((jp) => ({ postType, l, f, jp, s, competency }));
		})
	);

	it.each(cases)(
		'$postType L=$l F=$f JP=$jp S=$s → competency $competency',
		({ postType, l, f, jp, s, competency }) => {
			const score = scorePerson(
				person({
					postType,
					leadershipTraining: l,
					functionalTraining: f,
					technicalJpLastYear: jp,
					seminarLast2Years: s
				}),
				tb
			);
			expect(score.competency).toBe(competency);
			expect(score.competency).toBeLessThanOrEqual(45);
		}
	);

	it('lets a pelaksana’s functional training count here, but not under 8/2019', () => {
		const p = person({ functionalTraining: true });
		expect(scorePerson(p, tb).competency).toBe(7.5);
		expect(scorePerson(p, DEFAULT_RULEBOOK).competency).toBe(0);
	});

	it('scales pro rata against the 24 JP threshold', () => {
		const opts = { technicalCredit: 'pro_rata' } as const;
		expect(
			scorePerson(person({ postType: 'structural', technicalJpLastYear: 12 }), tb, opts).competency
		).toBe(8.75);
		expect(scorePerson(person({ technicalJpLastYear: 18 }), tb, opts).competency).toBe(18.75);
		expect(scorePerson(person({ technicalJpLastYear: 30 }), tb, opts).competency).toBe(25);
	});
});

describe('categoryOf with the test rulebook: [95, 100], [85, 95), [70, 85), [55, 70), < 55', () => {
	const table: Array<[number, CategoryId, CategoryId]> = [
		// [index, test rulebook, Perban BKN 8/2019]
		[100, 'sangat_tinggi', 'sangat_tinggi'],
		[95, 'sangat_tinggi', 'sangat_tinggi'],
		[94.99, 'tinggi', 'sangat_tinggi'],
		[91, 'tinggi', 'sangat_tinggi'],
		[85, 'tinggi', 'tinggi'],
		[84.99, 'sedang', 'tinggi'],
		[81, 'sedang', 'tinggi'],
		[71.59, 'sedang', 'sedang'],
		[70, 'sedang', 'rendah'],
		[69.99, 'rendah', 'rendah'],
		[61, 'rendah', 'rendah'],
		[55, 'rendah', 'sangat_rendah'],
		[54.99, 'sangat_rendah', 'sangat_rendah'],
		[0, 'sangat_rendah', 'sangat_rendah']
	];
	it.each(table)('%s → %s (8/2019: %s)', (index, here, perban) => {
		expect(categoryOf(tb, index)).toBe(here);
		expect(categoryOf(compileRulebook(tb), index)).toBe(here);
		expect(categoryOf(DEFAULT_RULEBOOK, index)).toBe(perban);
	});
});

describe('scoreRoster with the test rulebook', () => {
	/** The same four people as in scoring.test.ts (67.5 under 8/2019). */
	function handRoster(): Roster {
		const base = person();
		return {
			units: [
				{ id: 'u1', name: 'Unit one' },
				{ id: 'u2', name: 'Unit two' }
			],
			people: [
				{
					...base,
					id: 'A',
					postType: 'structural',
					education: 'S2',
					leadershipTraining: true,
					technicalJpLastYear: 24,
					seminarLast2Years: true,
					skpRating: 'sangat_baik'
				},
				{
					...base,
					id: 'B',
					postType: 'functional',
					education: 'S1',
					functionalTraining: true,
					seminarLast2Years: true,
					punishment: 'ringan'
				},
				{
					...base,
					id: 'C',
					unit: 'u2',
					technicalJpLastYear: 20,
					skpRating: 'cukup',
					punishment: 'sedang'
				},
				{
					...base,
					id: 'D',
					unit: 'u2',
					education: 'D3',
					technicalJpLastYear: 16,
					seminarLast2Years: true,
					skpRating: 'sangat_baik'
				}
			]
		};
	}

	it('gives the new numbers', () => {
		const roster = handRoster();
		const before = structuredClone(roster);
		const s = scoreRoster(roster, tb);
		expect(s.rulebookId).toBe('test-amendment-2025');
		// A 17 + 45 + 30 + 5; B 15 + 27.5 + 25 + 3; C 4 + 0 (20 < 24 JP) + 18 + 2; D 10 + 12.5 + 30 + 5.
		expect(s.people.map((p) => [p.id, p.total, p.category])).toEqual([
			['A', 97, 'sangat_tinggi'],
			['B', 70.5, 'sedang'],
			['C', 24, 'sangat_rendah'],
			['D', 57.5, 'rendah']
		]);
		expect(s.agency).toEqual({
			n: 4,
			index: 62.25,
			category: 'rendah',
			dimensions: { qualification: 11.5, competency: 21.25, performance: 25.75, discipline: 3.75 }
		});
		expect(s.byUnit.map((u) => [u.unitId, u.n, u.index, u.category])).toEqual([
			['u1', 2, 83.75, 'sedang'],
			['u2', 2, 40.75, 'sangat_rendah']
		]);
		expect(s.byPostType.map((g) => [g.postType, g.n, g.index])).toEqual([
			['structural', 1, 97],
			['functional', 1, 70.5],
			['pelaksana', 2, 40.75]
		]);
		expect(scoreRoster(roster, DEFAULT_RULEBOOK).agency.index).toBe(67.5);
		expect(roster).toEqual(before);
	});
});

describe('project() with the test rulebook', () => {
	const inputs = resolveScenario(defaultScenario(), { rulebook: tb });
	const rosterBefore = structuredClone(inputs.roster);
	const result = project(inputs);

	it('resolves the scenario with the test rulebook', () => {
		expect(inputs.rulebook).toBe(tb);
		expect(inputs.roster.people.length).toBeGreaterThan(0);
	});

	it('reports the test rulebook’s id', () => {
		expect(result.rulebookId).toBe('test-amendment-2025');
	});

	it('starts from the roster’s index under the test rulebook', () => {
		const start = scoreRoster(inputs.roster, tb, inputs.scoring).agency;
		expect(result.start.index).toBe(start.index);
		expect(result.start.category).toBe(start.category);
		expect(result.start.dimensions).toEqual(start.dimensions);
		// The default roster's people are calibrated once, under 8/2019 (71.59); the test
		// rulebook scores the same people differently: its numbers were used.
		expect(scoreRoster(inputs.roster, DEFAULT_RULEBOOK).agency.index.toFixed(2)).toBe('71.59');
		expect(result.start.index).not.toBeCloseTo(71.59, 2);
	});

	it('projects every year within the test rulebook’s range and categories', () => {
		expect(result.years.length).toBeGreaterThan(0);
		for (const y of result.years) {
			expect(Number.isFinite(y.index!.p50)).toBe(true);
			expect(y.index!.p50).toBeGreaterThanOrEqual(0);
			expect(y.index!.p50).toBeLessThanOrEqual(100);
			expect(y.dimensions.competency).toBeLessThanOrEqual(45);
			expect(y.dimensions.qualification).toBeLessThanOrEqual(20);
			expect(y.category).toBe(categoryOf(tb, y.index!.p50));
		}
	});

	it('does not mutate the roster', () => {
		expect(inputs.roster).toEqual(rosterBefore);
	});
});
