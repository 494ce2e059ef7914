/**
 * Where saved scenarios live, behind a small asynchronous interface: the embedded SQLite
 * store (the default) and the PostgreSQL one (several app servers) both implement it, and
 * routes only ever see this interface. Every method may reject with the errors below.
 */
import type { Roster, Unit } from '../engine/roster';
import type {
	CreateScenarioBody,
	SavedScenario,
	UpdateScenarioBody
} from '../scenario/savedScenario';

/**
 * A roster a planner chose to store with a scenario. `csv` is the canonical CSV
 * (`writeRosterCsv`) and `unitList` the units' ids and names: `parseRosterCsv(csv, { units:
 * unitList })` gives back the roster whose fingerprint is `fingerprint`.
 */
export interface StoredRoster {
	fingerprint: string;
	csv: string;
	unitList: Unit[];
	/** How many people and units. */
	people: number;
	units: number;
	/** ISO 8601; when it was first stored. */
	createdAt: string;
}

export type NewStoredRoster = Omit<StoredRoster, 'createdAt'>;

/** A scenario that names a roster, as a refused roster deletion lists it. */
export interface RosterUser {
	id: string;
	name: string;
}

export interface ScenarioRepository {
	/** Newest first; `search` matches name, description and author, case-insensitive. */
	list(search?: string): Promise<SavedScenario[]>;
	get(id: string): Promise<SavedScenario | null>;
	create(body: CreateScenarioBody): Promise<SavedScenario>;
	/** Applies the changes if `body.version` is the current version; raises the version. */
	update(id: string, body: UpdateScenarioBody): Promise<SavedScenario>;
	/** Deletes if `version` is the current version. */
	delete(id: string, version: number): Promise<void>;

	/**
	 * Stores a roster unless one with its fingerprint is already stored (then nothing changes:
	 * the fingerprint names the content). The caller has checked that the CSV is the roster of
	 * that fingerprint. `created` is false when it was already there.
	 */
	putRoster(roster: NewStoredRoster): Promise<{ created: boolean; roster: StoredRoster }>;
	/** The stored roster as text, or null. */
	getStoredRoster(fingerprint: string): Promise<StoredRoster | null>;
	hasRoster(fingerprint: string): Promise<boolean>;
	/**
	 * The stored roster, parsed (shared between callers and frozen: do not change it), or null
	 * when none is stored under `fingerprint`.
	 */
	getRoster(fingerprint: string): Promise<Roster | null>;
	/** Deletes a stored roster: `RosterNotFound`, or `RosterInUse` while a scenario names it. */
	deleteRoster(fingerprint: string): Promise<void>;
	close(): Promise<void>;
}

export class RosterNotFound extends Error {
	constructor(readonly fingerprint: string) {
		super(`No roster with fingerprint ${fingerprint} is stored on this server.`);
	}
}

/** A roster deletion refused because saved scenarios name it: nothing was changed. */
export class RosterInUse extends Error {
	constructor(
		readonly fingerprint: string,
		/** How many scenarios name it, and the first few of them. */
		readonly count: number,
		readonly scenarios: RosterUser[]
	) {
		const names = scenarios.map((s) => `"${s.name}"`).join(', ');
		const more = count > scenarios.length ? ` and ${count - scenarios.length} more` : '';
		super(
			`Roster ${fingerprint} is used by ${count} saved scenario${count === 1 ? '' : 's'} ` +
				`(${names}${more}); delete those scenarios, or save them with another roster, first.`
		);
	}
}

/** A stored roster no longer gives back its fingerprint (edited by hand, say). */
export class CorruptRoster extends Error {
	constructor(
		readonly fingerprint: string,
		readonly problem: string
	) {
		super(`Stored roster ${fingerprint} is damaged: ${problem}.`);
	}
}

export class ScenarioNotFound extends Error {
	constructor(readonly id: string) {
		super(`No scenario with id ${id}.`);
	}
}

/** A write named a version that is no longer current: nothing was changed. */
export class VersionConflict extends Error {
	constructor(readonly current: SavedScenario) {
		super(
			`Scenario ${current.id} is at version ${current.version}; reload it and apply your change again.`
		);
	}
}

/** A stored scenario no longer matches the schema (edited by hand, or a broken migration). */
export class CorruptScenario extends Error {
	constructor(
		readonly id: string,
		readonly problems: string[]
	) {
		super(`Stored scenario ${id} does not match the schema: ${problems.join('; ')}.`);
	}
}
