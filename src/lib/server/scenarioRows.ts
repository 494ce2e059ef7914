/**
 * What every scenario store does the same way, whatever the database: building a new or
 * changed scenario from a request body, turning a scenario into a row and a row back into a
 * validated scenario (the database is a border too), reading a stored roster back, and
 * keeping a few parsed rosters. The SQLite and PostgreSQL stores share this, so they cannot
 * drift; each keeps only its SQL.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Roster, Unit } from '../engine/roster';
import { parseRosterCsv } from '../rosterFiles/csv';
import { formatRosterIssue } from '../rosterFiles/messages';
import { rosterFingerprint } from '../scenario/rosterFingerprint';
import { calendarYears, type Inputs } from '../scenario/scenario';
import {
	createScenarioBody,
	newScenarioDefaults,
	savedScenarioSchema,
	updateScenarioBody,
	type CreateScenarioBody,
	type SavedScenario,
	type UpdateScenarioBody
} from '../scenario/savedScenario';
import { CorruptRoster, CorruptScenario, type StoredRoster } from './scenarioRepository';

/** `list` returns at most this many scenarios, newest first. */
export const LIST_LIMIT = 200;

/** A refused roster deletion names at most this many of the scenarios using it. */
export const ROSTER_USERS_LISTED = 20;

/** A version named by a write: a whole number from 1. */
export const versionNumber = z.number().int().min(1);

/** A scenario as a row: JSON columns as text, times as ISO 8601 text. */
export interface ScenarioRow {
	id: string;
	name: string;
	description: string;
	author: string;
	created_at: string;
	updated_at: string;
	version: number;
	schema_version: number;
	model_version: string;
	seed: number;
	inputs_json: string;
	roster_fingerprint: string | null;
	/** The scenario's agency as JSON; null: the default agency. */
	agency_json: string | null;
}

/** A stored roster as a row: the unit list as JSON text, the time as ISO 8601 text. */
export interface RosterRow {
	fingerprint: string;
	csv: string;
	units_json: string;
	people: number;
	units: number;
	created_at: string;
}

/**
 * A stored scenario keeps its planning years written out: their defaults follow the calendar,
 * and a plan saved in 2026 must still start in 2027 when opened in 2028.
 */
function withCalendarYears(inputs: Inputs): Inputs {
	return { ...inputs, ...calendarYears(inputs) };
}

/** A new scenario (version 1, a fresh id) from a POST body; throws ZodError when invalid. */
export function newScenario(input: CreateScenarioBody, now: Date): SavedScenario {
	const body = createScenarioBody.parse(input);
	const defaults = newScenarioDefaults();
	const at = now.toISOString();
	return savedScenarioSchema.parse({
		id: randomUUID(),
		name: body.name,
		description: body.description ?? defaults.description,
		author: body.author ?? defaults.author,
		createdAt: at,
		updatedAt: at,
		version: 1,
		schemaVersion: body.schemaVersion ?? defaults.schemaVersion,
		modelVersion: body.modelVersion ?? defaults.modelVersion,
		seed: body.seed ?? defaults.seed,
		inputs: withCalendarYears(body.inputs ?? defaults.inputs),
		rosterFingerprint: body.rosterFingerprint ?? defaults.rosterFingerprint,
		...(body.agency && { agency: body.agency })
	} satisfies SavedScenario);
}

/** Parses a PUT body (ZodError when invalid); the store then checks its version. */
export function parseUpdate(input: UpdateScenarioBody): UpdateScenarioBody {
	return updateScenarioBody.parse(input);
}

/** `current` with a parsed PUT body's changes applied, one version up; ZodError when invalid. */
export function changedScenario(
	current: SavedScenario,
	body: UpdateScenarioBody,
	now: Date
): SavedScenario {
	return savedScenarioSchema.parse({
		...current,
		name: body.name ?? current.name,
		description: body.description ?? current.description,
		author: body.author ?? current.author,
		seed: body.seed ?? current.seed,
		inputs: withCalendarYears(body.inputs ?? current.inputs),
		modelVersion: body.modelVersion ?? current.modelVersion,
		rosterFingerprint:
			body.rosterFingerprint === undefined ? current.rosterFingerprint : body.rosterFingerprint,
		agency: body.agency === undefined ? current.agency : (body.agency ?? undefined),
		version: current.version + 1,
		updatedAt: now.toISOString()
	} satisfies SavedScenario);
}

