/**
 * Workforce dynamics (issue 10): retirements, other leavers, hires, promotions,
 * post conversions, discipline with memory, the SKP rules of timing, missing
 * SKP and the rating cap. Table-driven per rule, plus the headcount identity
 * as a property over random scenarios.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project, type ProjectionResult } from '../../src/lib/engine/projection';
import { ageAt } from '../../src/lib/engine/workforce';
import type { Person, Roster } from '../../src/lib/engine/roster';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import type { Rulebook } from '../../src/lib/engine/rulebooks/rulebook';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario, type Inputs } from '../../src/lib/scenario/scenario';
import { basePerson } from './fixtures/person';

const UNITS = [
	{ id: 'a', name: 'Unit A' },
	{ id: 'b', name: 'Unit B' }
];

/** The i-th person: units alternate, S1, far from retirement. */
function person(i: number, overrides: Partial<Person> = {}): Person {
	return basePerson({
		id: `P${i}`,
		unit: i % 2 === 0 ? 'a' : 'b',
		education: 'S1',
		yearsToRetirement: 30,
		...overrides
	});
}

/** Plan from 2022 (no replayed year), no budget, no free training, no leavers or moves unless the test asks: one rule at a time. */
const QUIET: Inputs = {
	firstPlanningYear: 2022,
	trainingBudgetShare: 0,
	externalTechnicalShare: 0,
	externalSeminarShare: 0,
	otherLeaverRate: 0,
	postChangeRate: 0,
	replacementRate: 0,
	structuralConversionShare: 0,
	selfFundedStudyRate: 0,
	punishmentRate: 0
};

function run(
	roster: Roster,
	inputs: Inputs = {},
	options: { draws?: number; rulebook?: Rulebook; seed?: number } = {}
): ProjectionResult {
	const scenario = defaultScenario();
	return project(
		resolveScenario(
			{ ...scenario, seed: options.seed ?? scenario.seed, inputs: { ...QUIET, ...inputs } },
			{ roster, draws: options.draws ?? 0, rulebook: options.rulebook }
		)
	);
}

const year = (r: ProjectionResult, y: number) => r.years.find((x) => x.year === y)!;

describe('retirement', () => {
	it.each([
		[1, 2022],
		[2, 2023],
		[5, 2026]
	])('a person with %i years to retirement is gone from %i on', (ytr, leaves) => {
		const roster = { units: UNITS, people: [person(0), person(1, { yearsToRetirement: ytr })] };
		const r = run(roster);
		for (const y of r.years) {
			expect(y.staff.headcount).toBe(y.year >= leaves ? 1 : 2);
			expect(y.staff.retired).toBe(y.year === leaves ? 1 : 0);
		}
	});

	it('rows without years to retirement get them from the age distribution, by post type', () => {
		const people = Array.from({ length: 200 }, (_, i) =>
			person(i, { yearsToRetirement: undefined })
		);
		const r = run({ units: UNITS, people });
		const retiredBy2030 = r.years.reduce((s, y) => s + y.staff.retired, 0);
		// Ages of PNS (BKN 2021): about 30 % are 50–58, retiring within 8 years; ~9 years run here.
		expect(retiredBy2030 / 200).toBeGreaterThan(0.2);
		expect(retiredBy2030 / 200).toBeLessThan(0.5);
	});

	it('ageAt reads the cumulative age distribution linearly inside each band', () => {
		const dist = [
			[30, 0.25],
			[40, 0.5],
			[58, 1]
		] as const;
		expect(ageAt(dist, 0)).toBe(18);
		expect(ageAt(dist, 0.25)).toBe(30);
		expect(ageAt(dist, 0.375)).toBe(35);
		expect(ageAt(dist, 0.75)).toBe(49);
	});
});

