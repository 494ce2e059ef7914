/**
 * Roster CSV: parse (with validation and user-facing issues) and write.
 *
 * Pure TypeScript (no Node APIs, no DOM): used by the CLI and the browser import.
 * Tolerates what Excel in an Indonesian locale produces: `;` delimiters, decimal commas,
 * a UTF-8 BOM, Excel's `sep=;` first line, CRLF or lone-CR line endings, quoted fields,
 * blank lines and trailing separators. A file with any error is rejected whole.
 */

import { csvFormatRows, dsvFormat, type DSV } from 'd3-dsv';
import type { Person, Roster, Unit } from '../engine/roster';
import {
	CellError,
	ROSTER_COLUMNS,
	ROSTER_COLUMNS_BY_KEY,
	matchHeader,
	type RosterColumnSpec,
	type RosterLang
} from './rosterColumns';

// ---------------------------------------------------------------- public types

export type RosterErrorCode =
	| 'empty_file'
	| 'not_text'
	| 'missing_column'
	| 'duplicate_column'
	| 'invalid_value'
	| 'missing_value'
	| 'negative_number'
	| 'not_a_number'
	| 'out_of_range'
	| 'duplicate_id'
	| 'unknown_unit'
	| 'too_many_columns'
	| 'no_rows'
	| 'too_many_rows'
	| 'more_errors';

export type RosterNoticeCode =
	| 'unknown_column'
	| 'personal_data_dropped'
	| 'unnamed_column'
	| 'id_looks_like_nip'
	| 'read_as_windows_1252';

export type RosterIssueCode = RosterErrorCode | RosterNoticeCode;

/**
 * An error or notice about the file, language-neutral (see `formatRosterIssue`).
 *
 * Fields by code:
 * - cell errors (`invalid_value`, `missing_value`, `negative_number`, `not_a_number`,
 *   `out_of_range`, `unknown_unit`, `duplicate_id`): `row`, `column`, `canonical`,
 *   `columnIndex`, `value` (empty for `missing_value`); `allowed` for enum/boolean columns
 *   (canonical tokens, in display order) and for the unit column when units were given
 *   (their names); `firstRow` for `duplicate_id`.
 * - `missing_column`: `row` (the header row), `canonical`, `allowed` = accepted header names.
 * - `duplicate_column`: `row`, `column`, `columnIndex`, `canonical`, `firstColumn`.
 * - `too_many_columns`: `row`, `columnIndex` and `value` of the first cell beyond the
 *   header, `count` = number of columns the header has.
 * - `too_many_rows`: `count` = data rows found, `limit`.
 * - `more_errors`: `count` = errors not listed, `limit` = errors listed.
 * - `not_text`: `value` = 'workbook' (an Excel workbook) or 'binary' (see `textFile.ts`).
 * - notice `read_as_windows_1252`: no fields (the file was not UTF-8; see `textFile.ts`).
 * - notices `unknown_column` / `personal_data_dropped`: `row`, `column`, `columnIndex`;
 *   `unnamed_column`: `row`, `columnIndex`; `id_looks_like_nip`: `row` (first such row),
 *   `column`, `canonical`, `count` (ids affected).
 */
export interface RosterIssue {
	severity: 'error' | 'notice';
	code: RosterIssueCode;
	/** 1-based row as a spreadsheet shows it (the header is row 1 unless blank rows precede it). */
	row?: number;
	/** The column's header as written in the file. */
	column?: string;
	/** The canonical (English) column name. */
	canonical?: string;
	/** 1-based column position in the file (A = 1). */
	columnIndex?: number;
	/** The (trimmed) cell as found, shortened to 100 characters. */
	value?: string;
	allowed?: string[];
	firstRow?: number;
	firstColumn?: string;
	count?: number;
	limit?: number;
}

export interface RosterParseOptions {
	/**
	 * The agency's units. When given (non-empty), every `unit` cell must match one by name
	 * or id (case-insensitive; spaces, underscores and hyphens are equivalent) and the
	 * roster gets a copy of this list. When absent or empty, units are collected from the
	 * file in order of first appearance, id = slug of the name.
	 */
	units?: readonly Unit[];
}

export type RosterParseResult =
	| { ok: true; roster: Roster; notices: RosterIssue[] }
	| { ok: false; errors: RosterIssue[]; notices: RosterIssue[] };

