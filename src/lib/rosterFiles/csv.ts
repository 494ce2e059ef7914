/**
 * Roster CSV: parse (with validation and user-facing issues) and write.
 *
 * Pure TypeScript (no Node APIs, no DOM): used by the CLI and the browser import.
 * Tolerates what Excel in an Indonesian locale produces: `;` delimiters, decimal commas,
 * a UTF-8 BOM, Excel's `sep=;` first line, CRLF or lone-CR line endings, quoted fields,
 * blank lines and trailing separators. A file with any error is rejected whole.
 */

import { csvFormatRows, dsvFormat, type DSV } from 'd3-dsv';
import type { Person, Roster } from '../engine/roster';
import { ROSTER_COLUMNS, matchHeader, type RosterColumnSpec, type RosterLang } from './columns';
import { csvBoundsIssue, headerWidthIssue } from './csvBounds';
import {
	emptyFile,
	type RosterIssue,
	type RosterParseOptions,
	type RosterParseResult
} from './issues';
import { RosterReader } from './reader';

// The shared types and limits, where importers of the CSV module have always found them.
export {
	MAX_ROSTER_ERRORS,
	MAX_ROSTER_PEOPLE,
	MAX_ROSTER_ROWS,
	type RosterErrorCode,
	type RosterIssue,
	type RosterIssueCode,
	type RosterNoticeCode,
	type RosterParseOptions,
	type RosterParseResult
} from './issues';
export { unitSlug } from './units';
export { MAX_CSV_COLUMNS, MAX_CSV_LINE_CHARS } from './csvBounds';

export type RosterDelimiter = ',' | ';' | '\t';

// ---------------------------------------------------------------- helpers

const DELIMITERS: readonly RosterDelimiter[] = [',', ';', '\t'];
const PARSERS: Record<RosterDelimiter, DSV> = {
	',': dsvFormat(','),
	';': dsvFormat(';'),
	'\t': dsvFormat('\t')
};

/**
 * Excel's separator hint on the first line (`sep=;`), also as a tool that read it as a cell
 * writes it back: quoted, or followed by empty cells.
 */
const SEP_LINE = /^"?sep=[^"]?"?[,;\t]*$/i;

/** A cell or line with content: anything but whitespace, delimiters and quotes. */
const CONTENT = /[^\s,;"]/;

function isBlankRow(cells: readonly string[]): boolean {
	for (let i = 0; i < cells.length; i++) if (CONTENT.test(cells[i])) return false;
	return true;
}

/**
 * The text without Excel's `sep=` line. Excel does not show that line as a row, so rows are
 * counted from the line after it; the delimiter is still detected from the header.
 */
function withoutSepLine(text: string): string {
	let end = 0;
	while (end < text.length) {
		const c = text.charCodeAt(end);
		if (c === 10 || c === 13) break;
		end++;
	}
	if (!SEP_LINE.test(text.slice(0, end).trim())) return text;
	if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) end++;
	return text.slice(end + 1);
}

/** The first line with content, or undefined when the text has none. */
function firstContentLine(text: string): string | undefined {
	let start = 0;
	while (start < text.length) {
		let end = start;
		while (end < text.length) {
			const c = text.charCodeAt(end);
			if (c === 10 || c === 13) break;
			end++;
		}
		const line = text.slice(start, end);
		if (CONTENT.test(line)) return line;
		start = end + 1;
	}
	return undefined;
}

/** The delimiter giving the most recognised header names (ties: most cells, then , ; tab). */
export function detectDelimiter(headerLine: string): RosterDelimiter {
	let best: RosterDelimiter = ',';
	let bestScore = -1;
	let bestCells = -1;
	for (const d of DELIMITERS) {
		const cells = PARSERS[d].parseRows(headerLine)[0] ?? [];
		let score = 0;
		let nonEmpty = 0;
		for (const cell of cells) {
			if (cell.trim() === '') continue;
			nonEmpty++;
			if (matchHeader(cell).kind !== 'unknown') score++;
		}
		if (score > bestScore || (score === bestScore && nonEmpty > bestCells)) {
			best = d;
			bestScore = score;
			bestCells = nonEmpty;
		}
	}
	return best;
}

// ---------------------------------------------------------------- parse

function refused(error: RosterIssue): RosterParseResult {
	return { ok: false, errors: [error], notices: [] };
}

/** The 1-based line of the first line with content (the header). */
function headerRowOf(text: string): number {
	let row = 1;
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		const c = i < text.length ? text.charCodeAt(i) : 10;
		if (c !== 10 && c !== 13) continue;
		if (CONTENT.test(text.slice(start, i))) return row;
		if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
		row++;
		start = i + 1;
	}
	return row;
}

/**
 * Parses and validates a roster CSV. Never throws; a file with any error is rejected
 * whole (`ok: false` with every error, capped at `MAX_ROSTER_ERRORS` plus `more_errors`).
 * Notices (ignored or dropped columns) come with either outcome.
 */
