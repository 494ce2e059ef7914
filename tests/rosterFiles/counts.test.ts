import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EDUCATION_LEVELS, POST_TYPES, SKP_RATINGS } from '../../src/lib/engine/roster';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import {
	apportion,
	checkCounts,
	countsToRoster,
	emptyUnitCounts,
	rosterToCounts,
	spread,
	type CountsIssueCode,
	type RosterCounts,
	type UnitCounts
} from '../../src/lib/rosterFiles/counts';
import { parseRosterCsv, writeRosterCsv } from '../../src/lib/rosterFiles/csv';

/** A valid unit: 3 structural, 4 functional, 13 pelaksana (20 people). */
function unit(name: string, overrides: Partial<UnitCounts> = {}): UnitCounts {
	const u = emptyUnitCounts(name);
	u.posts = { structural: 3, functional: 4, pelaksana: 13 };
	u.education = { ...u.education, S2: 3, S1: 10, D3: 4, SLTA: 2, SLTP: 1 };
	u.skp = { ...u.skp, sangat_baik: 6, baik: 12, cukup: 1, kurang: 1 };
	u.punished = { ringan: 1, sedang: 0, berat: 1 };
	u.technical20Jp = 7;
	u.seminar = 15;
	u.leadership = 2;
	u.functional = 3;
	return { ...u, ...overrides };
}

const SAMPLE: RosterCounts = { units: [unit('Sekretariat'), unit('Bidang Anggaran')] };

describe('countsToRoster', () => {
	it('keeps every total of every unit and category', () => {
		const roster = countsToRoster(SAMPLE);
		expect(rosterToCounts(roster)).toStrictEqual(SAMPLE);
	});

	it('is deterministic and does not change its input', () => {
		const before = structuredClone(SAMPLE);
		const a = countsToRoster(SAMPLE);
		const b = countsToRoster(structuredClone(SAMPLE));
		expect(a).toStrictEqual(b);
		expect(SAMPLE).toStrictEqual(before);
	});

	it('names units by slug and people U<unit>-<nnn>, by post type', () => {
		const roster = countsToRoster(SAMPLE);
		expect(roster.units).toEqual([
			{ id: 'sekretariat', name: 'Sekretariat' },
			{ id: 'bidang_anggaran', name: 'Bidang Anggaran' }
		]);
		const first = roster.people.filter((p) => p.unit === 'sekretariat');
		expect(first.map((p) => p.id).slice(0, 3)).toEqual(['U1-001', 'U1-002', 'U1-003']);
		expect(first.map((p) => p.postType)).toEqual([
			...Array(3).fill('structural'),
			...Array(4).fill('functional'),
			...Array(13).fill('pelaksana')
		]);
		expect(roster.people.find((p) => p.unit === 'bidang_anggaran')?.id).toBe('U2-001');
	});

	it('gives leadership training to structural and functional training to functional posts only', () => {
		const roster = countsToRoster(SAMPLE);
		for (const p of roster.people) {
			if (p.leadershipTraining) expect(p.postType).toBe('structural');
			if (p.functionalTraining) expect(p.postType).toBe('functional');
		}
	});

	it('writes 20 JP for the trained and 0 for the rest', () => {
		const jp = new Set(countsToRoster(SAMPLE).people.map((p) => p.technicalJpLastYear));
		expect([...jp].sort()).toEqual([0, 20]);
	});

	it('splits whole-unit counts over post types in proportion to headcount', () => {
		// 10 of 20 trained: 1.5 of 3 structural, 2 of 4 functional, 6.5 of 13 pelaksana.
		const roster = countsToRoster({ units: [unit('A', { technical20Jp: 10 })] });
		const trained = (post: string) =>
			roster.people.filter((p) => p.postType === post && p.technicalJpLastYear >= 20).length;
		expect(trained('functional')).toBe(2);
		expect(trained('structural') + trained('pelaksana')).toBe(8);
		expect(Math.abs(trained('structural') - 1.5)).toBeLessThanOrEqual(0.5);
	});

	it('is a valid roster file: written and read back unchanged', () => {
		const roster = countsToRoster(SAMPLE);
		const back = parseRosterCsv(writeRosterCsv(roster), { units: roster.units });
		expect(back.ok && back.roster).toStrictEqual(roster);
	});

	it('pads ids to the unit’s size', () => {
		const big = unit('Besar', {
			posts: { structural: 0, functional: 0, pelaksana: 1200 },
			education: { ...emptyUnitCounts('x').education, S1: 1200 },
			skp: { ...emptyUnitCounts('x').skp, baik: 1200 },
			leadership: 0,
			functional: 0,
			technical20Jp: 0,
			seminar: 0,
			punished: { ringan: 0, sedang: 0, berat: 0 }
		});
		const ids = countsToRoster({ units: [big] }).people.map((p) => p.id);
		expect(ids[0]).toBe('U1-0001');
		expect(ids.at(-1)).toBe('U1-1200');
	});

	it('recovers the counts of the illustrative roster', () => {
		const counts = rosterToCounts(bontangRoster());
		expect(rosterToCounts(countsToRoster(counts))).toStrictEqual(counts);
	});

	it('refuses invalid counts, saying how to find the problems', () => {
		expect(() => countsToRoster({ units: [] })).toThrow(/no_units.*checkCounts/);
	});

	it('keeps totals for any valid counts (property)', () => {
		const counts = fc
			.array(
				fc
					.record({
						structural: fc.nat(6),
						functional: fc.nat(8),
						pelaksana: fc.nat(40)
					})
					.filter((p) => p.structural + p.functional + p.pelaksana > 0)
					.chain((posts) => {
						const n = posts.structural + posts.functional + posts.pelaksana;
						const split = (k: number) =>
							fc.array(fc.nat(n), { minLength: k - 1, maxLength: k - 1 }).map((cuts) => {
								const sorted = [0, ...cuts.sort((a, b) => a - b), n];
								return sorted.slice(1).map((c, i) => c - sorted[i]);
							});
						return fc.record({
							posts: fc.constant(posts),
							education: split(EDUCATION_LEVELS.length),
							skp: split(SKP_RATINGS.length),
							punished: split(4),
							technical20Jp: fc.nat(n),
							seminar: fc.nat(n),
							leadership: fc.nat(posts.structural),
							functional: fc.nat(posts.functional)
						});
					}),
				{ minLength: 1, maxLength: 5 }
			)
			.map((units): RosterCounts => ({
				units: units.map((u, k) => ({
					name: `Unit ${k + 1}`,
					posts: u.posts,
					education: Object.fromEntries(
						EDUCATION_LEVELS.map((e, i) => [e, u.education[i]])
					) as UnitCounts['education'],
					skp: Object.fromEntries(SKP_RATINGS.map((r, i) => [r, u.skp[i]])) as UnitCounts['skp'],
					punished: { ringan: u.punished[1], sedang: u.punished[2], berat: u.punished[3] },
					technical20Jp: u.technical20Jp,
					seminar: u.seminar,
					leadership: u.leadership,
					functional: u.functional
				}))
			}));
		fc.assert(
			fc.property(counts, (c) => {
				expect(checkCounts(c)).toEqual([]);
				const roster = countsToRoster(c);
				// toEqual: fast-check builds records without a prototype.
				expect(rosterToCounts(roster)).toEqual(c);
				expect(countsToRoster(c)).toStrictEqual(roster);
			}),
			{ seed: 20210, numRuns: 200 }
		);
	});
});

