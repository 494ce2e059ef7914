/**
 * Messages between the page and the roster worker, and the check itself. The worker only
 * calls `checkRosterText`; the page calls it directly where no worker can run.
 */
import type { Roster, Unit } from '../engine/roster';
import { parseRosterCsv, writeRosterCsv, type RosterIssue } from '../scenario/rosterCsv';
import { rosterFingerprint } from '../scenario/rosterFingerprint';

export interface RosterCheckRequest {
	id: number;
	/** A roster CSV as read from a file, a stored roster or one generated from counts. */
	text: string;
	/** The units the roster must use (a stored or generated roster keeps its unit ids). */
	units?: Unit[];
}

/** A valid roster with what identifies and stores it, or why the text was refused. */
export type RosterCheck =
	| {
			ok: true;
			roster: Roster;
			notices: RosterIssue[];
			fingerprint: string;
			/** The roster written back in the canonical format: what the browser stores. */
			csv: string;
			/** Parsing and validating, milliseconds. */
			parseMs: number;
	  }
	| { ok: false; errors: RosterIssue[]; notices: RosterIssue[]; parseMs: number };

export interface RosterCheckResponse {
	id: number;
	check: RosterCheck;
}

/** Parses and validates; a valid roster also gets its fingerprint and canonical CSV. */
export function checkRosterText(text: string, units?: Unit[]): RosterCheck {
	const started = performance.now();
	const result = parseRosterCsv(text, { units });
	const parseMs = performance.now() - started;
	if (!result.ok) return { ok: false, errors: result.errors, notices: result.notices, parseMs };
	return {
		ok: true,
		roster: result.roster,
		notices: result.notices,
		fingerprint: rosterFingerprint(result.roster),
		csv: writeRosterCsv(result.roster),
		parseMs
	};
}