export type RosterDelimiter = ',' | ';' | '\t';

/** Files with more data rows are rejected (`too_many_rows`). */
export const MAX_ROSTER_ROWS = 200_000;
/** Errors listed before the rest are summarised in one `more_errors` issue. */
export const MAX_ROSTER_ERRORS = 200;
const MAX_NOTICES = 200;
const MAX_VALUE_CHARS = 100;

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
/** 16-digit NIK or 18-digit NIP. */
const NIP_LIKE = /^(?:\d{16}|\d{18})$/;
const UNIT_KEY_SEPARATORS = /[\s_-]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM_RUNS = /[^a-z0-9]+/g;
const EDGE_UNDERSCORES = /^_+|_+$/g;

function shorten(value: string): string {
	return value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS - 1) + '…' : value;
}

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

/** Key for matching unit cells: lowercase, runs of spaces/underscores/hyphens → `_`. */
function unitKey(raw: string): string {
	return raw.trim().toLowerCase().replace(UNIT_KEY_SEPARATORS, '_');
}

/**
 * Unit id from a name: lowercase ASCII letters and digits, every other run → `_`
 * (accents dropped first). A name with no such characters gets `u_` + its code points.
 */
export function unitSlug(name: string): string {
	const slug = name
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.toLowerCase()
		.replace(NON_ALNUM_RUNS, '_')
		.replace(EDGE_UNDERSCORES, '');
	if (slug !== '') return slug;
	const points: string[] = [];
	for (const ch of name.trim().toLowerCase()) points.push(ch.codePointAt(0)!.toString(16));
	return 'u_' + points.join('_');
}

class IssueList {
	readonly issues: RosterIssue[] = [];
	total = 0;
	constructor(private readonly cap: number) {}
	get full(): boolean {
		return this.issues.length >= this.cap;
	}
	add(issue: RosterIssue): void {
		this.total++;
		if (this.issues.length < this.cap) this.issues.push(issue);
	}
}

type ColumnIndex = { [K in keyof Person]-?: number };

// ---------------------------------------------------------------- parse

/**
 * Validates records as the CSV parser produces them, so row arrays die young (a 50,000-row
 * file never holds all its cell arrays at once).
 */
class RosterReader {
	readonly errors = new IssueList(MAX_ROSTER_ERRORS);
	readonly notices = new IssueList(MAX_NOTICES);
	headerRow = 0;
	dataRows = 0;
	private headerOk = false;
	private width = 0;
	private readonly col = {} as ColumnIndex;
	private readonly written = {} as Record<keyof Person, string>;
	private readonly unnamed: number[] = [];
	private readonly unnamedWithData = new Set<number>();

	private readonly givenUnits: readonly Unit[] | undefined;
	private readonly units: Unit[];
	/** Normalised cell → unit id; names take precedence over ids (the writer writes names). */
	private readonly unitByKey = new Map<string, string>();
	private readonly unitNames: string[] = [];
	/** Cell as written → unit id (units repeat, so most rows hit here). */
	private readonly unitByCell = new Map<string, string>();
	private readonly unitIds = new Set<string>();

	private readonly people: Person[] = [];
	private readonly firstRowOfId = new Map<string, number>();
	private nipLike = 0;
	private firstNipRow = 0;

	private row: string[] = [];
	private rowNo = 0;

	constructor(options: RosterParseOptions) {
		const given = options.units && options.units.length > 0 ? options.units : undefined;
		this.givenUnits = given;
		this.units = given ? given.map((u) => ({ id: u.id, name: u.name })) : [];
		if (given) {
			for (const u of this.units) {
				const key = unitKey(u.name);
				if (!this.unitByKey.has(key)) this.unitByKey.set(key, u.id);
			}
			for (const u of this.units) {
				const key = unitKey(u.id);
				if (!this.unitByKey.has(key)) this.unitByKey.set(key, u.id);
			}
			for (const u of this.units) this.unitNames.push(u.name);
		}
	}

