/**
 * Runs the real, built app (`node build`) for the API tests: each server gets its own
 * temporary database and a free port on 127.0.0.1. The build is made once, by whichever
 * test file gets here first, unless build/ holds a build made here from the current sources
 * (`npm test` builds again for the e2e tests afterwards).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sqliteDatabase, type DatabaseUnderTest } from './storeUnderTest';

export { STORES, freshDatabase, type DatabaseUnderTest, type StoreKind } from './storeUnderTest';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD_ENTRY = join(ROOT, 'build', 'index.js');
const BUILD_STAMP = join(ROOT, 'build', '.server-tests-build-started');
const BUILD_INPUTS = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];
const LOCK_DIR = join(ROOT, 'node_modules', '.cache', 'ipasn-server-tests-build.lock');
const BUILD_TIMEOUT_MS = 120_000;
const START_TIMEOUT_MS = 20_000;

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/**
 * Fresh means built here, from sources no newer than the moment that build started: a source
 * edited while a build runs makes the next check stale. Any other build (the e2e step's)
 * empties build/, taking the stamp with it, so the next run here builds again.
 */
function buildIsFresh(): boolean {
	const stamp = statSync(BUILD_STAMP, { throwIfNoEntry: false });
	if (!stamp || !existsSync(BUILD_ENTRY)) return false;
	return BUILD_INPUTS.every((input) => newestMtime(join(ROOT, input)) < stamp.mtimeMs);
}

