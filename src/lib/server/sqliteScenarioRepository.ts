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
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Roster } from '../engine/roster';
import type {
	CreateScenarioBody,
	SavedScenario,
	UpdateScenarioBody
} from '../scenario/savedScenario';
import { MIGRATIONS, type Migration } from './migrations';
import { foldForSearch, searchTextOf } from './searchText';
import {
	RosterInUse,
	RosterNotFound,
	ScenarioNotFound,
	VersionConflict,
	type NewStoredRoster,
	type RosterUser,
	type ScenarioRepository,
	type StoredRoster
} from './scenarioRepository';
import {
	LIST_LIMIT,
	ParsedRosters,
	ROSTER_USERS_LISTED,
	changedScenario,
	fromRow,
	newScenario,
	parseUpdate,
	storedRosterOf,
	toRow,
	unitListJson,
	versionNumber,
	type RosterRow,
	type ScenarioRow
} from './scenarioRows';

export { LIST_LIMIT };

/** How long a write waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5_000;

export interface SqliteScenarioRepositoryOptions {
	/** The clock, for tests; defaults to `new Date()`. */
	now?: () => Date;
}

const COLUMNS =
	'id, name, description, author, created_at, updated_at, version, schema_version, ' +
	'model_version, seed, inputs_json, roster_fingerprint, agency_json';

/**
 * Opens (creating if needed) the database at `path`, sets it up for durable concurrent use
 * and applies the missing migrations. `path` may be relative to the working directory; its
 * directory is created.
 */
/**
 * The search index names scenarios by rowid, and `VACUUM` may renumber the rowids of a table
 * without an INTEGER PRIMARY KEY (ours is keyed by a text id), which would make searches find
 * the wrong rows. So each open checks the index against the table (FTS5's integrity check:
 * about 0.2 s for 40,000 scenarios) and rebuilds it when they disagree.
 */
function keepSearchIndexInStep(db: Database.Database): boolean {
	try {
		db.exec(`INSERT INTO scenarios_search (scenarios_search, rank) VALUES ('integrity-check', 1)`);
		return false;
	} catch {
		console.warn('The scenario search index did not match the scenarios; rebuilding it.');
		db.transaction(() => {
			db.exec(`INSERT INTO scenarios_search (scenarios_search) VALUES ('rebuild')`);
		}).immediate();
		return true;
	}
}

export function openSqliteScenarioRepository(
	path: string,
	options: SqliteScenarioRepositoryOptions = {}
): SqliteScenarioRepository {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
	try {
		configure(db);
		migrate(db);
		keepSearchIndexInStep(db);
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
	registerSearchText(db);
}

/**
 * `ipasn_search_text(name, description, author)`: `searchTextOf` in SQL, for the migration
 * that fills `search_text` of the rows saved before it (case folding beyond ASCII: SQLite's
 * own `lower` folds only A–Z).
 */
function registerSearchText(db: Database.Database): void {
	db.function('ipasn_search_text', { deterministic: true }, (name, description, author) =>
		searchTextOf({
			name: String(name ?? ''),
			description: String(description ?? ''),
			author: String(author ?? '')
		})
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
	registerSearchText(db);
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
 * Search terms of this many characters or more are looked up in the trigram index; shorter
 * ones (a trigram index cannot hold them) scan `search_text` with LIKE: one column, no
 * function call per row, but still a scan of every scenario.
 */
const INDEXED_TERM_CHARS = 3;

/** An FTS5 phrase matching `folded` as it is: a substring, `%`, `_` and quotes included. */
function ftsPhrase(folded: string): string {
	return `"${folded.replace(/"/g, '""')}"`;
}

/** Escapes LIKE's wildcards so a search for "50%" or "a_b" matches those characters. */
function likePattern(folded: string): string {
	return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A scenario's row with its search text (`searchText.ts`), as every write stores it. */
type SearchableRow = ScenarioRow & { search_text: string };

function searchableRow(scenario: SavedScenario): SearchableRow {
	return { ...toRow(scenario), search_text: searchTextOf(scenario) };
}

export class SqliteScenarioRepository implements ScenarioRepository {
	private readonly now: () => Date;
	private readonly statements;
	private readonly rosterStatements;
	private readonly parsedRosters = new ParsedRosters();

	constructor(
		private readonly db: Database.Database,
		options: SqliteScenarioRepositoryOptions = {}
	) {
		this.now = options.now ?? (() => new Date());
		const newestFirst = `ORDER BY updated_at DESC, created_at DESC, rowid DESC LIMIT ${LIST_LIMIT}`;
		this.statements = {
			get: db.prepare<[string], ScenarioRow>(`SELECT ${COLUMNS} FROM scenarios WHERE id = ?`),
			list: db.prepare<[], ScenarioRow>(`SELECT ${COLUMNS} FROM scenarios ${newestFirst}`),
			search: db.prepare<{ phrase: string }, ScenarioRow>(
				// `+rowid`: walk the newest-first index and stop at the limit, checking each row
				// against the index's matches (a Bloom filter), rather than fetch and sort every
				// match: at 40,000 scenarios a term in all of them takes 20 ms instead of 130.
				`SELECT ${COLUMNS} FROM scenarios WHERE +rowid IN ` +
					'(SELECT rowid FROM scenarios_search WHERE scenarios_search MATCH @phrase) ' +
					newestFirst
			),
			searchShort: db.prepare<{ pattern: string }, ScenarioRow>(
				`SELECT ${COLUMNS} FROM scenarios WHERE search_text LIKE @pattern ESCAPE '\\' ` +
					newestFirst
			),
			insert: db.prepare<SearchableRow>(
				`INSERT INTO scenarios (${COLUMNS}, search_text) VALUES (@id, @name, @description, ` +
					'@author, @created_at, @updated_at, @version, @schema_version, @model_version, ' +
					'@seed, @inputs_json, @roster_fingerprint, @agency_json, @search_text)'
			),
			update: db.prepare<SearchableRow & { expected_version: number }>(
				'UPDATE scenarios SET name = @name, description = @description, author = @author, ' +
					'search_text = @search_text, ' +
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
		const term = foldForSearch(search?.trim() ?? '');
		const rows = !term
			? this.statements.list.all()
			: [...term].length >= INDEXED_TERM_CHARS
				? this.statements.search.all({ phrase: ftsPhrase(term) })
				: this.statements.searchShort.all({ pattern: likePattern(term) });
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
		const scenario = newScenario(input, this.now());
		this.db
			.transaction(() => {
				this.statements.insert.run(searchableRow(scenario));
			})
			.immediate();
		return scenario;
	}

	async update(id: string, input: UpdateScenarioBody): Promise<SavedScenario> {
		const body = parseUpdate(input);
		return this.db
			.transaction((): SavedScenario => {
				const current = this.getNow(id);
				if (!current) throw new ScenarioNotFound(id);
				if (current.version !== body.version) throw new VersionConflict(current);
				const next = changedScenario(current, body, this.now());
				const { changes } = this.statements.update.run({
					...searchableRow(next),
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
					units_json: unitListJson(roster.unitList),
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
			this.parsedRosters.forget(fingerprint);
			return null;
		}
		const kept = this.parsedRosters.get(fingerprint);
		if (kept) return kept;
		const stored = this.storedRosterNow(fingerprint);
		return stored ? this.parsedRosters.parse(stored) : null;
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
		this.parsedRosters.forget(fingerprint);
	}

	async close(): Promise<void> {
		if (this.db.open) this.db.close();
	}
}