	header(cells: string[], rowNo: number): void {
		this.headerRow = rowNo;
		let width = cells.length;
		while (width > 0 && cells[width - 1].trim() === '') width--;
		this.width = width;
		const { col, written, errors } = this;
		for (const spec of ROSTER_COLUMNS) col[spec.key] = -1;
		for (let j = 0; j < width; j++) {
			const name = cells[j].trim();
			if (name === '') {
				this.unnamed.push(j);
				continue;
			}
			const match = matchHeader(name);
			if (match.kind === 'column') {
				const key = match.spec.key;
				if (col[key] >= 0) {
					errors.add({
						severity: 'error',
						code: 'duplicate_column',
						row: rowNo,
						column: name,
						columnIndex: j + 1,
						canonical: match.spec.name,
						firstColumn: written[key]
					});
				} else {
					col[key] = j;
					written[key] = name;
				}
			} else {
				this.notices.add({
					severity: 'notice',
					code: match.kind === 'personal' ? 'personal_data_dropped' : 'unknown_column',
					row: rowNo,
					column: name,
					columnIndex: j + 1
				});
			}
		}
		for (const spec of ROSTER_COLUMNS) {
			if (spec.required && col[spec.key] < 0) {
				errors.add({
					severity: 'error',
					code: 'missing_column',
					row: rowNo,
					canonical: spec.name,
					allowed: spec.alias === spec.name ? [spec.name] : [spec.name, spec.alias]
				});
			}
		}
		this.headerOk = errors.total === 0;
	}

	private cellError(
		spec: RosterColumnSpec,
		code: RosterErrorCode,
		value: string,
		extra?: Partial<RosterIssue>
	): void {
		const { errors } = this;
		if (errors.full) {
			errors.total++;
			return;
		}
		const issue: RosterIssue = {
			severity: 'error',
			code,
			row: this.rowNo,
			column: this.written[spec.key],
			canonical: spec.name,
			columnIndex: this.col[spec.key] + 1,
			value: shorten(value)
		};
		if (spec.tokens) issue.allowed = [...spec.tokens];
		else if (spec.kind === 'unit' && this.givenUnits) issue.allowed = this.unitNames.slice();
		errors.add(extra ? Object.assign(issue, extra) : issue);
	}

	/** Reads and parses one cell; undefined when absent, empty or invalid (errors recorded). */
	private read<K extends keyof Person>(
		spec: RosterColumnSpec<K>
	): NonNullable<Person[K]> | undefined {
		const j = this.col[spec.key];
		if (j < 0) return undefined;
		const raw = j < this.row.length ? this.row[j].trim() : '';
		if (raw === '') {
			if (spec.required) this.cellError(spec, 'missing_value', '');
			return undefined;
		}
		const value = spec.parse(raw);
		if (value instanceof CellError) {
			this.cellError(spec, value.code, raw);
			return undefined;
		}
		return value;
	}

	private readUnit(): string | undefined {
		const cell = this.read(ROSTER_COLUMNS_BY_KEY.unit);
		if (cell === undefined) return undefined;
		let unit = this.unitByCell.get(cell);
		if (unit !== undefined) return unit;
		if (this.givenUnits) {
			unit = this.unitByKey.get(unitKey(cell));
			if (unit === undefined) {
				this.cellError(ROSTER_COLUMNS_BY_KEY.unit, 'unknown_unit', cell);
				return undefined;
			}
		} else {
			unit = unitSlug(cell);
			if (!this.unitIds.has(unit)) {
				this.unitIds.add(unit);
				this.units.push({ id: unit, name: cell });
			}
		}
		this.unitByCell.set(cell, unit);
		return unit;
	}