export function toRow(s: SavedScenario): ScenarioRow {
	return {
		id: s.id,
		name: s.name,
		description: s.description,
		author: s.author,
		created_at: s.createdAt,
		updated_at: s.updatedAt,
		version: s.version,
		schema_version: s.schemaVersion,
		model_version: s.modelVersion,
		seed: s.seed,
		inputs_json: JSON.stringify(s.inputs),
		roster_fingerprint: s.rosterFingerprint,
		agency_json: s.agency ? JSON.stringify(s.agency) : null
	};
}

/** Turns a row back into a scenario, validated: `CorruptScenario` naming what is wrong. */
export function fromRow(row: ScenarioRow): SavedScenario {
	let inputs: unknown;
	try {
		inputs = JSON.parse(row.inputs_json);
	} catch {
		throw new CorruptScenario(row.id, ['inputs_json is not JSON']);
	}
	let agency: unknown;
	try {
		agency = row.agency_json === null ? undefined : JSON.parse(row.agency_json);
	} catch {
		throw new CorruptScenario(row.id, ['agency_json is not JSON']);
	}
	const parsed = savedScenarioSchema.safeParse({
		id: row.id,
		name: row.name,
		description: row.description,
		author: row.author,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		version: row.version,
		schemaVersion: row.schema_version,
		modelVersion: row.model_version,
		seed: row.seed,
		inputs,
		rosterFingerprint: row.roster_fingerprint,
		...(agency !== undefined && { agency })
	});
	if (!parsed.success) {
		throw new CorruptScenario(
			row.id,
			parsed.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`)
		);
	}
	return parsed.data;
}

/**
 * The scenarios of a list's rows: one damaged row must not hide all the others, so it is
 * reported and skipped.
 */
export function scenariosOf(rows: Iterable<ScenarioRow>): SavedScenario[] {
	const scenarios: SavedScenario[] = [];
	for (const row of rows) {
		try {
			scenarios.push(fromRow(row));
		} catch (error) {
			console.error(error instanceof Error ? error.message : error);
		}
	}
	return scenarios;
}

/** The unit list as a store keeps it: ids and names only, as JSON. */
export function unitListJson(unitList: readonly Unit[]): string {
	return JSON.stringify(unitList.map(({ id, name }) => ({ id, name })));
}

const unitListSchema = z.array(z.object({ id: z.string(), name: z.string() }).strict());

export function storedRosterOf(row: RosterRow): StoredRoster {
	let unitList: Unit[];
	try {
		unitList = unitListSchema.parse(JSON.parse(row.units_json));
	} catch {
		throw new CorruptRoster(row.fingerprint, 'units_json is not a list of { id, name }');
	}
	return {
		fingerprint: row.fingerprint,
		csv: row.csv,
		unitList,
		people: row.people,
		units: row.units,
		createdAt: row.created_at
	};
}

/** Parsed rosters kept for the pages that project several scenarios on the same roster. */
const PARSED_ROSTERS_KEPT = 4;

function freezeRoster(roster: Roster): Roster {
	for (const unit of roster.units) Object.freeze(unit);
	for (const person of roster.people) Object.freeze(person);
	Object.freeze(roster.units);
	Object.freeze(roster.people);
	return Object.freeze(roster);
}

/**
 * A few parsed rosters by fingerprint, oldest dropped first. A roster never changes under its
 * fingerprint, so an entry stays right for as long as the roster is stored; the store checks
 * that it still is before handing one out (another process may have deleted it).
 */
export class ParsedRosters {
	private readonly kept = new Map<string, Roster>();

	get(fingerprint: string): Roster | undefined {
		return this.kept.get(fingerprint);
	}

	forget(fingerprint: string): void {
		this.kept.delete(fingerprint);
	}

	/** Parses a stored roster, checks it is the roster of its fingerprint, freezes and keeps it. */
	parse(stored: StoredRoster): Roster {
		const { fingerprint } = stored;
		const parsed = parseRosterCsv(stored.csv, { units: stored.unitList });
		if (!parsed.ok) {
			throw new CorruptRoster(fingerprint, formatRosterIssue(parsed.errors[0], 'en'));
		}
		if (rosterFingerprint(parsed.roster) !== fingerprint) {
			throw new CorruptRoster(fingerprint, 'its CSV is not the roster of this fingerprint');
		}
		const roster = freezeRoster(parsed.roster);
		if (this.kept.size >= PARSED_ROSTERS_KEPT) this.kept.delete(this.kept.keys().next().value!);
		this.kept.set(fingerprint, roster);
		return roster;
	}
}
