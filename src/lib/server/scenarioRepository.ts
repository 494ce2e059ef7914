/**
 * Where saved scenarios live, behind a small interface: the SQLite store is
 * the first implementation; a PostgreSQL one can follow for deployments with
 * several app servers without touching the routes.
 */
import type {
	CreateScenarioBody,
	SavedScenario,
	UpdateScenarioBody
} from '../scenario/savedScenario';

export interface ScenarioRepository {
	/** Newest first; `search` matches name, description and author, case-insensitive. */
	list(search?: string): SavedScenario[];
	get(id: string): SavedScenario | null;
	create(body: CreateScenarioBody): SavedScenario;
	/** Applies the changes if `body.version` is the current version; raises the version. */
	update(id: string, body: UpdateScenarioBody): SavedScenario;
	/** Deletes if `version` is the current version. */
	delete(id: string, version: number): void;
	close(): void;
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
