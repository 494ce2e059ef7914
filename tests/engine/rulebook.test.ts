/**
 * Every row of the Peraturan BKN 8/2019 rulebook against shared/domain/ipasn-rules.md.
 * The expected tables below are written from the document, not read from the rulebook,
 * so a typo in either shows up here.
 */
import { describe, expect, it } from 'vitest';
import { compileRulebook } from '../../src/lib/engine/compileRulebook';
import {
	EDUCATION_LEVELS,
	POST_TYPES,
	PUNISHMENTS,
	SKP_RATINGS,
	type EducationLevel,
	type PostType,
	type Punishment,
	type SkpRating
} from '../../src/lib/engine/roster';
import { DEFAULT_RULEBOOK, findRulebook, RULEBOOKS } from '../../src/lib/engine/rulebooks';
import { perbanBkn8Of2019 as rb } from '../../src/lib/engine/rulebooks/perban-bkn-8-2019';
import type {
	CategoryId,
	CompetencyIndicator,
	Confidence,
	Dimension,
	Provenance
} from '../../src/lib/engine/rulebooks/rulebook';

const C: Confidence = 'confirmed';
const U: Confidence = 'unconfirmed';

function expectSourced(provenance: Provenance, confidence: Confidence): void {
	expect(provenance.confidence).toBe(confidence);
	expect(typeof provenance.source).toBe('string');
	expect(provenance.source.trim().length).toBeGreaterThan(0);
}

describe('Perban BKN 8/2019: identity', () => {
	it('is the default and the only rulebook registered so far', () => {
		expect(rb.id).toBe('perban-bkn-8-2019');
		expect(rb.validFrom).toBe('2019-05-15');
		expect(DEFAULT_RULEBOOK).toBe(rb);
		expect(RULEBOOKS).toContain(rb);
		expect(findRulebook('perban-bkn-8-2019')).toBe(rb);
		expect(findRulebook('no-such-rulebook')).toBeUndefined();
	});

	it('has a name, a legal basis and a boundary rule in both languages', () => {
		expect(rb.name.trim()).not.toBe('');
		expect(rb.legalBasis).toContain('8/2019');
		expect(rb.boundaryRule.id.trim()).not.toBe('');
		expect(rb.boundaryRule.en).toContain('80.5');
	});
});

describe('Perban BKN 8/2019: dimensions', () => {
	const expected: Array<[Dimension, number, Confidence]> = [
		['qualification', 25, C],
		['competency', 40, C],
		['performance', 30, U],
		['discipline', 5, U]
	];

	it.each(expected)('%s has at most %d points (%s)', (dimension, points, confidence) => {
		expect(rb.dimensions[dimension].points).toBe(points);
		expectSourced(rb.dimensions[dimension].provenance, confidence);
	});

	it('lists exactly the four dimensions, summing to 100', () => {
		expect(Object.keys(rb.dimensions).sort()).toEqual(expected.map(([d]) => d).sort());
		const sum = Object.values(rb.dimensions).reduce((s, row) => s + row.points, 0);
		expect(sum).toBe(100);
	});
});

describe('Perban BKN 8/2019: qualification (highest completed education)', () => {
	const expected: Array<[EducationLevel, number, Confidence]> = [
		['S3', 25, C],
		['S2', 20, U],
		['S1', 15, U],
		['D4', 15, U],
		['D3', 10, U],
		['D2', 5, U],
		['D1', 5, U],
		['SLTA', 5, U],
		['SLTP', 1, U]
	];

	it.each(expected)('%s earns %d points (%s)', (level, points, confidence) => {
		expect(rb.qualification[level].points).toBe(points);
		expectSourced(rb.qualification[level].provenance, confidence);
	});

	it('covers every education level and no other', () => {
		expect(Object.keys(rb.qualification).sort()).toEqual([...EDUCATION_LEVELS].sort());
		expect(expected.map(([e]) => e).sort()).toEqual([...EDUCATION_LEVELS].sort());
	});

	it('never exceeds the dimension maximum and is monotone in the level', () => {
		const points = EDUCATION_LEVELS.map((e) => rb.qualification[e].points);
		for (const p of points) expect(p).toBeLessThanOrEqual(rb.dimensions.qualification.points);
		for (let k = 1; k < points.length; k++) expect(points[k]).toBeGreaterThanOrEqual(points[k - 1]);
		expect(Math.max(...points)).toBe(rb.dimensions.qualification.points);
	});
});

