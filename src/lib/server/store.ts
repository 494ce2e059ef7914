/**
 * The process's scenario store: opened on first use (so building the app or importing a
 * route never creates a database), closed when the process exits.
 *
 * `DATABASE_PATH` names the SQLite file (default `./data/ipasn.db`, relative to the working
 * directory); read from `process.env`, which adapter-node, `vite dev` and the CLI all fill.
 */
import { openSqliteScenarioRepository } from './sqliteScenarioRepository';
import type { ScenarioRepository } from './scenarioRepository';

export const DEFAULT_DATABASE_PATH = './data/ipasn.db';

// Kept on globalThis so that `vite dev` reloading this module does not open a second connection.
const KEY = Symbol.for('ipasn.scenarioRepository');
type Holder = { [KEY]?: ScenarioRepository };

export function getScenarioRepository(): ScenarioRepository {
	const holder = globalThis as Holder;
	let repository = holder[KEY];
	if (!repository) {
		const opened = openSqliteScenarioRepository(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
		// Closing checkpoints the WAL into the main file; committed data is safe without it.
		process.once('exit', () => opened.close());
		holder[KEY] = repository = opened;
	}
	return repository;
}
