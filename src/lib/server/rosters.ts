/**
 * Rosters on the server: stored only when a planner explicitly saves one with a scenario
 * (`PUT /api/rosters/:fingerprint`), checked against the fingerprint the URL names, and kept
 * as the canonical CSV of what the model reads — columns the model does not use (names, NIK,
 * anything else) never reach the database. A scenario may name a roster the server does not
 * hold: the fingerprint is not personal data, the roster stays in the planner's browser.
 */
import { z } from 'zod';
import type { Roster } from '../engine/roster';
import { parseRosterCsv, writeRosterCsv } from '../rosterFiles/csv';
import { formatRosterIssue } from '../rosterFiles/messages';
import { nipLikePositions } from '../rosterFiles/personalIds';
import { singleLineText, textProblem, textProblemText } from '../scenario/plainText';
import { rosterFingerprint } from '../scenario/rosterFingerprint';
import { rosterFingerprintText } from '../scenario/savedScenario';
import { HttpError, invalid, parseWith, type Issue } from './http';
import type { NewStoredRoster, StoredRoster } from './scenarioRepository';

const unit = z
	.object({
		id: singleLineText().min(1, 'a unit id must not be empty').max(200),
		name: singleLineText().min(1, 'a unit name must not be empty').max(200)
	})
	.strict();

/**
 * `PUT /api/rosters/:fingerprint`: the roster as canonical CSV (`writeRosterCsv`) and, when
 * its unit ids are not simply derived from the unit names (the agency's own unit list), the
 * units' ids and names in the roster's order, so the server rebuilds the very same roster.
 */
export const putRosterBody = z
	.object({
		csv: z.string().min(1, 'csv must not be empty; send the roster as CSV text'),
		units: z
			.array(unit)
			.min(1, 'units, when given, lists at least one unit')
			.max(5000)
			.superRefine((units, ctx) => {
				const seen = new Set<string>();
				units.forEach((u, k) => {
					if (seen.has(u.id)) {
						ctx.addIssue({ code: 'custom', path: [k, 'id'], message: `unit id "${u.id}" repeats` });
					}
					seen.add(u.id);
				});
			})
			.optional()
	})
	.strict();
export type PutRosterBody = z.infer<typeof putRosterBody>;

/** What the API says about a stored roster without sending its data. */
export interface RosterSummary {
	fingerprint: string;
	people: number;
	units: number;
	createdAt: string;
}

export function rosterSummary(stored: StoredRoster): RosterSummary {
	const { fingerprint, people, units, createdAt } = stored;
	return { fingerprint, people, units, createdAt };
}

/** The `:fingerprint` of a roster URL, or a 400 saying what one looks like. */
export function fingerprintParam(value: string): string {
	return parseWith(rosterFingerprintText, value, 'fingerprint');
}

/** Rows named in a `nip_ids` refusal before the rest are only counted. */
const NIP_ROWS_LISTED = 20;

/**
 * A row of the canonical CSV as a spreadsheet shows it: the header is row 1, person k (0-based)
 * row k + 2 (`writeRosterCsv` writes no blank lines; rows of the CSV as sent may differ when it
 * had some, so the message also names the id).
 */
const csvRowOf = (k: number) => k + 2;

/**
 * 400 `nip_ids` when people's ids look like a NIP or NIK: personal numbers are not stored on
 * the server, whoever may read it. The planner offers to number the people instead first.
 */
function refuseNipIds(roster: Roster): void {
	const positions = nipLikePositions(roster);
	if (positions.length === 0) return;
	const rows = positions.slice(0, NIP_ROWS_LISTED).map(csvRowOf);
	const more = positions.length > rows.length ? ` and ${positions.length - rows.length} more` : '';
	const message =
		`${positions.length} staff id(s) look like a NIP (18 digits) or NIK (16 digits), in rows ` +
		`${rows.join(', ')}${more}: the server does not store personal numbers; replace the ids ` +
		'with anonymous codes or row numbers (the planner offers to) and send the roster again';
	throw new HttpError(400, 'nip_ids', `Invalid request: ${message}.`, {
		rows,
		count: positions.length,
		issues: [{ path: 'csv', message }]
	});
}

/** The first texts of the roster (unit names and ids, person ids) that are not plain text. */
function rosterTextIssues(roster: Roster): Issue[] {
	const issues: Issue[] = [];
	const check = (value: string, where: string) => {
		const problem = textProblem(value, 'single-line');
		if (!problem || issues.length >= 20) return;
		const text = textProblemText(problem);
		issues.push({
			path: 'csv',
			message: `${where}: ${text.en}`,
			text: { id: `${where}: ${text.id}`, en: `${where}: ${text.en}` }
		});
	};
	roster.units.forEach((u, k) => {
		check(u.name, `unit ${k + 1} name`);
		check(u.id, `unit ${k + 1} id`);
	});
	roster.people.forEach((p, k) => check(p.id, `row ${csvRowOf(k)} id`));
	return issues;
}

/**
 * Parses a PUT body into what the store keeps: 400 naming row and column when the CSV has
 * errors or texts that are not plain text, 400 `nip_ids` when ids look like NIPs,
 * 400 `fingerprint_mismatch` when it is another roster than the URL names.
 */
export function rosterToStore(fingerprint: string, body: PutRosterBody): NewStoredRoster {
	const parsed = parseRosterCsv(body.csv, { units: body.units });
	if (!parsed.ok) {
		throw invalid(
			parsed.errors.map((issue) => ({ path: 'csv', message: formatRosterIssue(issue, 'en') }))
		);
	}
	const roster = parsed.roster;
	const textIssues = rosterTextIssues(roster);
	if (textIssues.length > 0) throw invalid(textIssues);
	refuseNipIds(roster);
	const actual = rosterFingerprint(roster);
	if (actual !== fingerprint) {
		const message =
			`the CSV is the roster ${actual}, not ${fingerprint}: send the roster the URL names, ` +
			'as writeRosterCsv writes it, with its units when their ids are not derived from their names';
		throw new HttpError(400, 'fingerprint_mismatch', `Invalid request: ${message}.`, {
			fingerprint: actual,
			issues: [{ path: 'csv', message }]
		});
	}
	return {
		fingerprint,
		// Rewritten, not stored as sent: only the columns the model reads are kept.
		csv: writeRosterCsv(roster),
		unitList: roster.units.map(({ id, name }) => ({ id, name })),
		people: roster.people.length,
		units: roster.units.length
	};
}
