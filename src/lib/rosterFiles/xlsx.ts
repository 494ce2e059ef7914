/**
 * Roster workbooks (.xlsx): the same columns, values and error messages as the CSV file, from
 * the rows of one sheet; issues about a cell also carry its reference as Excel shows it
 * ("B7": column letter and Excel's row number, blank rows and a title above included).
 * Pure TypeScript (no Node APIs, no DOM); the workbook itself is opened by `workbook.ts`.
 */
import { matchHeader } from './columns';
import { columnLetter } from './messages';
import {
	emptyFile,
	type RosterIssue,
	type RosterParseOptions,
	type RosterParseResult
} from './issues';
import { RosterReader } from './reader';
import type { SheetRow } from './workbook';

/** Issues that name one cell (row and column) and so get its reference. */
const CELL_CODES = new Set<RosterIssue['code']>([
	'invalid_value',
	'missing_value',
	'negative_number',
	'not_a_number',
	'out_of_range',
	'duplicate_id',
	'unknown_unit',
	'too_many_columns',
	'pip_impossible_points',
	'pip_total_mismatch'
]);

function withCellRef(issue: RosterIssue): RosterIssue {
	if (!CELL_CODES.has(issue.code) || issue.row === undefined || issue.columnIndex === undefined)
		return issue;
	return { ...issue, cell: `${columnLetter(issue.columnIndex)}${issue.row}` };
}

/** The result with Excel cell references on every issue about one cell. */
export function withCellRefs(result: RosterParseResult): RosterParseResult {
	if (result.ok) return { ...result, notices: result.notices.map(withCellRef) };
	return {
		...result,
		errors: result.errors.map(withCellRef),
		notices: result.notices.map(withCellRef)
	};
}

export function isBlankCells(cells: readonly string[]): boolean {
	for (let j = 0; j < cells.length; j++)
		if (cells[j] !== undefined && cells[j].trim() !== '') return false;
	return true;
}

/** Rows with content looked at for a header under a title block. */
const HEADER_SEARCH_ROWS = 30;
/** A row naming this many roster columns is taken for the header. */
const HEADER_MIN_COLUMNS = 3;

const namesColumns = (cells: readonly string[]) =>
	cells.filter((c) => c !== undefined && matchHeader(c).kind === 'column').length >=
	HEADER_MIN_COLUMNS;

/**
 * Where the header is: the first of the first rows with content that names at least three
 * roster columns (a sheet often has a title above its table), else the first row with content,
 * as in a CSV file. -1 when the sheet has no content.
 */
export function headerIndex(rows: readonly SheetRow[]): number {
	let first = -1;
	let seen = 0;
	for (let k = 0; k < rows.length && seen < HEADER_SEARCH_ROWS; k++) {
		if (isBlankCells(rows[k].cells)) continue;
		if (first < 0) first = k;
		if (namesColumns(rows[k].cells)) return k;
		seen++;
	}
	return first;
}

/**
 * A roster from a sheet's rows: the header found by `headerIndex` (rows above it, a title, are
 * not read), then one person per row with content; rows keep Excel's numbers. Never throws.
 */
export function parseRosterRows(
	rows: readonly SheetRow[],
	options: RosterParseOptions = {}
): RosterParseResult {
	const start = headerIndex(rows);
	if (start < 0) return emptyFile();
	const reader = new RosterReader(options);
	reader.header(rows[start].cells, rows[start].row);
	for (let k = start + 1; k < rows.length; k++) {
		const { row, cells } = rows[k];
		if (!isBlankCells(cells)) reader.dataRow(cells, row);
	}
	return withCellRefs(reader.result());
}