describe('Perban BKN 8/2019: competency', () => {
	/** [post type, indicator, points or null where it does not apply, confidence]. */
	const expected: Array<[PostType, CompetencyIndicator, number | null, Confidence | null]> = [
		['structural', 'leadership', 15, C],
		['structural', 'functional', null, null],
		['structural', 'technical', 15, C],
		['structural', 'seminar', 10, U],
		['functional', 'leadership', null, null],
		['functional', 'functional', 15, C],
		['functional', 'technical', 15, C],
		['functional', 'seminar', 10, U],
		['pelaksana', 'leadership', null, null],
		['pelaksana', 'functional', null, null],
		['pelaksana', 'technical', 22.5, U],
		['pelaksana', 'seminar', 17.5, U]
	];

	it.each(expected)('%s × %s → %s (%s)', (postType, indicator, points, confidence) => {
		const row = rb.competency.points[postType][indicator];
		if (points === null) {
			expect(row).toBeNull();
		} else {
			expect(row).not.toBeNull();
			expect(row!.points).toBe(points);
			expectSourced(row!.provenance, confidence!);
		}
	});

	it('covers every post type × indicator and no other', () => {
		expect(Object.keys(rb.competency.points).sort()).toEqual([...POST_TYPES].sort());
		for (const postType of POST_TYPES) {
			expect(Object.keys(rb.competency.points[postType]).sort()).toEqual(
				['functional', 'leadership', 'seminar', 'technical'].sort()
			);
		}
		expect(expected).toHaveLength(POST_TYPES.length * 4);
	});

	it.each(POST_TYPES)('a %s post can reach exactly the competency maximum of 40', (postType) => {
		const rows = Object.values(rb.competency.points[postType]);
		const best = rows.reduce((s, row) => s + (row?.points ?? 0), 0);
		expect(best).toBe(40);
		expect(best).toBe(rb.dimensions.competency.points);
	});

	it('counts technical training from 20 JP (confirmed, Pasal 8)', () => {
		expect(rb.competency.technicalJpThreshold.value).toBe(20);
		expectSourced(rb.competency.technicalJpThreshold.provenance, C);
		expect(rb.competency.technicalJpThreshold.provenance.source).toContain('Pasal 8');
	});

	it('counts technical training over 1 year and seminars over 2 (unconfirmed)', () => {
		expect(rb.competency.technicalWindowYears.value).toBe(1);
		expectSourced(rb.competency.technicalWindowYears.provenance, U);
		expect(rb.competency.seminarWindowYears.value).toBe(2);
		expectSourced(rb.competency.seminarWindowYears.provenance, U);
	});
});

describe('Perban BKN 8/2019: performance (SKP)', () => {
	const expected: Array<[SkpRating, number, Confidence]> = [
		['sangat_baik', 30, U],
		['baik', 25, U],
		['cukup', 15, U],
		['kurang', 5, U],
		['buruk', 1, U]
	];

	it.each(expected)('%s earns %d points (%s)', (rating, points, confidence) => {
		expect(rb.performance[rating].points).toBe(points);
		expectSourced(rb.performance[rating].provenance, confidence);
	});

	it('covers every SKP rating and no other; the best reaches the maximum', () => {
		expect(Object.keys(rb.performance).sort()).toEqual([...SKP_RATINGS].sort());
		expect(rb.performance.sangat_baik.points).toBe(rb.dimensions.performance.points);
	});
});

describe('Perban BKN 8/2019: discipline', () => {
	const expected: Array<[Punishment, number, Confidence]> = [
		['none', 5, U],
		['ringan', 3, U],
		['sedang', 2, U],
		['berat', 1, U]
	];

	it.each(expected)('punishment %s earns %d points (%s)', (punishment, points, confidence) => {
		expect(rb.discipline[punishment].points).toBe(points);
		expectSourced(rb.discipline[punishment].provenance, confidence);
	});

	it('covers every punishment and no other; none reaches the maximum', () => {
		expect(Object.keys(rb.discipline).sort()).toEqual([...PUNISHMENTS].sort());
		expect(rb.discipline.none.points).toBe(rb.dimensions.discipline.points);
	});
});