	dataRow(cells: string[], rowNo: number): void {
		// Past the limit only count: the file is rejected as too long.
		if (++this.dataRows > MAX_ROSTER_ROWS || !this.headerOk) return;
		this.row = cells;
		this.rowNo = rowNo;
		const { width, errors } = this;

		for (let j = width; j < cells.length; j++) {
			const extra = cells[j].trim();
			if (extra !== '') {
				errors.add({
					severity: 'error',
					code: 'too_many_columns',
					row: rowNo,
					columnIndex: j + 1,
					value: shorten(extra),
					count: width
				});
				break;
			}
		}
		for (const j of this.unnamed) {
			if (j < cells.length && cells[j].trim() !== '') this.unnamedWithData.add(j);
		}

		const C = ROSTER_COLUMNS_BY_KEY;
		const id = this.read(C.id);
		if (id !== undefined) {
			const first = this.firstRowOfId.get(id);
			if (first !== undefined) {
				this.cellError(C.id, 'duplicate_id', id, { firstRow: first });
			} else {
				this.firstRowOfId.set(id, rowNo);
				if (NIP_LIKE.test(id) && this.nipLike++ === 0) this.firstNipRow = rowNo;
			}
		}
		const unit = this.readUnit();
		const postType = this.read(C.postType);
		const education = this.read(C.education);
		const leadershipTraining = this.read(C.leadershipTraining);
		const functionalTraining = this.read(C.functionalTraining);
		const seminarLast2Years = this.read(C.seminarLast2Years);
		const technicalJpLastYear = this.read(C.technicalJpLastYear);
		const skpRating = this.read(C.skpRating);
		const punishment = this.read(C.punishment);
		const fieldMatchesPost = this.read(C.fieldMatchesPost);
		const yearsToRetirement = this.read(C.yearsToRetirement);
		const convertedToFunctionalYear = this.read(C.convertedToFunctionalYear);

		// Once any error is found the file is rejected: keep validating, stop building.
		if (
			errors.total > 0 ||
			id === undefined ||
			unit === undefined ||
			postType === undefined ||
			education === undefined ||
			leadershipTraining === undefined ||
			functionalTraining === undefined ||
			seminarLast2Years === undefined ||
			technicalJpLastYear === undefined ||
			skpRating === undefined ||
			punishment === undefined
		) {
			return;
		}
		const person: Person = {
			id,
			unit,
			postType,
			education,
			leadershipTraining,
			functionalTraining,
			seminarLast2Years,
			technicalJpLastYear,
			skpRating,
			punishment
		};
		if (fieldMatchesPost !== undefined) person.fieldMatchesPost = fieldMatchesPost;
		if (yearsToRetirement !== undefined) person.yearsToRetirement = yearsToRetirement;
		if (convertedToFunctionalYear !== undefined) {
			person.convertedToFunctionalYear = convertedToFunctionalYear;
		}
		this.people.push(person);
	}

	result(): RosterParseResult {
		const { errors, notices } = this;
		if (this.headerOk) {
			if (this.dataRows === 0) {
				errors.add({ severity: 'error', code: 'no_rows', row: this.headerRow });
			} else if (this.dataRows > MAX_ROSTER_ROWS) {
				// Replaces the row errors: they would only describe the first part of the file.
				errors.issues.length = 0;
				errors.total = 0;
				errors.add({
					severity: 'error',
					code: 'too_many_rows',
					count: this.dataRows,
					limit: MAX_ROSTER_ROWS
				});
			}
			for (const j of this.unnamed) {
				if (this.unnamedWithData.has(j)) {
					notices.add({
						severity: 'notice',
						code: 'unnamed_column',
						row: this.headerRow,
						columnIndex: j + 1
					});
				}
			}
			if (this.nipLike > 0) {
				notices.add({
					severity: 'notice',
					code: 'id_looks_like_nip',
					row: this.firstNipRow,
					column: this.written.id,
					canonical: ROSTER_COLUMNS_BY_KEY.id.name,
					count: this.nipLike
				});
			}
		}
		if (errors.total === 0) {
			return {
				ok: true,
				roster: { units: this.units, people: this.people },
				notices: notices.issues
			};
		}
		return { ok: false, errors: errorList(errors), notices: notices.issues };
	}
}

function errorList(errors: IssueList): RosterIssue[] {
	const list = errors.issues.slice();
	if (errors.total > list.length) {
		list.push({
			severity: 'error',
			code: 'more_errors',
			count: errors.total - list.length,
			limit: list.length
		});
	}
	return list;
}

/**
 * Parses and validates a roster CSV. Never throws; a file with any error is rejected
 * whole (`ok: false` with every error, capped at `MAX_ROSTER_ERRORS` plus `more_errors`).
 * Notices (ignored or dropped columns) come with either outcome.
 */
export function parseRosterCsv(text: string, options: RosterParseOptions = {}): RosterParseResult {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	text = withoutSepLine(text);
	const headerLine = firstContentLine(text);
	if (headerLine === undefined) return emptyFile();

	const reader = new RosterReader(options);
	let seenHeader = false;
	// Row numbers are 1-based record indices: blank records count, as in a spreadsheet.
	PARSERS[detectDelimiter(headerLine)].parseRows(text, (cells, i) => {
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

function emptyFile(): RosterParseResult {
	return {
		ok: false,
		errors: [{ severity: 'error', code: 'empty_file' }],
		notices: []
	};
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
