/**
 * The agency a scenario plans for: its name, the year its roster describes, its budget
 * ceilings (pagu OPD), the development budget it actually spent, and the IPASN results it
 * recorded. Saved with the scenario; a scenario without one plans for BPKAD Kota Bontang
 * with the study's figures (`BONTANG_AGENCY`), so scenarios saved before agencies existed
 * open unchanged.
 *
 * Years without a ceiling of their own take the last one before them (the first, for
 * earlier years), grown by the ceiling-growth assumption for each year after it.
 */
import { z } from 'zod';
import { BONTANG, impliedCeiling } from './bontang';
import { plainRecord, singleLineText } from './plainText';

/** Where a recorded result is the agency's own, or the whole local government's. */
export type ResultScope = 'agency' | 'city';

export interface CeilingEntry {
	year: number;
	/** Rupiah. */
	amount: number;
	/** Where the figure comes from, as the planner entered it. */
	source?: string;
}

/** The development budget spent in a recorded year: Rupiah, or a percent of the ceiling. */
export interface SpentEntry {
	year: number;
	amount?: number;
	/** Percent of the ceiling. */
	share?: number;
	source?: string;
}

export interface RecordedResult {
	year: number;
	index: number;
	qualification?: number;
	competency?: number;
	performance?: number;
	discipline?: number;
	scope: ResultScope;
	/** As entered: "BKN, laporan IP ASN 2024", "kajian". */
	source: string;
}

export interface Agency {
	name: string;
	/** The year the roster describes; projections start after it. */
	startYear: number;
	/** Display names of the roster's units, by unit id (the roster's own names otherwise). */
	unitNames?: Record<string, string>;
	ceilings: CeilingEntry[];
	spent: SpentEntry[];
	results: RecordedResult[];
}

export const MIN_YEAR = 2015;
export const MAX_YEAR = 2050;
/** The longest horizon a projection runs after the roster's year. */
export const MAX_HORIZON_YEARS = 15;

const STUDY_SOURCE = 'Kajian BPKAD Kota Bontang';

/**
 * The default agency: the study's figures. The ceilings are implied by the recorded amount
 * and its rounded share (the study gives no ceiling); the 2021 index is the whole city
 * government's (every agency), the only IPASN figure the study has.
 */
export const BONTANG_AGENCY: Agency = {
	name: BONTANG.agency,
	startYear: BONTANG.startYear,
	ceilings: BONTANG.budgetHistory.map((h) => ({
		year: h.year,
		amount: impliedCeiling(h),
		source: `${STUDY_SOURCE}: jumlah ÷ porsi`
	})),
	spent: BONTANG.budgetHistory.map((h) => ({
		year: h.year,
		amount: h.amount,
		share: h.share,
		source: STUDY_SOURCE
	})),
	results: [
		{
			year: BONTANG.startYear,
			index: BONTANG.observedIndex,
			scope: 'city',
			source: `${STUDY_SOURCE} (IPASN Pemerintah Kota Bontang)`
		}
	]
};

export function agencyOf(scenario: { agency?: Agency }): Agency {
	return scenario.agency ?? BONTANG_AGENCY;
}

/** The calendar's next budget year: planning in December 2026 is for the 2027 budget. */
export function nextBudgetYear(today: Date): number {
	return today.getFullYear() + 1;
}

/**
 * Today, for the defaults that follow the calendar. `IPASN_TODAY` (an ISO date) pins it where
 * results must not move with the clock: the unit tests' golden figures.
 */
export function today(): Date {
	const pinned = globalThis.process?.env?.IPASN_TODAY;
	return pinned ? new Date(`${pinned}T12:00:00Z`) : new Date();
}

const byYear = <T extends { year: number }>(entries: readonly T[]) =>
	[...entries].sort((a, b) => a.year - b.year);

/**
 * The entered ceiling a year grows from, and for how many years: the year's own (0 years),
 * else the last before it, else (for years before all of them) the first.
 */
export function ceilingBase(
	agency: Agency,
	year: number
): { ceiling: number; growthYears: number } | null {
	const ceilings = byYear(agency.ceilings);
	if (ceilings.length === 0) return null;
	const before = ceilings.filter((c) => c.year <= year);
	if (before.length === 0) return { ceiling: ceilings[0].amount, growthYears: 0 };
	const last = before[before.length - 1];
	return { ceiling: last.amount, growthYears: year - last.year };
}