describe('other leavers and hires', () => {
	it('other leavers leave at the yearly rate (deterministic quota)', () => {
		const people = Array.from({ length: 100 }, (_, i) => person(i));
		const r = run({ units: UNITS, people }, { otherLeaverRate: 2 });
		expect(year(r, 2022).staff.otherLeavers).toBe(2);
		const total = r.years.reduce((s, y) => s + y.staff.otherLeavers, 0);
		expect(total).toBeGreaterThanOrEqual(15);
		expect(total).toBeLessThanOrEqual(18);
	});

	it('hires replace the share of leavers the replacement rate says', () => {
		const people = Array.from({ length: 100 }, (_, i) =>
			person(i, { yearsToRetirement: 1 + (i % 10) })
		);
		const r = run({ units: UNITS, people }, { replacementRate: 50 });
		const leavers = r.years.reduce((s, y) => s + y.staff.retired + y.staff.otherLeavers, 0);
		const hired = r.years.reduce((s, y) => s + y.staff.hired, 0);
		expect(Math.abs(hired - leavers / 2)).toBeLessThanOrEqual(1);
	});

	it('first-year hires are not measured (CPNS), then score the missing-SKP points if the rulebook measures them', () => {
		const roster = { units: UNITS, people: [person(0), person(1, { yearsToRetirement: 1 })] };
		const r = run(roster, { replacementRate: 100 });
		const y2022 = year(r, 2022);
		expect(y2022.staff).toMatchObject({ headcount: 2, measured: 1, retired: 1, hired: 1 });
		const measuring: Rulebook = {
			...DEFAULT_RULEBOOK,
			firstYearHiresMeasured: { ...DEFAULT_RULEBOOK.firstYearHiresMeasured, value: true }
		};
		const m = year(run(roster, { replacementRate: 100 }, { rulebook: measuring }), 2022);
		expect(m.staff.measured).toBe(2);
		// Person 0 keeps baik (25); the hire has no SKP: the rulebook's missing-SKP points.
		expect(m.dimensions.performance * 2).toBeCloseTo(
			25 + DEFAULT_RULEBOOK.missingSkpPoints.value,
			9
		);
	});

	it('an agency whose only person retires, with no hires, has index null and no NaN', () => {
		const r = run({ units: UNITS, people: [person(0, { yearsToRetirement: 1 })] });
		const y = year(r, 2022);
		expect(y.index).toBeNull();
		expect(y.category).toBeNull();
		expect(y.byUnit.every((u) => u.index === null && u.headcount === 0)).toBe(true);
		expect(JSON.stringify(r.years)).not.toContain('NaN');
	});

	it('a unit with nobody left has index null while the agency goes on', () => {
		const people = [person(0), person(1, { yearsToRetirement: 1 })];
		const y = year(run({ units: UNITS, people }), 2023);
		expect(y.byUnit.find((u) => u.unitId === 'b')).toMatchObject({ index: null, headcount: 0 });
		expect(y.index).not.toBeNull();
	});
});

describe('the headcount identity: headcount(t) = headcount(t−1) − retired − other leavers + hired', () => {
	it('holds every year over random rosters and rates, deterministic and Monte Carlo', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 40 }),
				fc.integer({ min: 0, max: 10 }),
				fc.integer({ min: 0, max: 100 }),
				fc.integer({ min: 0, max: 20 }),
				fc.constantFrom(0, 3),
				fc.integer({ min: 1, max: 1000 }),
				(n, leaverRate, replacementRate, postChangeRate, draws, seed) => {
					const people = Array.from({ length: n }, (_, i) =>
						person(i, {
							yearsToRetirement: i % 3 === 0 ? undefined : 1 + ((i * 7) % 12),
							postType: (['structural', 'functional', 'pelaksana'] as const)[i % 3]
						})
					);
					const r = run(
						{ units: UNITS, people },
						{ otherLeaverRate: leaverRate, replacementRate, postChangeRate },
						{ draws, seed }
					);
					let previous = n;
					for (const y of r.years) {
						const { headcount, retired, otherLeavers, hired } = y.staff;
						expect(headcount).toBeCloseTo(previous - retired - otherLeavers + hired, 9);
						const units = y.byUnit.reduce((s, u) => s + u.headcount, 0);
						expect(units).toBeCloseTo(headcount, 9);
						previous = headcount;
					}
				}
			),
			{ numRuns: 60 }
		);
	});
});

