/**
 * The agency form's working copy: every field as the planner typed it (text), turned into an
 * `Agency` only when it all reads. Each problem names the field it is about, so the form can
 * put the message beside it. Pure: no DOM, no Svelte.
 */
import type { MessageKey, MessageParams } from '../../i18n/messages';
import {
	agencySchema,
	MAX_YEAR,
	MIN_YEAR,
	type Agency,
	type RecordedResult,
	type ResultScope,
	type SpentEntry
} from '../../scenario/agency';
import { parseEntry, parseRupiahEntry } from '../numberEntry';

export const DIMENSIONS = ['qualification', 'competency', 'performance', 'discipline'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** Each dimension's most points (Perban BKN 8/2019): qualification 25, competency 40, … */
export const DIMENSION_MAX: Record<Dimension, number> = {
	qualification: 25,
	competency: 40,
	performance: 30,
	discipline: 5
};

export interface BudgetRowDraft {
	key: number;
	year: string;
	ceiling: string;
	spent: string;
	spentShare: string;
	source: string;
}

export interface ResultRowDraft {
	key: number;
	year: string;
	index: string;
	qualification: string;
	competency: string;
	performance: string;
	discipline: string;
	scope: ResultScope;
	source: string;
}

export interface AgencyDraft {
	name: string;
	startYear: string;
	/** Unit id → the name the agency uses ('' keeps the roster's). */
	unitNames: Record<string, string>;
	budgets: BudgetRowDraft[];
	results: ResultRowDraft[];
}

export interface DraftProblem {
	/** `name`, `startYear`, `budgets.<key>.ceiling`, `results.<key>.index`, … */
	field: string;
	key: MessageKey;
	params?: MessageParams;
}

let nextKey = 1;
export const newKey = (): number => nextKey++;

/** Writes a number as the page's language does, with the decimals given (grouped thousands). */
export type FormatNumber = (x: number, decimals: number) => string;

/** The decimals a figure needs, at most 4 (a share of 0,3123 %). */
const decimalsIn = (x: number) => {
	for (let d = 0; d < 4; d++) if (Math.abs(x * 10 ** d - Math.round(x * 10 ** d)) < 1e-9) return d;
	return 4;
};

export function emptyBudgetRow(year: number | ''): BudgetRowDraft {
	return { key: newKey(), year: String(year), ceiling: '', spent: '', spentShare: '', source: '' };
}

export function emptyResultRow(year: number | ''): ResultRowDraft {
	return {
		key: newKey(),
		year: String(year),
		index: '',
		qualification: '',
		competency: '',
		performance: '',
		discipline: '',
		scope: 'agency',
		source: ''
	};
}

/** The form's copy of an agency: one budget row per year with a ceiling or a record. */
export function draftOf(agency: Agency, format: FormatNumber): AgencyDraft {
	const text = (x: number | undefined) => (x === undefined ? '' : format(x, decimalsIn(x)));
	const rupiah = (x: number | undefined) => (x === undefined ? '' : format(Math.round(x), 0));
	const years = [
		...new Set([...agency.ceilings.map((c) => c.year), ...agency.spent.map((s) => s.year)])
	].sort((a, b) => a - b);
	return {
		name: agency.name,
		startYear: String(agency.startYear),
		unitNames: { ...(agency.unitNames ?? {}) },
		budgets: years.map((year) => {
			const ceiling = agency.ceilings.find((c) => c.year === year);
			const spent = agency.spent.find((s) => s.year === year);
			return {
				key: newKey(),
				year: String(year),
				// Whole Rupiah on screen: the study's ceilings are implied by a rounded share.
				ceiling: rupiah(ceiling?.amount),
				spent: rupiah(spent?.amount),
				spentShare: text(spent?.share),
				source: ceiling?.source ?? spent?.source ?? ''
			};
		}),
		results: agency.results.map((r) => ({
			key: newKey(),
			year: String(r.year),
			index: text(r.index),
			qualification: text(r.qualification),
			competency: text(r.competency),
			performance: text(r.performance),
			discipline: text(r.discipline),
			scope: r.scope,
			source: r.source
		}))
	};
}

/** A new agency's form: its roster describes this year, the plan starts next year. */
export function blankDraft(rosterYear: number): AgencyDraft {
	return {
		name: '',
		startYear: String(rosterYear),
		unitNames: {},
		budgets: [
			emptyBudgetRow(rosterYear - 1),
			emptyBudgetRow(rosterYear),
			emptyBudgetRow(rosterYear + 1)
		],
		results: []
	};
}

type Read = { value: number } | { problem: DraftProblem } | { empty: true };

function readYear(field: string, raw: string): Read {
	if (raw.trim() === '') return { problem: { field, key: 'agency.problem.yearMissing' } };
	const year = Number(raw.trim());
	if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
		return {
			problem: { field, key: 'agency.problem.year', params: { min: MIN_YEAR, max: MAX_YEAR } }
		};
	return { value: year };
}

function readRupiah(field: string, raw: string): Read {
	if (raw.trim() === '') return { empty: true };
	const value = parseRupiahEntry(raw);
	return value === null
		? { problem: { field, key: 'agency.problem.rupiah' } }
		: { value: Math.round(value) };
}

function readNumber(field: string, raw: string, max: number): Read {
	if (raw.trim() === '') return { empty: true };
	const value = parseEntry(raw.replace(/%$/, ''), false);
	if (value === null) return { problem: { field, key: 'agency.problem.number' } };
	if (value < 0 || value > max)
		return { problem: { field, key: 'agency.problem.range', params: { min: 0, max } } };
	return { value };
}

/** The agency the draft describes, or every problem found (nothing half-read). */
export function agencyFromDraft(
	draft: AgencyDraft
): { ok: true; agency: Agency } | { ok: false; problems: DraftProblem[] } {
	const problems: DraftProblem[] = [];
	const take = (read: Read): number | undefined => {
		if ('problem' in read) problems.push(read.problem);
		return 'value' in read ? read.value : undefined;
	};
	const name = draft.name.trim();
	if (!name) problems.push({ field: 'name', key: 'agency.problem.name' });
	const startYear = take(readYear('startYear', draft.startYear));

	const agency: Agency = { name, startYear: startYear ?? 0, ceilings: [], spent: [], results: [] };
	const unitNames = Object.fromEntries(
		Object.entries(draft.unitNames)
			.map(([id, n]) => [id, n.trim()] as const)
			.filter(([, n]) => n !== '')
	);
	if (Object.keys(unitNames).length) agency.unitNames = unitNames;

	const seenBudget = new Set<number>();
	for (const row of draft.budgets) {
		const at = (f: string) => `budgets.${row.key}.${f}`;
		const blank = [row.year, row.ceiling, row.spent, row.spentShare].every((v) => v.trim() === '');
		if (blank) continue;
		const year = take(readYear(at('year'), row.year));
		if (year !== undefined && seenBudget.has(year))
			problems.push({ field: at('year'), key: 'agency.problem.repeated', params: { year } });
		if (year !== undefined) seenBudget.add(year);
		const ceiling = take(readRupiah(at('ceiling'), row.ceiling));
		const spent = take(readRupiah(at('spent'), row.spent));
		const share = take(readNumber(at('spentShare'), row.spentShare, 100));
		if (ceiling === 0) problems.push({ field: at('ceiling'), key: 'agency.problem.zeroCeiling' });
		if (year === undefined) continue;
		const source = row.source.trim() || undefined;
		if (ceiling !== undefined && ceiling > 0)
			agency.ceilings.push({ year, amount: ceiling, ...(source && { source }) });
		if (spent !== undefined || share !== undefined) {
			const entry: SpentEntry = { year };
			if (spent !== undefined) entry.amount = spent;
			if (share !== undefined) entry.share = share;
			if (source) entry.source = source;
			agency.spent.push(entry);
		}
	}
	if (agency.ceilings.length === 0 && !problems.some((p) => p.field.endsWith('.ceiling')))
		problems.push({ field: 'budgets', key: 'agency.problem.noCeiling' });

	const seenResult = new Set<number>();
	for (const row of draft.results) {
		const at = (f: string) => `results.${row.key}.${f}`;
		const blank = [row.year, row.index, ...DIMENSIONS.map((d) => row[d])].every(
			(v) => v.trim() === ''
		);
		if (blank) continue;
		const year = take(readYear(at('year'), row.year));
		if (year !== undefined && seenResult.has(year))
			problems.push({ field: at('year'), key: 'agency.problem.repeated', params: { year } });
		if (year !== undefined) seenResult.add(year);
		const index = take(readNumber(at('index'), row.index, 100));
		if (row.index.trim() === '')
			problems.push({ field: at('index'), key: 'agency.problem.indexMissing' });
		const source = row.source.trim();
		if (!source) problems.push({ field: at('source'), key: 'agency.problem.source' });
		const result: Partial<RecordedResult> = { year, index, scope: row.scope, source };
		for (const d of DIMENSIONS) {
			const value = take(readNumber(at(d), row[d], DIMENSION_MAX[d]));
			if (value !== undefined) result[d] = value;
		}
		if (year !== undefined && index !== undefined && source)
			agency.results.push(result as RecordedResult);
	}
	if (problems.length) return { ok: false, problems };
	agency.ceilings.sort((a, b) => a.year - b.year);
	agency.spent.sort((a, b) => a.year - b.year);
	agency.results.sort((a, b) => a.year - b.year);
	const parsed = agencySchema.safeParse(agency);
	if (!parsed.success)
		return {
			ok: false,
			problems: parsed.error.issues.map((i) => ({
				field: i.path.join('.'),
				key: 'agency.problem.other',
				params: { message: i.message }
			}))
		};
	return { ok: true, agency: parsed.data };
}
