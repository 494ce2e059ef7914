/**
 * The outcome of the last import (a file or the counts table), as the data page reports it,
 * and the error list cut to what a person reads: the first `limit` errors, and how many more.
 */
import type { RosterIssue } from '../../scenario/rosterCsv';

export type ImportReport =
	| {
			kind: 'ok';
			source: 'file' | 'counts';
			name: string;
			people: number;
			units: number;
			notices: RosterIssue[];
			parseMs: number;
	  }
	| {
			kind: 'rejected';
			name: string;
			errors: RosterIssue[];
			notices: RosterIssue[];
			/** An own roster stayed in use (the file changed nothing). */
			keptPrevious: boolean;
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

/** Files that are certainly not CSV text (spreadsheets, documents), by name. */
const NOT_TEXT = /\.(xlsx|xlsm|xls|ods|numbers|pdf|docx?|zip)$/i;

export function looksLikeSpreadsheet(name: string): boolean {
	return NOT_TEXT.test(name);
}