describe('posts change: training credit belongs to the post held', () => {
	it('promotion or mutation resets leadership and functional credit', () => {
		const people = [
			person(0, { postType: 'structural', leadershipTraining: true }),
			person(1, { postType: 'functional', functionalTraining: true })
		];
		const stay = year(run({ units: UNITS, people }), 2022);
		const move = year(run({ units: UNITS, people }, { postChangeRate: 100 }), 2022);
		expect(stay.dimensions.competency).toBe(15);
		expect(move.dimensions.competency).toBe(0);
	});

	it('a structural leaver is replaced by promoting someone of the same unit, without leadership training', () => {
		const people = [
			person(0, { postType: 'structural', leadershipTraining: true, yearsToRetirement: 1 }),
			person(2, { skpRating: 'sangat_baik' }),
			person(4)
		];
		const r = run({ units: UNITS, people });
		const y = year(r, 2022);
		const structural = y.byPostType.find((p) => p.postType === 'structural')!;
		expect(structural.headcount).toBe(1);
		// The promoted official has no PKP/PKA: structural competency 0 (no seminar, no technical).
		expect(structural.index).toBe(15 + 0 + 30 + 5);
	});
});

describe('several structural posts left empty in one unit in one year', () => {
	it('are all filled by promoting the unit’s best performers, the others keep their posts', () => {
		const people = [
			...[0, 2, 4].map((i) => person(i, { postType: 'structural', yearsToRetirement: 1 })),
			...[6, 8, 10, 12, 14].map((i, k) => person(i, { skpRating: k < 3 ? 'sangat_baik' : 'cukup' }))
		];
		const y = year(run({ units: UNITS, people }), 2022);
		const heads = Object.fromEntries(y.byPostType.map((p) => [p.postType, p.headcount]));
		expect(heads).toMatchObject({ structural: 3, pelaksana: 2 });
		// The three promoted were the sangat baik ones: the pelaksana left are the cukup ones.
		expect(y.byPostType.find((p) => p.postType === 'pelaksana')!.index).toBe(15 + 0 + 15 + 5);
	});
});

describe('post conversion (penyetaraan jabatan)', () => {
	it('the roster column converts a structural official in that year: leadership credit lost', () => {
		const people = [
			person(0, {
				postType: 'structural',
				leadershipTraining: true,
				convertedToFunctionalYear: 2023
			})
		];
		const r = run({ units: UNITS, people });
		expect(year(r, 2022).dimensions.competency).toBe(15);
		expect(year(r, 2023).dimensions.competency).toBe(0);
		expect(year(r, 2023).byPostType.find((p) => p.postType === 'functional')!.headcount).toBe(1);
	});

	it('the assumption converts its share of structural posts in its year', () => {
		const people = Array.from({ length: 10 }, (_, i) =>
			person(i, { postType: 'structural', leadershipTraining: true })
		);
		const r = run(
			{ units: UNITS, people },
			{ structuralConversionShare: 40, structuralConversionYear: 2022 }
		);
		const functional = year(r, 2022).byPostType.find((p) => p.postType === 'functional')!;
		expect(functional.headcount).toBe(4);
	});

	it('the conversionToFunctional lever turns pelaksana functional; funding their functional training costs money and buys back points', () => {
		const people = Array.from({ length: 20 }, (_, i) => person(i));
		const lever = { conversionToFunctionalShare: 50, conversionToFunctionalYear: 2024 };
		const unfunded = year(run({ units: UNITS, people }, lever), 2024);
		expect(unfunded.byPostType.find((p) => p.postType === 'functional')!.headcount).toBe(10);
		const funded = run(
			{ units: UNITS, people },
			{
				...lever,
				trainingBudgetShare: 5,
				functionalTrainingCoverage: 100,
				coverage: 0,
				seminarCoverage: 0
			}
		);
		expect(year(funded, 2024).spending.functional).toBeGreaterThan(0);
		expect(year(funded, 2024).places.functional).toBe(10);
		expect(year(funded, 2024).dimensions.competency).toBeGreaterThan(
			unfunded.dimensions.competency
		);
	});
});

