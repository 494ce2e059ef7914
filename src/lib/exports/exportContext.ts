/**
 * What every file that leaves the app says about itself: the agency, the scenario, the day it
 * was made and whether the staff data are the illustrative (synthetic) roster.
 *
 * File names: `ipasn-<agency>-<scenario>[-<table>]-<yyyy-mm-dd>.<ext>`, each part a slug
 * (lowercase ASCII, diacritics stripped, anything else → `-`, trimmed, bounded). The main
 * results (CSV and workbook) and the scenario's JSON file have no table part; a chart's files
 * name their table (`…-status-quo-unit-2027-2026-12-07.csv`). A scenario named after its
 * agency ("BPKAD Kota Bontang — status quo") does not repeat it; an empty part is left out.
 *
 * CSV files start with a few comment lines, `# Instansi: …`, before the header (the
 * convention pandas reads with `comment='#'`); `readCsvComments` in `csv.ts` splits them off.
 *
 * Pages set the context once (`setExportContext(() => ({ … }))`); the chart frames and download
 * buttons below read it when a file is made (`getExportContext()`), without props.
 */
import { getContext, setContext } from 'svelte';
import type { MessageKey, MessageParams } from '../i18n/messages';
import { agencyOf, type Agency } from '../scenario/agency';
import { MODEL_VERSION, type Inputs } from '../scenario/scenario';

export interface ExportContext {
	/** The agency's name. */
	agency: string;
	/** The scenario's name as the page shows it (a localized "tanpa nama" for an unsaved one). */
	scenario: string;
	/** When the file is made; its local calendar day goes into names and headers. */
	date: Date;
	/** The numbers come from the default, illustrative (synthetic) roster. */
	illustrative: boolean;
	/** The scenario itself, for the workbook's scenario sheet (seed, inputs, model version). */
	plan?: { seed: number; inputs: Inputs; modelVersion?: string; agency?: Agency };
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Longest slug of the agency, of the scenario and of a table's name. */
export const SLUG_MAX = { agency: 40, scenario: 40, part: 30 } as const;

/**
 * Text as a file-name part: lowercase ASCII letters and digits joined by single dashes,
 * diacritics stripped ("Café – Bidang" → "cafe-bidang"), at most `max` characters, never
 * ending in a dash. Empty when nothing is left.
 */
export function slug(text: string, max = Infinity): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
}

/** The local calendar day as `yyyy-mm-dd`. */
export function isoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The file's name: `ipasn-<agency>-<scenario>[-<part>]-<yyyy-mm-dd>.<ext>`. Without a context
 * (a page that sets none) it is `ipasn[-<part>]-<today>.<ext>`.
 *
 * @example exportFileName({ agency: 'BPKAD Kota Bontang', scenario: 'Status quo', date, illustrative: true }, 'csv')
 * // 'ipasn-bpkad-kota-bontang-status-quo-2026-12-07.csv'
 */
export function exportFileName(context: ExportContext | null, ext: string, part?: string): string {
	const agency = context ? slug(context.agency, SLUG_MAX.agency) : '';
	let scenario = context ? slug(context.scenario) : '';
	const fullAgency = context ? slug(context.agency) : '';
	if (fullAgency && scenario.startsWith(`${fullAgency}-`)) {
		scenario = scenario.slice(fullAgency.length + 1);
	}
	scenario = slug(scenario, SLUG_MAX.scenario);
	const parts = [
		'ipasn',
		agency,
		scenario,
		slug(part ?? '', SLUG_MAX.part),
		isoDate(context?.date ?? new Date())
	];
	return `${parts.filter(Boolean).join('-')}.${ext.replace(/^\./, '')}`;
}

/**
 * The lines that head a CSV file (without the `# `): agency, scenario, date, model version
 * and, for illustrative staff data, the disclaimer.
 */
export function contextLines(context: ExportContext, t: Translate): string[] {
	return [
		t('exports.context.agency', { agency: context.agency }),
		t('exports.context.scenario', { scenario: context.scenario }),
		t('exports.context.date', { date: isoDate(context.date) }),
		t('exports.context.model', { version: context.plan?.modelVersion ?? MODEL_VERSION }),
		...(context.illustrative ? [t('exports.illustrative')] : [])
	];
}

/** The agency's name of a scenario as a page holds it (BPKAD Kota Bontang when it names none). */
export function agencyName(scenario: object | null | undefined): string {
	return agencyOf((scenario ?? {}) as { agency?: Agency }).name;
}

const KEY = Symbol('export-context');

/** Gives the page's export context to every component below it; call during initialisation. */
export function setExportContext(get: () => ExportContext): void {
	setContext(KEY, get);
}

/**
 * The export context of the page, read when a file is made; `null` on a page that sets none.
 * Call during initialisation; call the returned function on click.
 */
export function getExportContext(): () => ExportContext | null {
	const get = getContext<(() => ExportContext) | undefined>(KEY);
	return () => get?.() ?? null;
}
