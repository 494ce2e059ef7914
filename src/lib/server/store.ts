/**
 * The process's scenario store, chosen by the environment (read from `process.env`, which
 * adapter-node, `vite dev` and the CLI all fill):
 * - `DATABASE_URL=postgres://…` (or postgresql://): PostgreSQL, for several app servers
 *   behind a load balancer sharing one database (`DATABASE_POOL_SIZE` connections each);
 * - otherwise the embedded SQLite file at `DATABASE_PATH` (default `./data/ipasn.db`,
 *   relative to the working directory): one app server, nothing else to run.
 *
 * Opened on first use (so building the app or importing a route never creates a database),
 * or at start by `openScenarioStore`, which the server's `init` hook awaits so that a store
 * that cannot be opened stops the server with a clear message rather than failing requests.
 */
import { isPostgresUrl, redactDatabaseUrl } from './postgres/connection';
import { openPostgresScenarioRepository } from './postgres/postgresScenarioRepository';
import { openSqliteScenarioRepository } from './sqliteScenarioRepository';
import type { ScenarioRepository } from './scenarioRepository';

export const DEFAULT_DATABASE_PATH = './data/ipasn.db';

export type StoreChoice = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Which store the environment asks for; throws, saying what to write, when it is unclear. */
export function chooseStore(env: Record<string, string | undefined>): StoreChoice {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!isPostgresUrl(url)) {
			throw new Error(
				`DATABASE_URL=${redactDatabaseUrl(url)} is not a PostgreSQL URL: write ` +
					'postgres://user:password@host:5432/database, or leave DATABASE_URL unset and set ' +
					'DATABASE_PATH to use an SQLite file.'
			);
		}
		return { kind: 'postgres', url };
	}
	return { kind: 'sqlite', path: env.DATABASE_PATH || DEFAULT_DATABASE_PATH };
}

/**
 * A repository whose every call first waits for `opening`: PostgreSQL connects and migrates
 * asynchronously, but routes get the store synchronously. A store that failed to open makes
 * every call reject with the reason.
 */
function whenOpen(opening: Promise<ScenarioRepository>): ScenarioRepository {
	return {
		list: async (search) => (await opening).list(search),
		get: async (id) => (await opening).get(id),
		create: async (body) => (await opening).create(body),
		update: async (id, body) => (await opening).update(id, body),
		delete: async (id, version) => (await opening).delete(id, version),
		putRoster: async (roster) => (await opening).putRoster(roster),
		getStoredRoster: async (fingerprint) => (await opening).getStoredRoster(fingerprint),
		hasRoster: async (fingerprint) => (await opening).hasRoster(fingerprint),
		getRoster: async (fingerprint) => (await opening).getRoster(fingerprint),
		deleteRoster: async (fingerprint) => (await opening).deleteRoster(fingerprint),
		close: async () => {
			const repository = await opening.catch(() => null);
			await repository?.close();
		}
	};
}

// Kept on globalThis so that `vite dev` reloading this module does not open a second connection.
const KEY = Symbol.for('ipasn.scenarioRepository');
type Opened = { repository: ScenarioRepository; ready: Promise<ScenarioRepository> };
type Holder = { [KEY]?: Opened };

function open(): Opened {
	const holder = globalThis as Holder;
	let opened = holder[KEY];
	if (opened) return opened;
	const choice = chooseStore(process.env);
	if (choice.kind === 'sqlite') {
		const repository = openSqliteScenarioRepository(choice.path);
		// Closing checkpoints the WAL into the main file; committed data is safe without it.
		process.once('exit', () => void repository.close());
		opened = { repository, ready: Promise.resolve(repository) };
	} else {
		const ready = openPostgresScenarioRepository(choice.url);
		// Reported to whoever uses the store; not an unhandled rejection meanwhile.
		ready.catch(() => {});
		opened = { repository: whenOpen(ready), ready };
	}
	// adapter-node's signal that the HTTP server has closed: end the pool so the process exits.
	process.once('sveltekit:shutdown' as 'beforeExit', () => void opened!.repository.close());
	holder[KEY] = opened;
	return opened;
}

export function getScenarioRepository(): ScenarioRepository {
	return open().repository;
}

/** Opens the store now and resolves when it is ready; rejects, saying why, when it cannot be. */
export async function openScenarioStore(): Promise<ScenarioRepository> {
	return open().ready;
}