/** The environment of the processes we start, without vitest's own variables. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (
			/^(VITEST|NODE_ENV$|TEST$|DATABASE_(PATH|URL|POOL_SIZE)$|PLANNER_TOKEN$|PORT$|HOST$|ORIGIN$|BODY_SIZE_LIMIT$)/.test(
				key
			)
		) {
			continue;
		}
		env[key] = value;
	}
	return { ...env, ...extra };
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn(command, args, {
			cwd: ROOT,
			env: cleanEnv({}),
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (c: Buffer) => (output += c.toString()));
		child.stderr.on('data', (c: Buffer) => (output += c.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			if (code === 0) done();
			else fail(new Error(`${command} ${args.join(' ')} failed (${code ?? signal}):\n${output}`));
		});
	});
}

/** Builds the app unless build/ is up to date; one build at a time across test workers. */
export async function ensureBuild(): Promise<void> {
	if (buildIsFresh()) return;
	mkdirSync(join(LOCK_DIR, '..'), { recursive: true });
	const deadline = Date.now() + BUILD_TIMEOUT_MS;
	for (;;) {
		try {
			mkdirSync(LOCK_DIR);
			break;
		} catch {
			// Another worker is building; a lock older than the build timeout was left by a crash.
			const lock = statSync(LOCK_DIR, { throwIfNoEntry: false });
			if (lock && Date.now() - lock.mtimeMs > BUILD_TIMEOUT_MS) {
				rmSync(LOCK_DIR, { recursive: true, force: true });
			}
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK_DIR}`);
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	try {
		if (!buildIsFresh()) {
			const build = () =>
				run(
					process.execPath,
					[join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'],
					BUILD_TIMEOUT_MS
				);
			// One retry: in a shared checkout another build (an e2e run, say) can race for
			// .svelte-kit/output; a real build error fails twice.
			// A second's margin for file systems with coarse timestamps.
			const started = new Date(Date.now() - 1_000);
			await build().catch(async () => {
				await new Promise((r) => setTimeout(r, 1_000));
				await build();
			});
			writeFileSync(BUILD_STAMP, '');
			utimesSync(BUILD_STAMP, started, started);
		}
	} finally {
		rmSync(LOCK_DIR, { recursive: true, force: true });
	}
}

/** Asks the OS for a port nobody is listening on. */
export async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.unref();
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			if (address === null || typeof address === 'string') {
				server.close();
				fail(new Error('could not determine a free port'));
				return;
			}
			server.close(() => done(address.port));
		});
	});
}

/** A fresh directory under the OS temp dir, removed by `removeTempDir`. */
export function makeTempDir(prefix = 'ipasn-server-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

export interface ApiServer {
	baseURL: string;
	/** `${baseURL}/api/scenarios` */
	api: string;
	/** The SQLite file ('' on PostgreSQL). */
	databasePath: string;
	/** The server's database, whichever store: a direct look at its rows. */
	database: DatabaseUnderTest;
	child: ChildProcess;
	/** Server output so far, for failure messages. */
	output(): string;
	/** SIGTERM, then SIGKILL after 5 s; resolves when the process is gone. */
	stop(): Promise<void>;
	/** SIGKILL, as a crash would; resolves when the process is gone. */
	kill(): Promise<void>;
}

export interface StartOptions {
	/** The SQLite file (the default store). */
	databasePath?: string;
	/**
	 * The database, of either store: `freshDatabase('postgres', …)` gives a new PostgreSQL one;
	 * two servers given the same one share it, as app servers behind a load balancer do.
	 */
	database?: DatabaseUnderTest;
	plannerToken?: string;
	/** More environment for the server (adapter-node's BODY_SIZE_LIMIT, say). */
	env?: Record<string, string>;
}

/** Starts `node build` on a free port and waits until the API answers. */
export async function startServer(options: StartOptions): Promise<ApiServer> {
	const database =
		options.database ??
		(options.databasePath !== undefined ? sqliteDatabase(options.databasePath) : undefined);
	if (!database) throw new Error('startServer needs a databasePath or a database');
	await ensureBuild();
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [BUILD_ENTRY], {
		cwd: ROOT,
		env: cleanEnv({
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			...database.env,
			...(options.plannerToken ? { PLANNER_TOKEN: options.plannerToken } : {}),
			// The race and crash suites send hundreds of writes from one address on purpose, which
			// the per-address rate limits would rightly refuse; tests of the limits set their own.
			RATE_LIMIT_WRITES_PER_MINUTE: '0',
			RATE_LIMIT_PAGES_PER_MINUTE: '0',
			...options.env
		}),
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
	child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	const gone = new Promise<void>((r) => child.once('exit', () => r()));
	const isRunning = () => child.exitCode === null && child.signalCode === null;

	const end = async (signal: NodeJS.Signals) => {
		process.removeListener('exit', killOnExit);
		if (isRunning()) {
			child.kill(signal);
			const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
			await gone;
			clearTimeout(timer);
		}
	};
	const server: ApiServer = {
		baseURL,
		api: `${baseURL}/api/scenarios`,
		databasePath: database.path,
		database,
		child,
		output: () => output,
		stop: () => end('SIGTERM'),
		kill: () => end('SIGKILL')
	};

	const deadline = Date.now() + START_TIMEOUT_MS;
	for (;;) {
		if (!isRunning()) throw new Error(`the server exited before answering:\n${output}`);
		try {
			const response = await fetch(server.api, { signal: AbortSignal.timeout(2_000) });
			await response.arrayBuffer();
			if (response.ok) return server;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			await server.kill();
			throw new Error(`the server did not answer within ${START_TIMEOUT_MS} ms:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}
}

/** Sends JSON and returns the status and the parsed body (null when there is none). */
export async function call(
	method: string,
	url: string,
	body?: unknown,
	headers: Record<string, string> = {}
	// Tests read arbitrary JSON (and error bodies); assertions check the shape.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any; text: string; headers: Headers }> {
	const response = await fetch(url, {
		method,
		headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
		signal: AbortSignal.timeout(15_000)
	});
	const text = await response.text();
	let parsed: unknown = null;
	try {
		parsed = text ? JSON.parse(text) : null;
	} catch {
		parsed = text;
	}
	return { status: response.status, body: parsed, text, headers: response.headers };
}
