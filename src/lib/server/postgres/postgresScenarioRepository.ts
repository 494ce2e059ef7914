/**
 * Saved scenarios in PostgreSQL (the `postgres` client), for several app servers behind a load
 * balancer sharing one database. Nothing is kept between requests but a few parsed rosters,
 * which never change under their fingerprint; every rule that must hold across servers is
 * enforced by the database:
 * - lost updates are prevented by optimistic versions: a write names the version it read and
 *   the row changes only `WHERE id = $1 AND version = $2`; no row changed means the version
 *   moved on (409) or the scenario is gone (404);
 * - a roster is stored once, by `INSERT … ON CONFLICT DO NOTHING`;
 * - a roster is deleted only while no scenario names it: the deletion locks the roster's row
 *   (`FOR UPDATE`) and a write that makes a scenario name a roster locks it too (`FOR KEY
 *   SHARE`), so the two cannot interleave.
 */
import postgres, { type Sql, type TransactionSql } from 'postgres';
import type { Roster } from '../../engine/roster';
import type {
	CreateScenarioBody,
	SavedScenario,
	UpdateScenarioBody
} from '../../scenario/savedScenario';
import {
	RosterInUse,
	RosterNotFound,
	ScenarioNotFound,
	VersionConflict,
	type NewStoredRoster,
	type RosterUser,
	type ScenarioRepository,
	type StoredRoster
} from '../scenarioRepository';
import {
	LIST_LIMIT,
	ParsedRosters,
	ROSTER_USERS_LISTED,
	changedScenario,
	fromRow,
	newScenario,
	parseUpdate,
	scenariosOf,
	storedRosterOf,
	toRow,
	unitListJson,
	versionNumber,
	type ScenarioRow
} from '../scenarioRows';
import { foldForSearch, searchTextOf } from '../searchText';
import { poolSizeOf, redactDatabaseUrl } from './connection';
import { migratePostgres } from './migrate';

export interface PostgresScenarioRepositoryOptions {
	/** Connections this process keeps at most (`DATABASE_POOL_SIZE`). */
	poolSize?: number;
	/** The clock, for tests; defaults to `new Date()`. */
	now?: () => Date;
}

/** Seconds to wait for the server when connecting, before saying it cannot be reached. */
const CONNECT_TIMEOUT_S = 10;

/** The columns of a scenario row, JSON as text (as the shared conversion reads it). */
const SCENARIO_COLUMNS =
	'id, name, description, author, created_at, updated_at, version, schema_version, ' +
	'model_version, seed, inputs::text AS inputs_json, roster_fingerprint, agency::text AS agency_json';
const NEWEST_FIRST = `ORDER BY updated_at DESC, created_at DESC, seq DESC`;

/** A scenario row as PostgreSQL gives it: times as Date, the bigint seed as text. */
interface PgScenarioRow extends Omit<ScenarioRow, 'created_at' | 'updated_at' | 'seed'> {
	created_at: Date;
	updated_at: Date;
	seed: string | number;
}

interface PgRosterRow {
	fingerprint: string;
	csv: string;
	units_json: string;
	people: number;
	units: number;
	created_at: Date;
}

function scenarioRowOf(row: PgScenarioRow): ScenarioRow {
	return {
		...row,
		created_at: row.created_at.toISOString(),
		updated_at: row.updated_at.toISOString(),
		seed: Number(row.seed)
	};
}

function scenarioOf(row: PgScenarioRow): SavedScenario {
	return fromRow(scenarioRowOf(row));
}

function storedRosterOfPg(row: PgRosterRow): StoredRoster {
	return storedRosterOf({ ...row, created_at: row.created_at.toISOString() });
}

