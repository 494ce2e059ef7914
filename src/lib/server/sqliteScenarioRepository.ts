/**
 * Saved scenarios in an embedded SQLite file (better-sqlite3). One connection per process;
 * better-sqlite3 is synchronous, so each call runs start to finish without interleaving with
 * other requests, and every write is one IMMEDIATE transaction that takes the write lock
 * up front (so a second process, a CLI or a backup, waits `busy_timeout` rather than failing
 * half-way).
 *
 * Lost updates are prevented by optimistic versions: a write names the version it read,
 * and the row changes only `WHERE id = ? AND version = ?`.
 */
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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
import { MIGRATIONS, type Migration } from './migrations';
import {
	CorruptRoster,
	CorruptScenario,
	RosterInUse,
	RosterNotFound,
	ScenarioNotFound,
	VersionConflict,
	type NewStoredRoster,
	type RosterUser,
	type ScenarioRepository,
	type StoredRoster
} from './scenarioRepository';

/** `list` returns at most this many scenarios, newest first. */
export const LIST_LIMIT = 200;

/** How long a write waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5_000;

export interface SqliteScenarioRepositoryOptions {
	/** The clock, for tests; defaults to `new Date()`. */
	now?: () => Date;
}

interface ScenarioRow {
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

const COLUMNS =
	'id, name, description, author, created_at, updated_at, version, schema_version, ' +
	'model_version, seed, inputs_json, roster_fingerprint, agency_json';

const versionNumber = z.number().int().min(1);

interface RosterRow {
	fingerprint: string;
	csv: string;
	units_json: string;
	people: number;
	units: number;
	created_at: string;
}

const unitListSchema = z.array(z.object({ id: z.string(), name: z.string() }).strict());

/** Parsed rosters kept for the pages that project several scenarios on the same roster. */
const PARSED_ROSTERS_KEPT = 4;
/** A refused roster deletion names at most this many of the scenarios using it. */
const ROSTER_USERS_LISTED = 20;

function freezeRoster(roster: Roster): Roster {
	for (const unit of roster.units) Object.freeze(unit);
	for (const person of roster.people) Object.freeze(person);
	Object.freeze(roster.units);
	Object.freeze(roster.people);
	return Object.freeze(roster);
}

/**
 * Opens (creating if needed) the database at `path`, sets it up for durable concurrent use
 * and applies the missing migrations. `path` may be relative to the working directory; its
 * directory is created.
 */
export function openSqliteScenarioRepository(
	path: string,
	options: SqliteScenarioRepositoryOptions = {}
): SqliteScenarioRepository {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
	try {
		configure(db);
		migrate(db);
		return new SqliteScenarioRepository(db, options);
	} catch (error) {
		db.close();
		throw error;
	}
}

function configure(db: Database.Database): void {
	const mode = db.pragma('journal_mode = WAL', { simple: true });
	if (mode !== 'wal' && db.name !== ':memory:') {
		throw new Error(`could not switch ${db.name} to WAL mode (journal_mode is ${String(mode)})`);
	}
	// Durability. In WAL mode every commit write()s its pages to the WAL file before
	// returning, so with synchronous = NORMAL an acknowledged write already survives the
	// process being killed (SIGKILL, OOM killer): the data sits in the OS page cache.
	// NORMAL loses the last commits only if the machine itself goes down (power cut, kernel
	// panic) before the OS flushes. FULL adds one fsync of the WAL per commit, which closes
	// that gap too; saves here come at the pace of people clicking "save", so a millisecond
	// or so per commit costs nothing worth having, and "saved" then means saved.
	db.pragma('synchronous = FULL');
	db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
	db.pragma('foreign_keys = ON');
	// Case-insensitive search beyond ASCII (SQLite's own LIKE folds only A–Z).
	db.function('ipasn_fold', { deterministic: true }, (value: unknown) =>
		typeof value === 'string' ? value.toLowerCase() : value
	);
}

/**
 * Applies the migrations the database has not seen, each in its own IMMEDIATE transaction,
 * and records them in `schema_migrations`. Safe to call on every start, and from two
 * processes at once (the second finds the work done). Returns the versions it applied.
 */
export function migrate(
	db: Database.Database,
	migrations: readonly Migration[] = MIGRATIONS
): number[] {
	migrations.forEach((m, i) => {
		if (m.version !== i + 1) {
			throw new Error(`migration "${m.name}" has version ${m.version}; expected ${i + 1}`);
		}
	});
	db.exec(
		'CREATE TABLE IF NOT EXISTS schema_migrations (' +
			'version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT'
	);
	const newest = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as {
		v: number | null;
	};
	if (newest.v !== null && newest.v > migrations.length) {
		throw new Error(
			`${db.name} has schema version ${newest.v}, but this app knows only up to ` +
				`${migrations.length}: run a newer version of the app, or restore an older backup.`
		);
	}
	const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
	const record = db.prepare(
		'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)'
	);
	const applied: number[] = [];
	for (const migration of migrations) {
		db.transaction(() => {
			if (isApplied.get(migration.version)) return;
			db.exec(migration.sql);
			record.run(migration.version, migration.name, new Date().toISOString());
			applied.push(migration.version);
		}).immediate();
	}
	return applied;
}

/**
 * A stored scenario keeps its planning years written out: their defaults follow the calendar,
 * and a plan saved in 2026 must still start in 2027 when opened in 2028.
 */
function withCalendarYears(inputs: Inputs): Inputs {
	return { ...inputs, ...calendarYears(inputs) };
}

/** Escapes LIKE's wildcards so a search for "50%" or "a_b" matches those characters. */
function likePattern(search: string): string {
	return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function toRow(s: SavedScenario): ScenarioRow {
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

/** Turns a row back into a scenario, validated: the database is a border too. */
function fromRow(row: ScenarioRow): SavedScenario {
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

function storedRosterOf(row: RosterRow): StoredRoster {
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

export class SqliteScenarioRepository implements ScenarioRepository {
	private readonly now: () => Date;
	private readonly statements;
	private readonly rosterStatements;
	/** Parsed rosters by fingerprint, oldest first (a roster never changes under its fingerprint). */
	private readonly parsedRosters = new Map<string, Roster>();

	constructor(
		private readonly db: Database.Database,
		options: SqliteScenarioRepositoryOptions = {}
	) {
		this.now = options.now ?? (() => new Date());
		const newestFirst = `ORDER BY updated_at DESC, created_at DESC, rowid DESC LIMIT ${LIST_LIMIT}`;
		this.statements = {
			get: db.prepare<[string], ScenarioRow>(`SELECT ${COLUMNS} FROM scenarios WHERE id = ?`),
			list: db.prepare<[], ScenarioRow>(`SELECT ${COLUMNS} FROM scenarios ${newestFirst}`),
			search: db.prepare<{ pattern: string }, ScenarioRow>(
				`SELECT ${COLUMNS} FROM scenarios WHERE ` +
					`ipasn_fold(name) LIKE @pattern ESCAPE '\\' OR ` +
					`ipasn_fold(description) LIKE @pattern ESCAPE '\\' OR ` +
					`ipasn_fold(author) LIKE @pattern ESCAPE '\\' ${newestFirst}`
			),
			insert: db.prepare<ScenarioRow>(
				`INSERT INTO scenarios (${COLUMNS}) VALUES (@id, @name, @description, @author, ` +
					'@created_at, @updated_at, @version, @schema_version, @model_version, @seed, ' +
					'@inputs_json, @roster_fingerprint, @agency_json)'
			),
			update: db.prepare<ScenarioRow & { expected_version: number }>(
				'UPDATE scenarios SET name = @name, description = @description, author = @author, ' +
					'updated_at = @updated_at, version = @version, model_version = @model_version, ' +
					'seed = @seed, inputs_json = @inputs_json, roster_fingerprint = @roster_fingerprint, ' +
					'agency_json = @agency_json, schema_version = @schema_version ' +
					'WHERE id = @id AND version = @expected_version'
			),
			delete: db.prepare<[string, number]>('DELETE FROM scenarios WHERE id = ? AND version = ?')
		};
		this.rosterStatements = {
			get: db.prepare<[string], RosterRow>(
				'SELECT fingerprint, csv, units_json, people, units, created_at FROM rosters ' +
					'WHERE fingerprint = ?'
			),
			has: db.prepare<[string], number>('SELECT 1 FROM rosters WHERE fingerprint = ?').pluck(),
			insert: db.prepare<RosterRow>(
				'INSERT INTO rosters (fingerprint, csv, units_json, people, units, created_at) ' +
					'VALUES (@fingerprint, @csv, @units_json, @people, @units, @created_at) ' +
					'ON CONFLICT (fingerprint) DO NOTHING'
			),
			users: db.prepare<[string], RosterUser>(
				'SELECT id, name FROM scenarios WHERE roster_fingerprint = ? ' +
					`ORDER BY updated_at DESC, rowid DESC LIMIT ${ROSTER_USERS_LISTED}`
			),
			userCount: db
				.prepare<[string], number>('SELECT count(*) FROM scenarios WHERE roster_fingerprint = ?')
				.pluck(),
			delete: db.prepare<[string]>('DELETE FROM rosters WHERE fingerprint = ?')
		};
	}

	/** Where the database lives. */
	get path(): string {
		return this.db.name;
	}

	get isOpen(): boolean {
		return this.db.open;
	}

	async list(search?: string): Promise<SavedScenario[]> {
		const term = search?.trim() ?? '';
		const rows = term
			? this.statements.search.all({ pattern: likePattern(term) })
			: this.statements.list.all();
		const scenarios: SavedScenario[] = [];
		for (const row of rows) {
			// One damaged row must not hide all the others; it is reported and skipped.
			try {
				scenarios.push(fromRow(row));
			} catch (error) {
				console.error(error instanceof Error ? error.message : error);
			}
		}
		return scenarios;
	}

	async get(id: string): Promise<SavedScenario | null> {
		return this.getNow(id);
	}

	// better-sqlite3 is synchronous: the transactions below use these, which never yield.
	private getNow(id: string): SavedScenario | null {
		const row = this.statements.get.get(id);
		return row ? fromRow(row) : null;
	}

	async create(input: CreateScenarioBody): Promise<SavedScenario> {
		const body = createScenarioBody.parse(input);
		const defaults = newScenarioDefaults();
		const now = this.now().toISOString();
		const scenario = savedScenarioSchema.parse({
			id: randomUUID(),
			name: body.name,
			description: body.description ?? defaults.description,
			author: body.author ?? defaults.author,
			createdAt: now,
			updatedAt: now,
			version: 1,
			schemaVersion: body.schemaVersion ?? defaults.schemaVersion,
			modelVersion: body.modelVersion ?? defaults.modelVersion,
			seed: body.seed ?? defaults.seed,
			inputs: withCalendarYears(body.inputs ?? defaults.inputs),
			rosterFingerprint: body.rosterFingerprint ?? defaults.rosterFingerprint,
			...(body.agency && { agency: body.agency })
		} satisfies SavedScenario);
		this.db
			.transaction(() => {
				this.statements.insert.run(toRow(scenario));
			})
			.immediate();
		return scenario;
	}

	async update(id: string, input: UpdateScenarioBody): Promise<SavedScenario> {
		const body = updateScenarioBody.parse(input);
		return this.db
			.transaction((): SavedScenario => {
				const current = this.getNow(id);
				if (!current) throw new ScenarioNotFound(id);
				if (current.version !== body.version) throw new VersionConflict(current);
				const next = savedScenarioSchema.parse({
					...current,
					name: body.name ?? current.name,
					description: body.description ?? current.description,
					author: body.author ?? current.author,
					seed: body.seed ?? current.seed,
					inputs: withCalendarYears(body.inputs ?? current.inputs),
					modelVersion: body.modelVersion ?? current.modelVersion,
					rosterFingerprint:
						body.rosterFingerprint === undefined
							? current.rosterFingerprint
							: body.rosterFingerprint,
					agency: body.agency === undefined ? current.agency : (body.agency ?? undefined),
					version: current.version + 1,
					updatedAt: this.now().toISOString()
				} satisfies SavedScenario);
				const { changes } = this.statements.update.run({
					...toRow(next),
					expected_version: body.version
				});
				// Cannot happen inside this transaction; checked so a future edit cannot make it silent.
				if (changes !== 1) throw new VersionConflict(this.getNow(id) ?? current);
				return next;
			})
			.immediate();
	}

	async delete(id: string, version: number): Promise<void> {
		versionNumber.parse(version);
		this.db
			.transaction(() => {
				const { changes } = this.statements.delete.run(id, version);
				if (changes === 1) return;
				const current = this.getNow(id);
				if (!current) throw new ScenarioNotFound(id);
				throw new VersionConflict(current);
			})
			.immediate();
	}

	async putRoster(roster: NewStoredRoster): Promise<{ created: boolean; roster: StoredRoster }> {
		return this.db
			.transaction(() => {
				const { changes } = this.rosterStatements.insert.run({
					fingerprint: roster.fingerprint,
					csv: roster.csv,
					units_json: JSON.stringify(roster.unitList.map(({ id, name }) => ({ id, name }))),
					people: roster.people,
					units: roster.units,
					created_at: this.now().toISOString()
				});
				const stored = this.rosterStatements.get.get(roster.fingerprint);
				// Cannot happen inside this transaction; checked so a future edit cannot make it silent.
				if (!stored) throw new Error(`roster ${roster.fingerprint} vanished while being stored`);
				return { created: changes === 1, roster: storedRosterOf(stored) };
			})
			.immediate();
	}

	async getStoredRoster(fingerprint: string): Promise<StoredRoster | null> {
		return this.storedRosterNow(fingerprint);
	}

	private storedRosterNow(fingerprint: string): StoredRoster | null {
		const row = this.rosterStatements.get.get(fingerprint);
		return row ? storedRosterOf(row) : null;
	}

	async hasRoster(fingerprint: string): Promise<boolean> {
		return this.hasRosterNow(fingerprint);
	}

	private hasRosterNow(fingerprint: string): boolean {
		return this.rosterStatements.has.get(fingerprint) === 1;
	}

	async getRoster(fingerprint: string): Promise<Roster | null> {
		// Checked every time: another process may have deleted it since it was parsed here.
		if (!this.hasRosterNow(fingerprint)) {
			this.parsedRosters.delete(fingerprint);
			return null;
		}
		const kept = this.parsedRosters.get(fingerprint);
		if (kept) return kept;
		const stored = this.storedRosterNow(fingerprint);
		if (!stored) return null;
		const parsed = parseRosterCsv(stored.csv, { units: stored.unitList });
		if (!parsed.ok) {
			throw new CorruptRoster(fingerprint, formatRosterIssue(parsed.errors[0], 'en'));
		}
		if (rosterFingerprint(parsed.roster) !== fingerprint) {
			throw new CorruptRoster(fingerprint, 'its CSV is not the roster of this fingerprint');
		}
		const roster = freezeRoster(parsed.roster);
		if (this.parsedRosters.size >= PARSED_ROSTERS_KEPT) {
			this.parsedRosters.delete(this.parsedRosters.keys().next().value!);
		}
		this.parsedRosters.set(fingerprint, roster);
		return roster;
	}

	async deleteRoster(fingerprint: string): Promise<void> {
		this.db
			.transaction(() => {
				if (!this.hasRosterNow(fingerprint)) throw new RosterNotFound(fingerprint);
				const count = this.rosterStatements.userCount.get(fingerprint) ?? 0;
				if (count > 0) {
					throw new RosterInUse(fingerprint, count, this.rosterStatements.users.all(fingerprint));
				}
				this.rosterStatements.delete.run(fingerprint);
			})
			.immediate();
		this.parsedRosters.delete(fingerprint);
	}

	async close(): Promise<void> {
		if (this.db.open) this.db.close();
	}
}