/** The ceiling of a year (Rupiah) at a ceiling growth in percent a year. */
export function ceilingFor(agency: Agency, year: number, growthPercent: number): number {
	const base = ceilingBase(agency, year);
	if (!base) return 0;
	return base.ceiling * Math.pow(1 + growthPercent / 100, base.growthYears);
}

/** The recorded development budget of a year as a percent of its ceiling, if recorded. */
export function spentShare(agency: Agency, year: number, growthPercent = 0): number | undefined {
	const entry = agency.spent.find((s) => s.year === year);
	if (!entry) return undefined;
	if (entry.share !== undefined) return entry.share;
	const ceiling = ceilingFor(agency, year, growthPercent);
	return entry.amount !== undefined && ceiling > 0 ? (100 * entry.amount) / ceiling : undefined;
}

/** The recorded development budget of a year in Rupiah, if recorded. */
export function spentAmount(agency: Agency, year: number, growthPercent = 0): number | undefined {
	const entry = agency.spent.find((s) => s.year === year);
	if (!entry) return undefined;
	if (entry.amount !== undefined) return entry.amount;
	return entry.share !== undefined
		? (entry.share / 100) * ceilingFor(agency, year, growthPercent)
		: undefined;
}

/** The last recorded year of spending on or before `year`, if any. */
export function lastSpentYear(agency: Agency, year: number): number | undefined {
	const years = agency.spent.map((s) => s.year).filter((y) => y <= year);
	return years.length ? Math.max(...years) : undefined;
}

/** The unit's name as the agency calls it. */
export function unitName(agency: Agency, unit: { id: string; name: string }): string {
	return agency.unitNames?.[unit.id] ?? unit.name;
}

// ── The border ─────────────────────────────────────────────────────────────

const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
const rupiah = z.number().finite().min(0).max(1e15);
const points = (max: number) => z.number().finite().min(0).max(max);

const uniqueYears =
	(what: string) =>
	(entries: Array<{ year: number }>, ctx: z.RefinementCtx): void => {
		const seen = new Set<number>();
		for (const [k, entry] of entries.entries()) {
			if (seen.has(entry.year))
				ctx.addIssue({
					code: 'custom',
					path: [k, 'year'],
					message: `${what} for ${entry.year} is given twice; keep one`
				});
			seen.add(entry.year);
		}
	};

/**
 * The agency's schema with `text` for its texts (names, sources): `singleLineText` at the
 * borders, a plain string for rows the store reads back (saved before the text checks).
 */
function agencySchemaWith(
	text: () => z.ZodString,
	record: (maxKey: number, value: z.ZodString) => z.ZodType<Record<string, string>>
) {
	const source = text().trim().max(200);
	return z
		.object({
			name: text().trim().min(1, 'the agency needs a name').max(200),
			startYear: year,
			unitNames: record(120, text().trim().min(1).max(200)).optional(),
			ceilings: z
				.array(
					z
						.object({
							year,
							amount: rupiah.positive('a ceiling must be more than Rp 0'),
							source: source.optional()
						})
						.strict()
				)
				.min(1, 'give the budget ceiling (pagu OPD) of at least one year')
				.max(60)
				.superRefine(uniqueYears('the ceiling')),
			spent: z
				.array(
					z
						.object({
							year,
							amount: rupiah.optional(),
							share: z.number().finite().min(0).max(100).optional(),
							source: source.optional()
						})
						.strict()
						.refine((s) => s.amount !== undefined || s.share !== undefined, {
							message: 'give the amount spent in Rupiah or its share of the ceiling'
						})
				)
				.max(60)
				.superRefine(uniqueYears('the development budget')),
			results: z
				.array(
					z
						.object({
							year,
							index: points(100),
							qualification: points(25).optional(),
							competency: points(40).optional(),
							performance: points(30).optional(),
							discipline: points(5).optional(),
							scope: z.enum(['agency', 'city']),
							source: source.min(1, 'say where the result comes from')
						})
						.strict()
				)
				.max(60)
				.superRefine(uniqueYears('the IPASN result'))
		})
		.strict();
}

/** The agency as every border accepts it (API, share link, scenario file). */
export const agencySchema = agencySchemaWith(singleLineText, plainRecord);
/** The agency as the store reads it back. */
export const storedAgencySchema = agencySchemaWith(
	() => z.string(),
	(maxKey, value) => z.record(z.string().max(maxKey), value)
);
