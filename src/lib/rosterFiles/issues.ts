/**
 * What every roster file reader reports: language-neutral issues (errors and notices; see
 * `messages.ts` for the sentences), the parse result all formats share, and the limits.
 * Pure TypeScript (no Node APIs, no DOM).
 */
import type { PostType, Roster, Unit } from '../engine/roster';

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
	| 'line_too_long'
	| 'header_too_wide'
	| 'more_errors'
	| 'old_workbook'
	| 'unreadable_workbook'
	| 'unknown_sheet'
	| 'pip_impossible_points'
	| 'pip_total_mismatch';

export type RosterNoticeCode =
	| 'unknown_column'
	| 'personal_data_dropped'
	| 'unnamed_column'
	| 'id_looks_like_nip'
	| 'read_as_windows_1252'
	| 'sheet_read'
	| 'pip_recognised'
	| 'pip_levels_assumed'
	| 'pip_defaults'
	| 'pip_ambiguous'
	| 'pip_rows_skipped';

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
 * - `line_too_long`: `row`, `count` = its characters, `limit`; `header_too_wide`: `row`,
 *   `count` = the header's columns, `limit` (both checked before the file is parsed).
 * - `more_errors`: `count` = errors not listed, `limit` = errors listed.
 * - `not_text`: `value` = 'workbook' (an Excel workbook) or 'binary' (see `textFile.ts`).
 * - notice `read_as_windows_1252`: no fields (the file was not UTF-8; see `textFile.ts`).
 * - notices `unknown_column` / `personal_data_dropped`: `row`, `column`, `columnIndex`;
 *   `unnamed_column`: `row`, `columnIndex`; `id_looks_like_nip`: `row` (first such row),
 *   `column`, `canonical`, `count` (ids affected).
 * - `old_workbook`: no fields (an Excel 97–2003 .xls); `unreadable_workbook`: `value` = what
 *   the reader said (a zip that is no workbook, or a damaged one); `unknown_sheet`: `value` =
 *   the sheet asked for, `allowed` = the workbook's sheet names.
 * - notice `sheet_read`: `value` = the sheet's name, `count` = sheets in the workbook.
 * - BKN's PIP ASN file (see `pipAsn.ts`): errors `pip_impossible_points` (a cell error whose
 *   `allowed` lists the points the rulebook can give) and `pip_total_mismatch` (`value` = the
 *   total found, `allowed` = [the sum of the four points]); notices `pip_recognised` (`row` =
 *   header row, `count` = people), `pip_levels_assumed` (`allowed` = "points → level (also
 *   …)" lines), `pip_defaults` (`allowed` = canonical names of the columns the file lacks),
 *   `pip_ambiguous` (`count` = rows, `row` = the first), `pip_rows_skipped` (`count`, `row`).
 *
 * In a workbook, a cell's issue also has `cell` ("B7"): Excel's column letter and row number.
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
	/** Excel's reference of the cell ("B7"), for issues found in a workbook. */
	cell?: string;
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
	| {
			ok: true;
			roster: Roster;
			notices: RosterIssue[];
			/** Rows of a PIP ASN file whose training or post type had to be assumed (all of them). */
			assumed?: RowAssumption[];
	  }
	| { ok: false; errors: RosterIssue[]; notices: RosterIssue[] };

/** A competency indicator a person is read to have (see the rulebook's competency table). */
export type TrainingToken = 'leadership' | 'functional' | 'technical' | 'seminar';

/** One reading of a competency score: a post type and the trainings held. */
export interface CompetencyReading {
	postType: PostType;
	training: TrainingToken[];
}

/**
 * A row of BKN's PIP ASN file where the competency points and the post name do not settle the
 * post type or the trainings: what was assumed and what else gives the same points.
 */
export interface RowAssumption {
	/** The row as the file shows it, and the id the person got. */
	row: number;
	id: string;
	/** Excel's reference of the competency cell ("F12"), or its column header for CSV. */
	cell: string;
	/** The post name (Nama Jabatan) as written, shortened. */
	post: string;
	points: number;
	/** What was uncertain: the post type (the name gives none or another), the training, or both. */
	field: 'postType' | 'training' | 'both';
	assumed: CompetencyReading;
	alternatives: CompetencyReading[];
}

/**
 * A roster has at most this many people: the server stores no larger one, and the planner's
 * import refuses a larger file (`too_many_rows`) so it says so before anything is stored. The
 * server's projections draw fewer times for a large roster to stay within their person-draw
 * budget (1,000,000 / 100,000 = at least 10 draws).
 */
export const MAX_ROSTER_PEOPLE = 100_000;
/** Files with more data rows are rejected (`too_many_rows`): one row per person. */
export const MAX_ROSTER_ROWS = MAX_ROSTER_PEOPLE;
/** Errors listed before the rest are summarised in one `more_errors` issue. */
export const MAX_ROSTER_ERRORS = 200;
export const MAX_NOTICES = 200;
const MAX_VALUE_CHARS = 100;

/** A cell as quoted in a message: at most 100 characters. */
export function shorten(value: string): string {
	return value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS - 1) + '…' : value;
}

/** Issues up to a cap; the rest only counted. */
export class IssueList {
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

/** The listed errors, plus one `more_errors` for those only counted. */
export function errorList(errors: IssueList): RosterIssue[] {
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

/** The result for a file with nothing in it. */
export function emptyFile(): RosterParseResult {
	return {
		ok: false,
		errors: [{ severity: 'error', code: 'empty_file' }],
		notices: []
	};
}
