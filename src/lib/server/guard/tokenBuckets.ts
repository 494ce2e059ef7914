/**
 * Token buckets, one per client key: each holds up to `burst` tokens, refills at
 * `perMinute` tokens a minute, and a request takes one. Pure: the clock is injected, so the
 * tests step time instead of waiting for it.
 *
 * Memory stays bounded: a bucket idle long enough to be full again is the same as no bucket,
 * so such buckets are swept out; past `maxKeys` live buckets the least recently used go too
 * (that client starts again with a full bucket, which only ever errs towards letting through).
 */

export interface BucketPolicy {
	/** Tokens a bucket holds when full: the requests a client may send at once. */
	burst: number;
	/** Tokens added per minute: the sustained rate. */
	perMinute: number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface TokenBucketOptions {
	/** Milliseconds since some fixed moment; `Date.now` unless a test steps its own clock. */
	now?: () => number;
	/** Most buckets kept at once (default 50,000: a few MB). */
	maxKeys?: number;
}

interface Bucket {
	tokens: number;
	/** When `tokens` was last brought up to date. */
	at: number;
}

const DEFAULT_MAX_KEYS = 50_000;

export class TokenBuckets {
	readonly #policy: BucketPolicy;
	readonly #now: () => number;
	readonly #maxKeys: number;
	readonly #perMs: number;
	/** How long an emptied bucket takes to fill: after that, idle buckets are swept. */
	readonly #fillMs: number;
	/** In least-recently-used order: a bucket is moved to the end each time it is used. */
	readonly #buckets = new Map<string, Bucket>();
	#lastSweep: number;

	constructor(policy: BucketPolicy, options: TokenBucketOptions = {}) {
		if (!(policy.burst >= 1) || !(policy.perMinute > 0)) {
			throw new RangeError(
				`a token bucket needs burst ≥ 1 and perMinute > 0 (got ${policy.burst}, ${policy.perMinute})`
			);
		}
		this.#policy = policy;
		this.#now = options.now ?? Date.now;
		this.#maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
		this.#perMs = policy.perMinute / 60_000;
		this.#fillMs = policy.burst / this.#perMs;
		this.#lastSweep = this.#now();
	}

	/** Takes one token from `key`'s bucket, or says how many seconds until one is there. */
	take(key: string): TakeResult {
		const now = this.#now();
		this.#sweepIfDue(now);
		const bucket = this.#buckets.get(key) ?? { tokens: this.#policy.burst, at: now };
		this.#buckets.delete(key);
		bucket.tokens = Math.min(
			this.#policy.burst,
			bucket.tokens + Math.max(0, now - bucket.at) * this.#perMs
		);
		bucket.at = now;
		this.#buckets.set(key, bucket);
		this.#evictOverflow();
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return { allowed: true };
		}
		const waitMs = (1 - bucket.tokens) / this.#perMs;
		return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
	}

	/** Buckets held now (for tests and diagnostics). */
	get size(): number {
		return this.#buckets.size;
	}

	/** Drops buckets that have had time to fill again: they would be created full anyway. */
	#sweepIfDue(now: number): void {
		if (now - this.#lastSweep < this.#fillMs) return;
		this.#lastSweep = now;
		// Least recently used first, so the idle ones lead and the sweep stops at the first busy one.
		for (const [key, bucket] of this.#buckets) {
			if (now - bucket.at < this.#fillMs) return;
			this.#buckets.delete(key);
		}
	}

	#evictOverflow(): void {
		for (const key of this.#buckets.keys()) {
			if (this.#buckets.size <= this.#maxKeys) return;
			this.#buckets.delete(key);
		}
	}
}