describe('Perban BKN 8/2019: categories (confirmed)', () => {
	/** [id, Indonesian label, English label, inclusive lower bound]; highest first. */
	const expected: Array<[CategoryId, string, string, number]> = [
		['sangat_tinggi', 'Sangat Tinggi', 'Very high', 91],
		['tinggi', 'Tinggi', 'High', 81],
		['sedang', 'Sedang', 'Medium', 71],
		['rendah', 'Rendah', 'Low', 61],
		['sangat_rendah', 'Sangat Rendah', 'Very low', -Infinity]
	];

	it('has the five categories, highest first', () => {
		expect(rb.categories.map((c) => c.id)).toEqual(expected.map(([id]) => id));
	});

	it.each(expected)('%s (%s / %s) starts at %d', (id, labelId, labelEn, min) => {
		const row = rb.categories.find((c) => c.id === id)!;
		expect(row.label).toEqual({ id: labelId, en: labelEn });
		expect(row.min).toBe(min);
		expectSourced(row.provenance, C);
	});

	it('has strictly decreasing lower bounds, the last one open-ended', () => {
		const mins = rb.categories.map((c) => c.min);
		for (let k = 1; k < mins.length; k++) expect(mins[k]).toBeLessThan(mins[k - 1]);
		expect(mins[mins.length - 1]).toBe(-Infinity);
	});
});

describe('Perban BKN 8/2019: every row has a source', () => {
	it('collects every provenance in the rulebook and finds none without a source', () => {
		const provenances: Provenance[] = [
			...Object.values(rb.dimensions).map((r) => r.provenance),
			...Object.values(rb.qualification).map((r) => r.provenance),
			rb.competency.technicalJpThreshold.provenance,
			rb.competency.technicalWindowYears.provenance,
			rb.competency.seminarWindowYears.provenance,
			...POST_TYPES.flatMap((p) =>
				Object.values(rb.competency.points[p]).flatMap((r) => (r ? [r.provenance] : []))
			),
			...Object.values(rb.performance).map((r) => r.provenance),
			...Object.values(rb.discipline).map((r) => r.provenance),
			...rb.categories.map((c) => c.provenance)
		];
		// 4 dimensions + 9 education levels + 3 competency settings + 8 applicable indicators
		// + 5 SKP ratings + 4 punishments + 5 categories.
		expect(provenances).toHaveLength(4 + 9 + 3 + 8 + 5 + 4 + 5);
		for (const p of provenances) {
			expect(['confirmed', 'unconfirmed']).toContain(p.confidence);
			expect(p.source.trim().length).toBeGreaterThan(0);
		}
	});
});

describe('Perban BKN 8/2019: compiled lookup tables', () => {
	it('are indexed by the roster enums in their declared order', () => {
		const c = compileRulebook(rb);
		expect(Array.from(c.qualificationPoints)).toEqual([1, 5, 5, 5, 10, 15, 15, 20, 25]);
		expect(Array.from(c.performancePoints)).toEqual([1, 5, 15, 25, 30]);
		expect(Array.from(c.disciplinePoints)).toEqual([5, 3, 2, 1]);
		// [post type × 4 + indicator]: leadership, functional, technical, seminar.
		expect(Array.from(c.competencyPoints)).toEqual([
			15, 0, 15, 10, 0, 15, 15, 10, 0, 0, 22.5, 17.5
		]);
		expect(Array.from(c.categoryMins)).toEqual([91, 81, 71, 61, -Infinity]);
		expect(c.competencyMax).toBe(40);
		expect(c.technicalJpThreshold).toBe(20);
		expect(c.technicalWindowYears).toBe(1);
		expect(c.seminarWindowYears).toBe(2);
		expect(c.technicalCredit).toBe('all_or_nothing');
		expect(compileRulebook(rb, { technicalCredit: 'pro_rata' }).technicalCredit).toBe('pro_rata');
	});
});