/** `%term%` for LIKE on the folded search text, its `\`, `%` and `_` taken literally. */
function containsPattern(term: string): string {
	return `%${foldForSearch(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Connects to `url`, applies the missing migrations and returns the store. Rejects, naming
 * the URL without its password, when the server cannot be reached or the schema cannot be
 * brought up to date; the pool is closed then.
 */
export async function openPostgresScenarioRepository(
	url: string,
	options: PostgresScenarioRepositoryOptions = {}
): Promise<PostgresScenarioRepository> {
	const sql = postgres(url, {
		max: options.poolSize ?? poolSizeOf(process.env.DATABASE_POOL_SIZE),
		connect_timeout: CONNECT_TIMEOUT_S,
		// Idle connections never keep a CLI or a test process alive.
		unref_sockets: true,
		// "already exists, skipping" and the like are not worth a log line; warnings are.
		onnotice: (notice) => {
			if (notice.severity !== 'NOTICE') console.warn(`PostgreSQL: ${notice.message}`);
		},
		connection: { application_name: 'ipasn-budget-simulator' }
	});
	try {
		await migratePostgres(sql);
	} catch (error) {
		await sql.end({ timeout: 1 }).catch(() => {});
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(
			`Could not open the PostgreSQL store at DATABASE_URL=${redactDatabaseUrl(url)}: ${reason}. ` +
				'Check that the server is running and reachable, that the database exists and that ' +
				'the user may create tables in it.',
			{ cause: error }
		);
	}
	return new PostgresScenarioRepository(sql, options);
}

export class PostgresScenarioRepository implements ScenarioRepository {
	private readonly now: () => Date;
	private readonly parsedRosters = new ParsedRosters();

	constructor(
		private readonly sql: Sql,
		options: PostgresScenarioRepositoryOptions = {}
	) {
		this.now = options.now ?? (() => new Date());
	}

	async list(search?: string): Promise<SavedScenario[]> {
		const term = search?.trim() ?? '';
		const { sql } = this;
		const rows = term
			? await sql<PgScenarioRow[]>`
				SELECT ${sql.unsafe(SCENARIO_COLUMNS)} FROM scenarios
				WHERE search_text LIKE ${containsPattern(term)} ESCAPE '\\'
				${sql.unsafe(NEWEST_FIRST)} LIMIT ${LIST_LIMIT}`
			: await sql<PgScenarioRow[]>`
				SELECT ${sql.unsafe(SCENARIO_COLUMNS)} FROM scenarios
				${sql.unsafe(NEWEST_FIRST)} LIMIT ${LIST_LIMIT}`;
		return scenariosOf(rows.map(scenarioRowOf));
	}

	async get(id: string): Promise<SavedScenario | null> {
		return this.getWith(this.sql, id);
	}

	private async getWith(sql: Sql | TransactionSql, id: string): Promise<SavedScenario | null> {
		const [row] = await sql<PgScenarioRow[]>`
			SELECT ${sql.unsafe(SCENARIO_COLUMNS)} FROM scenarios WHERE id = ${id}`;
		return row ? scenarioOf(row) : null;
	}

	async create(input: CreateScenarioBody): Promise<SavedScenario> {
		const scenario = newScenario(input, this.now());
		const row = toRow(scenario);
		const insert = (sql: Sql | TransactionSql) => sql`
			INSERT INTO scenarios (id, name, description, author, created_at, updated_at, version,
				schema_version, model_version, seed, inputs, roster_fingerprint, agency, search_text)
			VALUES (${row.id}, ${row.name}, ${row.description}, ${row.author}, ${row.created_at},
				${row.updated_at}, ${row.version}, ${row.schema_version}, ${row.model_version},
				${row.seed}, (${row.inputs_json}::text)::json, ${row.roster_fingerprint},
				(${row.agency_json}::text)::json, ${searchTextOf(scenario)})`;
		const fingerprint = scenario.rosterFingerprint;
		if (fingerprint === null) await insert(this.sql);
		else {
			await this.sql.begin(async (tx) => {
				await lockRosterAgainstDeletion(tx, fingerprint);
				await insert(tx);
			});
		}
		return scenario;
	}

	async update(id: string, input: UpdateScenarioBody): Promise<SavedScenario> {
		const body = parseUpdate(input);
		const current = await this.get(id);
		if (!current) throw new ScenarioNotFound(id);
		if (current.version !== body.version) throw new VersionConflict(current);
		const next = changedScenario(current, body, this.now());
		const row = toRow(next);
		const write = (sql: Sql | TransactionSql) => sql`
			UPDATE scenarios SET name = ${row.name}, description = ${row.description},
				author = ${row.author}, updated_at = ${row.updated_at}, version = ${row.version},
				model_version = ${row.model_version}, seed = ${row.seed},
				inputs = (${row.inputs_json}::text)::json, roster_fingerprint = ${row.roster_fingerprint},
				agency = (${row.agency_json}::text)::json, schema_version = ${row.schema_version},
				search_text = ${searchTextOf(next)}
			WHERE id = ${id} AND version = ${body.version}`;
		const fingerprint = next.rosterFingerprint;
		const { count } =
			fingerprint === null || fingerprint === current.rosterFingerprint
				? await write(this.sql)
				: await this.sql.begin(async (tx) => {
						await lockRosterAgainstDeletion(tx, fingerprint);
						return write(tx);
					});
		if (count === 1) return next;
		// Another write (on this server or another) got there first, or deleted it.
		const now = await this.get(id);
		if (!now) throw new ScenarioNotFound(id);
		throw new VersionConflict(now);
	}

	async delete(id: string, version: number): Promise<void> {
		versionNumber.parse(version);
		const { count } = await this
			.sql`DELETE FROM scenarios WHERE id = ${id} AND version = ${version}`;
		if (count === 1) return;
		const current = await this.get(id);
		if (!current) throw new ScenarioNotFound(id);
		throw new VersionConflict(current);
	}

	async putRoster(roster: NewStoredRoster): Promise<{ created: boolean; roster: StoredRoster }> {
		const { sql } = this;
		// Twice at most: a deletion can slip in between the insert that found the roster there
		// and the read of it; the second insert then stores it.
		for (let attempt = 0; attempt < 2; attempt++) {
			const inserted = await sql`
				INSERT INTO rosters (fingerprint, csv, unit_list, people, units, created_at)
				VALUES (${roster.fingerprint}, ${roster.csv}, (${unitListJson(roster.unitList)}::text)::json,
					${roster.people}, ${roster.units}, ${this.now().toISOString()})
				ON CONFLICT (fingerprint) DO NOTHING`;
			const stored = await this.getStoredRoster(roster.fingerprint);
			if (stored) return { created: inserted.count === 1, roster: stored };
		}
		throw new Error(`roster ${roster.fingerprint} vanished while being stored`);
	}

	async getStoredRoster(fingerprint: string): Promise<StoredRoster | null> {
		const [row] = await this.sql<PgRosterRow[]>`
			SELECT fingerprint, csv, unit_list::text AS units_json, people, units, created_at
			FROM rosters WHERE fingerprint = ${fingerprint}`;
		return row ? storedRosterOfPg(row) : null;
	}

	async hasRoster(fingerprint: string): Promise<boolean> {
		const rows = await this.sql`SELECT 1 FROM rosters WHERE fingerprint = ${fingerprint}`;
		return rows.length > 0;
	}

	async getRoster(fingerprint: string): Promise<Roster | null> {
		// Checked every time: another app server may have deleted it since it was parsed here.
		const kept = this.parsedRosters.get(fingerprint);
		if (kept) {
			if (await this.hasRoster(fingerprint)) return kept;
			this.parsedRosters.forget(fingerprint);
			return null;
		}
		const stored = await this.getStoredRoster(fingerprint);
		return stored ? this.parsedRosters.parse(stored) : null;
	}

	async deleteRoster(fingerprint: string): Promise<void> {
		await this.sql.begin(async (tx) => {
			const held = await tx`SELECT 1 FROM rosters WHERE fingerprint = ${fingerprint} FOR UPDATE`;
			if (held.length === 0) throw new RosterNotFound(fingerprint);
			const [{ count }] = await tx<[{ count: number }]>`
				SELECT count(*)::integer AS count FROM scenarios WHERE roster_fingerprint = ${fingerprint}`;
			if (count > 0) {
				const users = await tx<RosterUser[]>`
					SELECT id, name FROM scenarios WHERE roster_fingerprint = ${fingerprint}
					ORDER BY updated_at DESC, seq DESC LIMIT ${ROSTER_USERS_LISTED}`;
				throw new RosterInUse(
					fingerprint,
					count,
					users.map(({ id, name }) => ({ id, name }))
				);
			}
			await tx`DELETE FROM rosters WHERE fingerprint = ${fingerprint}`;
		});
		this.parsedRosters.forget(fingerprint);
	}

	async close(): Promise<void> {
		await this.sql.end({ timeout: 5 });
	}
}

/**
 * Holds the roster's row (if stored) until the transaction ends, so a concurrent deletion
 * either finishes first (the scenario then names a roster the server does not hold, as it
 * may) or waits and then sees the scenario naming it.
 */
async function lockRosterAgainstDeletion(tx: TransactionSql, fingerprint: string): Promise<void> {
	await tx`SELECT 1 FROM rosters WHERE fingerprint = ${fingerprint} FOR KEY SHARE`;
}