describe('discipline with memory', () => {
	it.each([1, 2, 3])(
		'window %i years: a light punishment given in 2021 counts, at its level, until the window has passed',
		(window) => {
			const rulebook: Rulebook = {
				...DEFAULT_RULEBOOK,
				disciplineWindowYears: { ...DEFAULT_RULEBOOK.disciplineWindowYears, value: window }
			};
			const r = run(
				{ units: UNITS, people: [person(0, { punishment: 'ringan' })] },
				{},
				{ rulebook }
			);
			const points = r.years.map((y) => y.dimensions.discipline);
			points.forEach((p, k) => expect(p).toBe(k + 1 < window ? 3 : 5));
		}
	);

	it('development never makes a punishment heavier: same draws, more reduction, no year worse in any draw', () => {
		const people = Array.from({ length: 60 }, (_, i) => person(i));
		const base = {
			punishmentRate: 4,
			seminarCoverage: 100,
			trainingBudgetShare: 5,
			effectTechnical: 0,
			effectManagerial: 0
		};
		const none = run(
			{ units: UNITS, people },
			{ ...base, punishmentReductionWithTraining: 0 },
			{ draws: 30 }
		);
		const half = run(
			{ units: UNITS, people },
			{ ...base, punishmentReductionWithTraining: 50 },
			{ draws: 30 }
		);
		for (let k = 0; k < none.indexByDraw.length; k++)
			expect(half.indexByDraw[k]).toBeGreaterThanOrEqual(none.indexByDraw[k] - 1e-9);
	});
});

describe('SKP rules', () => {
	it('"previous": the index of year t uses the SKP of t − 1, so a training effect shows a year later', () => {
		const people = Array.from({ length: 40 }, (_, i) =>
			person(i, { skpRating: i % 2 ? 'baik' : 'cukup' })
		);
		const inputs = { trainingBudgetShare: 5, coverage: 100 };
		const previous: Rulebook = {
			...DEFAULT_RULEBOOK,
			performanceSkpYear: { ...DEFAULT_RULEBOOK.performanceSkpYear, value: 'previous' }
		};
		const now = run({ units: UNITS, people }, inputs);
		const lagged = run({ units: UNITS, people }, inputs, { rulebook: previous });
		// The first projected year scores the roster's own SKP under the previous-year rule.
		expect(year(lagged, 2022).dimensions.performance).toBe(20);
		expect(year(lagged, 2023).dimensions.performance).toBeCloseTo(
			year(now, 2022).dimensions.performance,
			9
		);
	});

	it.each([
		['istimewa', 0.7],
		['butuh_perbaikan', 0.1],
		['sangat_kurang', 0]
	])(
		'organisation rated %s: at most %f of staff keep sangat baik, the rest are rated baik',
		(rating, cap) => {
			const people = Array.from({ length: 50 }, (_, i) => person(i, { skpRating: 'sangat_baik' }));
			const r = run({ units: UNITS, people }, { organisationRating: rating });
			const performance = year(r, 2022).dimensions.performance;
			const top = Math.floor(cap * 50 + 1e-9);
			expect(performance).toBeCloseTo((top * 30 + (50 - top) * 25) / 50, 9);
		}
	);

	it('a funded study assignment has no SKP in any year away (missing-SKP points), and comes back with the next degree', () => {
		const people = [person(0, { education: 'S1', skpRating: 'sangat_baik' })];
		const r = run(
			{ units: UNITS, people },
			{ trainingBudgetShare: 100, studyAssignments: 1, coverage: 0, seminarCoverage: 0 }
		);
		const missing = DEFAULT_RULEBOOK.missingSkpPoints.value;
		// Two years away (2022–2023, the study's duration), the degree counted at its end.
		expect(year(r, 2022).dimensions).toMatchObject({ performance: missing, qualification: 15 });
		expect(year(r, 2023).dimensions).toMatchObject({ performance: missing, qualification: 20 });
		expect(year(r, 2024).dimensions.performance).toBe(30);
	});
});