describe('checkCounts', () => {
	const cases: Array<[string, RosterCounts, CountsIssueCode, Record<string, unknown>]> = [
		['no units', { units: [] }, 'no_units', {}],
		['a unit without a name', { units: [unit(' ')] }, 'unit_name_missing', { unit: 0 }],
		[
			'two units of the same name',
			{ units: [unit('Aset'), unit('ASET')] },
			'unit_name_duplicate',
			{ unit: 1, expected: 0 }
		],
		[
			'a negative number',
			{ units: [unit('A', { seminar: -1 })] },
			'not_whole',
			{ field: 'seminar', count: -1 }
		],
		[
			'a fraction',
			{ units: [unit('A', { technical20Jp: 2.5 })] },
			'not_whole',
			{ field: 'technical20Jp' }
		],
		[
			'education not adding up',
			{ units: [unit('A', { education: { ...unit('A').education, S1: 11 } })] },
			'sum_mismatch',
			{ field: 'education', count: 21, expected: 20 }
		],
		[
			'SKP not adding up',
			{ units: [unit('A', { skp: { ...unit('A').skp, baik: 0 } })] },
			'sum_mismatch',
			{ field: 'skp', count: 8, expected: 20 }
		],
		[
			'more trained than people',
			{ units: [unit('A', { technical20Jp: 21 })] },
			'above_headcount',
			{ field: 'technical20Jp', expected: 20 }
		],
		[
			'leadership beyond structural posts',
			{ units: [unit('A', { leadership: 4 })] },
			'above_posts',
			{ field: 'leadership', count: 4, expected: 3 }
		],
		[
			'functional training beyond functional posts',
			{ units: [unit('A', { functional: 5 })] },
			'above_posts',
			{ field: 'functional', count: 5, expected: 4 }
		],
		[
			'an empty unit',
			{
				units: [
					{
						...emptyUnitCounts('Kosong')
					}
				]
			},
			'unit_empty',
			{ unit: 0 }
		]
	];
	it.each(cases)('%s → %s', (_name, counts, code, fields) => {
		const issues = checkCounts(counts);
		expect(issues).toContainEqual(expect.objectContaining({ code, ...fields }));
	});

	it('accepts the sample', () => {
		expect(checkCounts(SAMPLE)).toEqual([]);
	});
});

describe('apportion and spread', () => {
	it.each([
		[
			[5, 5],
			[3, 7]
		],
		[
			[1, 2, 3, 4],
			[4, 6]
		],
		[
			[0, 10, 0],
			[2, 3, 5]
		],
		[
			[7, 0, 0, 13],
			[1, 1, 18]
		]
	])('apportion(%j, %j) keeps both margins', (totals, sizes) => {
		const rows = apportion(totals, sizes);
		expect(rows.map((r) => r.reduce((a, b) => a + b, 0))).toEqual(sizes);
		expect(totals.map((_, k) => rows.reduce((a, r) => a + r[k], 0))).toEqual(totals);
	});

	it('spreads categories evenly along the sequence', () => {
		expect(spread([2, 2])).toEqual([0, 1, 0, 1]);
		expect(spread([1, 3])).toEqual([1, 0, 1, 1]);
		// In any run of the sequence a category is within one of its share.
		const s = spread([3, 5, 12]);
		for (let len = 1; len <= s.length; len++) {
			const got = s.slice(0, len).filter((k) => k === 2).length;
			expect(Math.abs(got - (12 * len) / 20)).toBeLessThan(1.0001);
		}
	});

	it('uses every post type in the fixtures', () => {
		expect(POST_TYPES).toEqual(['structural', 'functional', 'pelaksana']);
	});
});