export function parseRosterCsv(text: string, options: RosterParseOptions = {}): RosterParseResult {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	text = withoutSepLine(text);
	// Bounded before any cell is split: line lengths and rows, then the header's width.
	const tooBig = csvBoundsIssue(text);
	if (tooBig) return refused(tooBig);
	const headerLine = firstContentLine(text);
	if (headerLine === undefined) return emptyFile();
	const parser = PARSERS[detectDelimiter(headerLine)];
	const tooWide = headerWidthIssue(parser.parseRows(headerLine)[0] ?? [], headerRowOf(text));
	if (tooWide) return refused(tooWide);

	const reader = new RosterReader(options);
	let seenHeader = false;
	// Row numbers are 1-based record indices: blank records count, as in a spreadsheet.
	parser.parseRows(text, (cells, i) => {
		if (isBlankRow(cells)) return null;
		if (seenHeader) {
			reader.dataRow(cells, i + 1);
		} else {
			seenHeader = true;
			reader.header(cells, i + 1);
		}
		return null;
	});
	if (!seenHeader) return emptyFile();
	return reader.result();
}

// ---------------------------------------------------------------- write

export interface RosterWriteOptions {
	/** Header language; `id` also writes Indonesian tokens (ya/tidak, struktural, tidak_ada). */
	headers?: RosterLang;
	/**
	 * Excel's Indonesian dialect: a `sep=;` first line (so Excel splits the columns whatever
	 * the computer's list separator), `;` delimiters, decimal commas and CRLF line endings.
	 */
	excel?: boolean;
}

const EXCEL_DSV = dsvFormat(';');

function formatCell(
	spec: RosterColumnSpec,
	person: Person,
	lang: RosterLang,
	unitNames: ReadonlyMap<string, string>
): string {
	const value = person[spec.key];
	if (value === undefined || value === null) return '';
	if (spec.kind === 'unit' && typeof value === 'string') return unitNames.get(value) ?? value;
	return spec.format(value, lang);
}

/** The columns written for these people: all but the `writtenWhenUsed` ones nobody has. */
function writtenColumns(people: readonly Person[]): RosterColumnSpec[] {
	return ROSTER_COLUMNS.filter(
		(c) => !c.writtenWhenUsed || people.some((p) => p[c.key] !== undefined && p[c.key] !== null)
	);
}

/**
 * Writes the canonical format: comma-delimited, a header row, one row per person, unit as
 * its name, `\n` line endings (or Excel's Indonesian dialect with `excel: true`).
 * Columns marked `writtenWhenUsed` (the conversion year) appear only when some person has a
 * value, so a roster without them is written exactly as before they existed.
 * `parseRosterCsv(writeRosterCsv(r), { units: r.units })` gives back `r`, in either dialect.
 */
export function writeRosterCsv(roster: Roster, options: RosterWriteOptions = {}): string {
	const lang = options.headers ?? 'en';
	const unitNames = new Map<string, string>();
	for (const u of roster.units) unitNames.set(u.id, u.name);
	const columns = writtenColumns(roster.people);
	const rows: string[][] = [columns.map((c) => (lang === 'id' ? c.alias : c.name))];
	for (const person of roster.people) {
		rows.push(columns.map((c) => formatCell(c, person, lang, unitNames)));
	}
	if (!options.excel) return csvFormatRows(rows) + '\n';
	const numeric = columns.map((c) => c.kind === 'number' || c.kind === 'integer');
	for (let r = 1; r < rows.length; r++) {
		const row = rows[r];
		for (let j = 0; j < row.length; j++) if (numeric[j]) row[j] = row[j].replace('.', ',');
	}
	return ['sep=;', ...rows.map((row) => EXCEL_DSV.formatRow(row))].join('\r\n') + '\r\n';
}

const TEMPLATE_ROSTER: Roster = {
	units: [
		{ id: 'sekretariat', name: 'Sekretariat' },
		{ id: 'bidang_anggaran', name: 'Bidang Anggaran' }
	],
	people: [
		{
			id: 'P001',
			unit: 'sekretariat',
			postType: 'structural',
			education: 'S2',
			leadershipTraining: true,
			functionalTraining: false,
			seminarLast2Years: true,
			technicalJpLastYear: 24,
			skpRating: 'sangat_baik',
			punishment: 'none',
			fieldMatchesPost: true,
			yearsToRetirement: 9
		},
		{
			id: 'P002',
			unit: 'bidang_anggaran',
			postType: 'functional',
			education: 'S1',
			leadershipTraining: false,
			functionalTraining: true,
			seminarLast2Years: false,
			technicalJpLastYear: 22.5,
			skpRating: 'baik',
			punishment: 'none',
			fieldMatchesPost: true,
			yearsToRetirement: 21,
			// A former administrative official whose post became a functional one.
			convertedToFunctionalYear: 2021
		},
		{
			id: 'P003',
			unit: 'bidang_anggaran',
			postType: 'pelaksana',
			education: 'SLTA',
			leadershipTraining: false,
			functionalTraining: false,
			seminarLast2Years: true,
			technicalJpLastYear: 8,
			skpRating: 'cukup',
			punishment: 'ringan'
		}
	]
};

/**
 * Header plus three example rows (one per post type); the optional columns of the third are
 * left empty, and the second shows a conversion year (so every column is in the header).
 * `excel: true` writes Excel's Indonesian dialect (see `RosterWriteOptions`).
 */
export function rosterTemplateCsv(lang: RosterLang, options: { excel?: boolean } = {}): string {
	return writeRosterCsv(TEMPLATE_ROSTER, { headers: lang, excel: options.excel });
}
