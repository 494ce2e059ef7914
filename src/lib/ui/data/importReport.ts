/**
 * The outcome of the last import (a file or the counts table), as the data page reports it,
 * and the error list cut to what a person reads: the first `limit` errors, and how many more.
 */
import type { Roster } from '../../engine/roster';
import type { RosterIssue, RowAssumption } from '../../rosterFiles/issues';
import type { RosterFileInfo } from '../../rosterFiles/readRosterFile';

export type ImportReport =
	| {
			kind: 'ok';
			source: 'file' | 'counts';
			name: string;
			people: number;
			units: number;
			notices: RosterIssue[];
			parseMs: number;
			/** The file's format and, for a workbook, its sheets and the one read. */
			file?: RosterFileInfo;
			/** PIP ASN rows whose post type or training was assumed, and the roster they are in. */
			assumed?: { rows: RowAssumption[]; roster: Roster };
	  }
	| {
			kind: 'rejected';
			name: string;
			errors: RosterIssue[];
			notices: RosterIssue[];
			/** An own roster stayed in use (the file changed nothing). */
			keptPrevious: boolean;
			file?: RosterFileInfo;
	  }
	| { kind: 'unreadable'; name: string; message: string }
	| { kind: 'notCsv'; name: string };

/** Errors shown before the rest is only counted. */
export const SHOWN_ERRORS = 25;

/**
 * The errors to list and the number not listed (those beyond `limit` plus the ones the
 * parser only counted in its `more_errors` issue).
 */
export function errorDigest(
	errors: readonly RosterIssue[],
	limit = SHOWN_ERRORS
): { shown: RosterIssue[]; rest: number; total: number } {
	const listed = errors.filter((e) => e.code !== 'more_errors');
	const counted = errors.reduce((n, e) => (e.code === 'more_errors' ? n + (e.count ?? 0) : n), 0);
	const shown = listed.slice(0, limit);
	const total = listed.length + counted;
	return { shown, rest: total - shown.length, total };
}

/**
 * Files certainly neither CSV text nor an .xlsx workbook, by name (other office formats).
 * Workbooks, .xls included, are told apart by their bytes: an old .xls is refused with what
 * to do, and a "CSV" saved with a wrong name is still read.
 */
const NOT_READABLE = /\.(ods|numbers|pdf|docx?|pptx?|zip)$/i;

export function unreadableByName(name: string): boolean {
	return NOT_READABLE.test(name);
}
