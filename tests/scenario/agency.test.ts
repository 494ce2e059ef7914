/**
 * The agency a scenario plans for: the default (BPKAD Kota Bontang, the study's figures), the
 * ceiling of any year (its own, else grown from the last entered before it), the share spent
 * in a recorded year (from Rupiah or a share), the calendar's next budget year, and the
 * schema that guards an agency at every border.
 */
import { describe, expect, it } from 'vitest';
import {
	BONTANG_AGENCY,
	MAX_YEAR,
	MIN_YEAR,
	agencyOf,
	agencySchema,
	ceilingBase,
	ceilingFor,
	lastSpentYear,
	nextBudgetYear,
	spentAmount,
	spentShare,
	today,
	unitName,
	type Agency
} from '../../src/lib/scenario/agency';
import { BONTANG, impliedCeiling } from '../../src/lib/scenario/bontang';
import { DEFAULT_FIRST_PLANNING_YEAR } from '../../src/lib/scenario/inputSpecs';

/** Ceilings entered out of order, with a gap (2025) and nothing after 2026. */
const AGENCY: Agency = {
	name: 'Dinas Pendidikan Kota Contoh',
	startYear: 2024,
	unitNames: { sd: 'Bidang Pendidikan SD' },
	ceilings: [
		{ year: 2026, amount: 12_000_000_000 },
		{ year: 2023, amount: 10_000_000_000, source: 'DPA 2023' },
		{ year: 2024, amount: 11_000_000_000 }
	],
	spent: [
		// Rupiah only: the share is the amount over the year's ceiling.
		{ year: 2023, amount: 80_000_000 },
		// A share only.
		{ year: 2024, share: 0.9 },
		// Both: the share as recorded wins (the amount is what the share was of).
		{ year: 2026, amount: 1, share: 1.25 },
		// Rupiah in a year without a ceiling of its own: its ceiling grows from 2024's.
		{ year: 2025, amount: 115_500_000 }
	],
	results: [{ year: 2024, index: 63.1, scope: 'agency', source: 'BKN, laporan IP ASN 2024' }]
};

describe('the default agency', () => {
	it('is BPKAD Kota Bontang with the study’s figures, and says which are the city’s', () => {
		expect(BONTANG_AGENCY.name).toBe(BONTANG.agency);
		expect(BONTANG_AGENCY.startYear).toBe(2021);
		expect(BONTANG_AGENCY.ceilings.map((c) => [c.year, c.amount])).toEqual(
			BONTANG.budgetHistory.map((h) => [h.year, impliedCeiling(h)])
		);
		expect(BONTANG_AGENCY.spent.map((s) => [s.year, s.amount, s.share])).toEqual(
			BONTANG.budgetHistory.map((h) => [h.year, h.amount, h.share])
		);
		expect(BONTANG_AGENCY.results).toEqual([
			expect.objectContaining({ year: 2021, index: BONTANG.observedIndex, scope: 'city' })
		]);
		for (const entry of [...BONTANG_AGENCY.ceilings, ...BONTANG_AGENCY.spent])
			expect(entry.source).toMatch(/Kajian BPKAD Kota Bontang/);
		expect(agencySchema.safeParse(BONTANG_AGENCY).success).toBe(true);
	});

	it('is the agency of a scenario that names none', () => {
		expect(agencyOf({})).toBe(BONTANG_AGENCY);
		expect(agencyOf({ agency: undefined })).toBe(BONTANG_AGENCY);
		expect(agencyOf({ agency: AGENCY })).toBe(AGENCY);
	});
});

