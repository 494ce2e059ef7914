/**
 * Messages between the page and the roster worker, and the checks themselves. The worker only
 * calls `checkRosterText` and `checkRosterFile`; the page calls them directly where no worker
 * can run.
 */
import type { Roster, Unit } from '../engine/roster';
import { parseRosterCsv, writeRosterCsv } from '../rosterFiles/csv';
import type { RosterIssue, RosterParseResult, RowAssumption } from '../rosterFiles/issues';
import { readRosterFile, type RosterFileInfo } from '../rosterFiles/readRosterFile';
import { rosterFingerprint } from '../scenario/rosterFingerprint';

export type RosterCheckRequest =
	| {
			id: number;
			kind: 'text';
			/** A roster CSV: a stored roster or one generated from counts. */
			text: string;
			/** The units the roster must use (a stored or generated roster keeps its unit ids). */
			units?: Unit[];
	  }
	| {
			id: number;
			kind: 'file';
			/** The file as chosen: CSV in any encoding, xlsx, or BKN's PIP ASN file. */
			bytes: ArrayBuffer;
			/** The sheet to read (0-based); default: the first visible one with data. */
			sheet?: number;
	  };

/** A valid roster with what identifies and stores it, or why the file was refused. */
export type RosterCheck =
	| {
			ok: true;
			roster: Roster;
			notices: RosterIssue[];
			fingerprint: string;
			/** The roster written back in the canonical format: what the browser stores. */
			csv: string;
			/** Reading, parsing and validating, milliseconds. */
			parseMs: number;
			/** The file's format, layout and sheets (files only). */
			file?: RosterFileInfo;
			/** PIP ASN rows whose post type or training was assumed (all of them). */
			assumed?: RowAssumption[];
	  }
	| {
			ok: false;
			errors: RosterIssue[];
			notices: RosterIssue[];
			parseMs: number;
			file?: RosterFileInfo;
	  };

export interface RosterCheckResponse {
	id: number;
	check: RosterCheck;
}

function toCheck(result: RosterParseResult, started: number, file?: RosterFileInfo): RosterCheck {
	const parseMs = performance.now() - started;
	if (!result.ok)
		return { ok: false, errors: result.errors, notices: result.notices, parseMs, file };
	const check: RosterCheck = {
		ok: true,
		roster: result.roster,
		notices: result.notices,
		fingerprint: rosterFingerprint(result.roster),
		csv: writeRosterCsv(result.roster),
		parseMs,
		file
	};
	if (result.assumed) check.assumed = result.assumed;
	return check;
}

/** Parses and validates; a valid roster also gets its fingerprint and canonical CSV. */
export function checkRosterText(text: string, units?: Unit[]): RosterCheck {
	const started = performance.now();
	return toCheck(parseRosterCsv(text, { units }), started);
}

/** Reads a chosen file by its bytes (see `readRosterFile`), then as `checkRosterText`. */
export async function checkRosterFile(bytes: ArrayBuffer, sheet?: number): Promise<RosterCheck> {
	const started = performance.now();
	try {
		const read = await readRosterFile(new Uint8Array(bytes), { sheet });
		return toCheck(read.result, started, read.file);
	} catch (error) {
		// The workbook reader could not even load (a chunk that failed to download, say).
		const value = String((error as Error)?.message ?? error).slice(0, 200);
		const errors: RosterIssue[] = [{ severity: 'error', code: 'unreadable_workbook', value }];
		return { ok: false, errors, notices: [], parseMs: performance.now() - started };
	}
}

/** Runs a request: what the worker does with each message. */
export function runRosterCheck(request: RosterCheckRequest): Promise<RosterCheck> {
	return request.kind === 'text'
		? Promise.resolve(checkRosterText(request.text, request.units))
		: checkRosterFile(request.bytes, request.sheet);
}
