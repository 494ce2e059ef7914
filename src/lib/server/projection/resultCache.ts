/**
 * Finished projections kept by key, the least recently used dropped first, and the ones still
 * being computed shared: two requests for the same key while it runs wait for one task.
 */
export class ResultCache<V> {
	readonly #done = new Map<string, V>();
	readonly #running = new Map<string, Promise<V>>();

	/** `capacity`: how many finished results are kept (at least 1). */
	constructor(readonly capacity: number) {
		if (!Number.isInteger(capacity) || capacity < 1) {
			throw new Error(`A result cache keeps at least 1 result; got ${capacity}.`);
		}
	}

	get size(): number {
		return this.#done.size;
	}

	/** How many keys are being computed right now. */
	get running(): number {
		return this.#running.size;
	}

	/** The kept result of `key`, marked as just used; undefined when none is kept. */
	get(key: string): V | undefined {
		if (!this.#done.has(key)) return undefined;
		const value = this.#done.get(key)!;
		this.#done.delete(key);
		this.#done.set(key, value);
		return value;
	}

	set(key: string, value: V): void {
		this.#done.delete(key);
		this.#done.set(key, value);
		while (this.#done.size > this.capacity) {
			this.#done.delete(this.#done.keys().next().value!);
		}
	}

	/**
	 * The result of `key`: the kept one, the one being computed, or a new `compute()` whose result
	 * is kept. A failure is not kept (the next call tries again), but every caller waiting on it
	 * sees it.
	 */
	getOrCompute(key: string, compute: () => Promise<V>): Promise<V> {
		if (this.#done.has(key)) return Promise.resolve(this.get(key)!);
		const running = this.#running.get(key);
		if (running) return running;
		const task = (async () => {
			try {
				// Started a tick later, so a `compute` that throws at once is still forgotten below.
				const value = await Promise.resolve().then(compute);
				this.set(key, value);
				return value;
			} finally {
				this.#running.delete(key);
			}
		})();
		this.#running.set(key, task);
		return task;
	}
}