describe('ceilingFor', () => {
	it('is the year’s own ceiling where one is entered, whatever the growth', () => {
		expect(ceilingFor(AGENCY, 2023, 5)).toBe(10_000_000_000);
		expect(ceilingFor(AGENCY, 2024, 5)).toBe(11_000_000_000);
		expect(ceilingFor(AGENCY, 2026, -3)).toBe(12_000_000_000);
		expect(ceilingBase(AGENCY, 2024)).toEqual({ ceiling: 11_000_000_000, growthYears: 0 });
	});

	it('grows from the last entry after it, a year of growth for every year since', () => {
		expect(ceilingBase(AGENCY, 2029)).toEqual({ ceiling: 12_000_000_000, growthYears: 3 });
		expect(ceilingFor(AGENCY, 2027, 5)).toBeCloseTo(12_000_000_000 * 1.05, 3);
		expect(ceilingFor(AGENCY, 2029, 5)).toBeCloseTo(12_000_000_000 * 1.05 ** 3, 3);
		expect(ceilingFor(AGENCY, 2029, -10)).toBeCloseTo(12_000_000_000 * 0.9 ** 3, 3);
		expect(ceilingFor(AGENCY, 2029, 0)).toBe(12_000_000_000);
	});

	it('in a gap between entries grows from the one before it (no interpolation)', () => {
		expect(ceilingBase(AGENCY, 2025)).toEqual({ ceiling: 11_000_000_000, growthYears: 1 });
		expect(ceilingFor(AGENCY, 2025, 5)).toBeCloseTo(11_550_000_000, 3);
	});

	it('before every entry takes the first, ungrown', () => {
		expect(ceilingBase(AGENCY, 2020)).toEqual({ ceiling: 10_000_000_000, growthYears: 0 });
		expect(ceilingFor(AGENCY, 2020, 5)).toBe(10_000_000_000);
	});

	it('is 0 (no base) for an agency without ceilings', () => {
		const none = { ...AGENCY, ceilings: [] };
		expect(ceilingBase(none, 2025)).toBeNull();
		expect(ceilingFor(none, 2025, 5)).toBe(0);
	});

	it('gives the study’s implied ceilings for the default agency, grown after 2022', () => {
		const [, , last] = BONTANG.budgetHistory;
		expect(ceilingFor(BONTANG_AGENCY, 2022, 5)).toBe(impliedCeiling(last));
		expect(ceilingFor(BONTANG_AGENCY, 2027, 5)).toBeCloseTo(impliedCeiling(last) * 1.05 ** 5, 3);
	});
});

describe('spentShare and spentAmount', () => {
	it('a share entered is the share', () => {
		expect(spentShare(AGENCY, 2024)).toBe(0.9);
		expect(spentAmount(AGENCY, 2024)).toBeCloseTo(0.009 * 11_000_000_000, 3);
	});

	it('Rupiah entered are a share of the year’s ceiling', () => {
		expect(spentShare(AGENCY, 2023)).toBeCloseTo(0.8, 12);
		expect(spentAmount(AGENCY, 2023)).toBe(80_000_000);
	});

	it('with both, the share entered wins, and the amount entered is the amount', () => {
		expect(spentShare(AGENCY, 2026)).toBe(1.25);
		expect(spentAmount(AGENCY, 2026)).toBe(1);
	});

	it('Rupiah in a year without a ceiling of its own are a share of the grown ceiling', () => {
		// 115.5 jt of 11 M grown by 5 %: 1 %. Without growth it is 1.05 %.
		expect(spentShare(AGENCY, 2025, 5)).toBeCloseTo(1, 12);
		expect(spentShare(AGENCY, 2025)).toBeCloseTo(1.05, 12);
		expect(spentAmount(AGENCY, 2025, 5)).toBe(115_500_000);
	});

	it('a year without a record has none; nor has Rupiah with no ceiling to be a share of', () => {
		expect(spentShare(AGENCY, 2022)).toBeUndefined();
		expect(spentAmount(AGENCY, 2027)).toBeUndefined();
		expect(spentShare({ ...AGENCY, ceilings: [] }, 2023)).toBeUndefined();
	});

	it('the default agency’s records are the study’s shares', () => {
		expect(BONTANG.budgetHistory.map((h) => spentShare(BONTANG_AGENCY, h.year))).toEqual([
			1.51, 0.31, 0.69
		]);
	});

	it('lastSpentYear is the last record on or before a year', () => {
		expect(lastSpentYear(AGENCY, 2022)).toBeUndefined();
		expect(lastSpentYear(AGENCY, 2023)).toBe(2023);
		expect(lastSpentYear(AGENCY, 2030)).toBe(2026);
		expect(lastSpentYear(BONTANG_AGENCY, 2026)).toBe(2022);
	});
});

describe('unitName', () => {
	it('is the agency’s name for a unit, else the roster’s', () => {
		expect(unitName(AGENCY, { id: 'sd', name: 'SD' })).toBe('Bidang Pendidikan SD');
		expect(unitName(AGENCY, { id: 'smp', name: 'SMP' })).toBe('SMP');
		expect(unitName(BONTANG_AGENCY, { id: 'aset', name: 'Bidang Aset' })).toBe('Bidang Aset');
	});
});

