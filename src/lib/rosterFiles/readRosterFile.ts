/**
 * Any roster file, by its bytes: an Excel workbook (.xlsx, any sheet), a CSV file in whatever
 * encoding Excel wrote it, and in either BKN's IP ASN result file (PIP ASN) — all to the same
 * validated roster and the same issues. An old .xls workbook or another binary file is
 * refused with what to do. Used by the roster worker (browser) and the CLI.
 * Pure TypeScript (no Node APIs, no DOM); exceljs is loaded only for a workbook.
 */
import { dsvFormat } from 'd3-dsv';
import { parseRosterCsv } from './csv';
import type { RosterIssue, RosterParseOptions, RosterParseResult } from './issues';
import { findPipHeader, pipToRoster } from './pipAsn';
import { decodeTextFile, type TextEncoding } from './textFile';
import { defaultSheet, openWorkbook, type SheetInfo, type SheetRow } from './workbook';
import { headerIndex, parseRosterRows, withCellRefs } from './xlsx';
import { matchHeader } from './columns';

export type RosterFileFormat = 'csv' | 'xlsx';

/** What kind of file it was, and for a workbook its sheets and the one read. */
export interface RosterFileInfo {
	format: RosterFileFormat;
	/** `pipAsn`: BKN's IP ASN result file, rebuilt into a roster. */
	layout: 'roster' | 'pipAsn';
	sheets?: SheetInfo[];
	/** 0-based index into `sheets` of the sheet read. */
	sheet?: number;
	encoding?: TextEncoding;
}

export interface RosterFileRead {
	result: RosterParseResult;
	/** Undefined when the file could not be opened at all. */
	file?: RosterFileInfo;
}

export interface RosterFileOptions extends RosterParseOptions {
	/** The sheet to read: its 0-based index or its name. Default: the first visible one with data. */
	sheet?: number | string;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
	magic.every((b, k) => bytes[k] === b);
/** xlsx is a zip; .xls (Excel 97–2003) a compound document. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_DOCUMENT = [0xd0, 0xcf, 0x11, 0xe0];

const refused = (issue: Omit<RosterIssue, 'severity'>): RosterFileRead => ({
	result: { ok: false, errors: [{ severity: 'error', ...issue }], notices: [] }
});

export async function readRosterFile(
	bytes: Uint8Array,
	options: RosterFileOptions = {}
): Promise<RosterFileRead> {
	if (startsWith(bytes, ZIP)) return readWorkbook(bytes, options);
	if (startsWith(bytes, COMPOUND_DOCUMENT)) return refused({ code: 'old_workbook' });
	const decoded = decodeTextFile(bytes);
	if (!decoded.ok) return refused({ code: 'not_text', value: decoded.reason });
	const read = readText(decoded.text, options);
	if (decoded.encoding === 'windows-1252')
		read.result.notices.unshift({ severity: 'notice', code: 'read_as_windows_1252' });
	read.file!.encoding = decoded.encoding;
	return read;
}

/** Lines looked at for a PIP ASN header in a CSV file (its title block is a few lines). */
const PIP_SNIFF_CHARS = 64 * 1024;
const DELIMITERS = [',', ';', '\t'] as const;

function csvRows(text: string, delimiter: string): SheetRow[] {
	return dsvFormat(delimiter)
		.parseRows(text)
		.map((cells, i) => ({ row: i + 1, cells }));
}

/** A CSV file: BKN's layout when its header is found near the top, else a roster file. */
export function readText(text: string, options: RosterParseOptions = {}): RosterFileRead {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const head = body.slice(0, PIP_SNIFF_CHARS);
	for (const delimiter of DELIMITERS) {
		if (!head.includes(delimiter)) continue;
		const header = findPipHeader(csvRows(head, delimiter));
		if (header) {
			return {
				result: pipToRoster(csvRows(body, delimiter), header, options),
				file: { format: 'csv', layout: 'pipAsn' }
			};
		}
	}
	return { result: parseRosterCsv(text, options), file: { format: 'csv', layout: 'roster' } };
}

/** Top rows with BKN's header, or a row naming at least three roster columns. */
function looksLikeRoster(head: SheetRow[]): boolean {
	if (findPipHeader(head)) return true;
	const k = headerIndex(head);
	return k >= 0 && head[k].cells.filter((c) => matchHeader(c ?? '').kind === 'column').length >= 3;
}

async function readWorkbook(
	bytes: Uint8Array,
	options: RosterFileOptions
): Promise<RosterFileRead> {
	const opened = await openWorkbook(bytes);
	if (!opened.ok) return refused({ code: 'unreadable_workbook', value: opened.reason });
	const { sheets } = opened.book;
	if (sheets.length === 0) return refused({ code: 'empty_file' });
	const sheet =
		options.sheet === undefined
			? defaultSheet(opened.book, looksLikeRoster)
			: typeof options.sheet === 'number'
				? options.sheet
				: sheets.findIndex(
						(s) => s.name.trim().toLowerCase() === String(options.sheet).trim().toLowerCase()
					);
	if (!Number.isInteger(sheet) || sheet < 0 || sheet >= sheets.length)
		return refused({
			code: 'unknown_sheet',
			value: String(typeof options.sheet === 'number' ? options.sheet + 1 : options.sheet),
			allowed: sheets.map((s) => s.name)
		});
	const rows = opened.book.rows(sheet);
	const header = findPipHeader(rows);
	const result = withCellRefs(
		header ? pipToRoster(rows, header, options) : parseRosterRows(rows, options)
	);
	if (sheets.length > 1)
		result.notices.unshift({
			severity: 'notice',
			code: 'sheet_read',
			value: sheets[sheet].name,
			count: sheets.length
		});
	return { result, file: { format: 'xlsx', layout: header ? 'pipAsn' : 'roster', sheets, sheet } };
}
