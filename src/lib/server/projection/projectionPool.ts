/**
 * The worker threads that run the server's projections, so a page projecting four 50,000-person
 * rosters never holds up the event loop that answers everyone else.
 *
 * - `PROJECTION_WORKERS`: how many threads (default: the cores, `os.availableParallelism()`);
 *   `0` runs projections in the server's own thread (as under `vite dev` and vitest, where the
 *   sources are TypeScript a worker cannot load).
 * - `PROJECTION_QUEUE_LIMIT`: how many tasks may wait for a free thread (default 32, a few
 *   pages' worth). Past it a task is refused with `ProjectionBusy` and the page answers 503
 *   with `Retry-After`, instead of every visitor waiting behind an ever longer queue.
 *
 * The threads run at a lower priority (`nice` +10) than the event loop: on a machine with as
 * many threads as cores, the event loop still gets a core the moment it has work.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ProjectionTask, ProjectionTaskResults } from './projectionTask';

export const DEFAULT_QUEUE_LIMIT = 32;
/** What a refused page asks the browser to wait, in seconds. */
export const RETRY_AFTER_SECONDS = 5;
const WORKER_NICE_INCREMENT = 10;

/** The pool is full: try again after `retryAfterSeconds`. Nothing was started. */
export class ProjectionBusy extends Error {
	readonly retryAfterSeconds = RETRY_AFTER_SECONDS;
	constructor(readonly pending: number) {
		super(`The projection queue is full (${pending} tasks running or waiting); try again shortly.`);
	}
}

export interface PoolSettings {
	/** Worker threads; 0: run in this thread. */
	workers: number;
	/** Tasks that may wait for a thread, beyond those running. */
	queueLimit: number;
}

function countFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
	const text = env[name]?.trim();
	if (!text) return fallback;
	const value = Number(text);
	if (Number.isInteger(value) && value >= 0) return value;
	console.warn(`${name}="${text}" is not a whole number ≥ 0; using ${fallback}.`);
	return fallback;
}

/** The pool's size and queue limit from the environment (see the module comment). */
export function poolSettings(env: NodeJS.ProcessEnv = process.env): PoolSettings {
	return {
		workers: countFrom(env, 'PROJECTION_WORKERS', availableParallelism()),
		queueLimit: countFrom(env, 'PROJECTION_QUEUE_LIMIT', DEFAULT_QUEUE_LIMIT)
	};
}

type TaskModule = typeof import('./projectionTask');

/**
 * Runs projection tasks on worker threads, at most `workers + queueLimit` at a time. Imports
 * the task module dynamically: the build then gives it a chunk of its own, with its export
 * names kept, which is the file each worker loads.
 */
export class ProjectionPool {
	#pending = 0;
	#piscina: Piscina | null = null;
	#module: Promise<TaskModule> | null = null;

	constructor(readonly settings: PoolSettings) {}

	/** Tasks running or waiting now. */
	get pending(): number {
		return this.#pending;
	}

	/** Whether tasks run on worker threads (false under vite dev and vitest, or with 0 workers). */
	async usesWorkers(): Promise<boolean> {
		const module = await this.#taskModule();
		return this.settings.workers > 0 && !module.TASK_MODULE_URL.endsWith('.ts');
	}

	/** Runs `task`; rejects with `ProjectionBusy`, at once, when the queue is full. */
	async run<T extends ProjectionTask>(task: T): Promise<ProjectionTaskResults[T['kind']]> {
		const capacity = Math.max(1, this.settings.workers) + this.settings.queueLimit;
		if (this.#pending >= capacity) throw new ProjectionBusy(this.#pending);
		this.#pending += 1;
		try {
			const module = await this.#taskModule();
			const result = (await this.usesWorkers())
				? await this.#threads(module).run(task)
				: await module.runProjectionTask(task);
			return result as ProjectionTaskResults[T['kind']];
		} finally {
			this.#pending -= 1;
		}
	}

	/** Stops the threads (tests, shutdown); tasks still waiting are rejected. */
	async close(): Promise<void> {
		const piscina = this.#piscina;
		this.#piscina = null;
		await piscina?.destroy();
	}

	#taskModule(): Promise<TaskModule> {
		this.#module ??= import('./projectionTask');
		return this.#module;
	}

	#threads(module: TaskModule): Piscina {
		this.#piscina ??= new Piscina({
			filename: fileURLToPath(module.TASK_MODULE_URL),
			name: 'runProjectionTask',
			minThreads: this.settings.workers,
			maxThreads: this.settings.workers,
			// Bounded above, in `run`, so the limit counts the same tasks whatever piscina's state.
			maxQueue: Infinity,
			niceIncrement: WORKER_NICE_INCREMENT
		});
		return this.#piscina;
	}
}

// Kept on globalThis so that `vite dev` reloading this module does not start a second pool.
const KEY = Symbol.for('ipasn.projectionPool');
type Holder = { [KEY]?: ProjectionPool };

/** The process's pool, made on first use with `poolSettings()`. */
export function getProjectionPool(): ProjectionPool {
	const holder = globalThis as Holder;
	holder[KEY] ??= new ProjectionPool(poolSettings());
	return holder[KEY];
}