describe('the calendar', () => {
	it.each([
		['2026-12-07T12:00:00Z', 2027],
		['2026-01-01T12:00:00Z', 2027],
		['2026-12-31T12:00:00Z', 2027],
		['2027-01-02T12:00:00Z', 2028]
	])('on %s the next budget year is %d', (date, year) => {
		expect(nextBudgetYear(new Date(date))).toBe(year);
	});

	it('today is pinned for the tests (IPASN_TODAY), and the default plan starts after it', () => {
		expect(process.env.IPASN_TODAY).toBe('2026-12-07');
		expect(today().toISOString().slice(0, 10)).toBe('2026-12-07');
		expect(DEFAULT_FIRST_PLANNING_YEAR).toBe(2027);
	});
});

describe('agencySchema', () => {
	const problems = (agency: unknown) => {
		const parsed = agencySchema.safeParse(agency);
		return parsed.success
			? []
			: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	};

	it('accepts an agency with every kind of figure, and one with the least', () => {
		expect(problems(AGENCY)).toEqual([]);
		expect(
			problems({
				name: 'Dinas',
				startYear: 2025,
				ceilings: [{ year: 2025, amount: 1 }],
				spent: [],
				results: []
			})
		).toEqual([]);
	});

	it('trims the name and the sources', () => {
		const parsed = agencySchema.parse({
			...AGENCY,
			name: '  Dinas  ',
			results: [{ ...AGENCY.results[0], source: ' BKN ' }]
		});
		expect(parsed.name).toBe('Dinas');
		expect(parsed.results[0].source).toBe('BKN');
	});

	it.each<[string, unknown, RegExp]>([
		['no name', { ...AGENCY, name: '   ' }, /^name: the agency needs a name$/],
		['no ceiling', { ...AGENCY, ceilings: [] }, /^ceilings: give the budget ceiling \(pagu OPD\)/],
		[
			'a ceiling of Rp 0',
			{ ...AGENCY, ceilings: [{ year: 2024, amount: 0 }] },
			/^ceilings\.0\.amount: a ceiling must be more than Rp 0$/
		],
		[
			'the same ceiling year twice',
			{
				...AGENCY,
				ceilings: [...AGENCY.ceilings, { year: 2023, amount: 9_000_000_000 }]
			},
			/^ceilings\.3\.year: the ceiling for 2023 is given twice; keep one$/
		],
		[
			'the same spending year twice',
			{ ...AGENCY, spent: [...AGENCY.spent, { year: 2024, amount: 1 }] },
			/^spent\.4\.year: the development budget for 2024 is given twice; keep one$/
		],
		[
			'the same result year twice',
			{ ...AGENCY, results: [AGENCY.results[0], { ...AGENCY.results[0], index: 70 }] },
			/^results\.1\.year: the IPASN result for 2024 is given twice; keep one$/
		],
		[
			'spending with neither Rupiah nor a share',
			{ ...AGENCY, spent: [{ year: 2024, source: 'LRA' }] },
			/^spent\.0: give the amount spent in Rupiah or its share of the ceiling$/
		],
		[
			'a share over 100 %',
			{ ...AGENCY, spent: [{ year: 2024, share: 120 }] },
			/^spent\.0\.share: /
		],
		[
			'a result without a source',
			{ ...AGENCY, results: [{ ...AGENCY.results[0], source: ' ' }] },
			/^results\.0\.source: say where the result comes from$/
		],
		[
			'a dimension over its points',
			{ ...AGENCY, results: [{ ...AGENCY.results[0], qualification: 26 }] },
			/^results\.0\.qualification: /
		],
		[
			'a result scope that is neither agency nor city',
			{ ...AGENCY, results: [{ ...AGENCY.results[0], scope: 'province' }] },
			/^results\.0\.scope: /
		],
		[
			'a start year before the simulator’s years',
			{ ...AGENCY, startYear: MIN_YEAR - 1 },
			/^startYear: /
		],
		[
			'a ceiling year after them',
			{ ...AGENCY, ceilings: [{ year: MAX_YEAR + 1, amount: 1 }] },
			/^ceilings\.0\.year: /
		],
		['a year that is not whole', { ...AGENCY, startYear: 2024.5 }, /^startYear: /],
		['a field it does not know', { ...AGENCY, budget: 1 }, /budget/]
	])('refuses %s, naming where', (_, agency, message) => {
		const found = problems(agency);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(message);
	});
});
