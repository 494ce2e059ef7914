/**
 * The rate limits, from the environment (read once, at start): per client address, a bucket
 * for writes to the API and one for the pages that project scenarios on the server.
 *
 * | variable                       | default | meaning                                  |
 * | ------------------------------ | ------- | ---------------------------------------- |
 * | `RATE_LIMIT_WRITES_PER_MINUTE` | 60      | sustained API writes a minute; 0: no limit |
 * | `RATE_LIMIT_WRITES_BURST`      | 120     | API writes at once                         |
 * | `RATE_LIMIT_PAGES_PER_MINUTE`  | 60      | sustained expensive pages a minute; 0: no limit |
 * | `RATE_LIMIT_PAGES_BURST`       | 60      | expensive pages at once                    |
 *
 * The defaults are far above what a planner does by hand (a save is one write; a meeting
 * opens a handful of pages) and far below what a script can send.
 */
import type { BucketPolicy } from './tokenBuckets';

export interface RateLimitConfig {
	/** null: writes are not limited. */
	writes: BucketPolicy | null;
	/** null: pages are not limited. */
	pages: BucketPolicy | null;
}

export const RATE_LIMIT_DEFAULTS = {
	writes: { perMinute: 60, burst: 120 },
	pages: { perMinute: 60, burst: 60 }
} as const satisfies Record<keyof RateLimitConfig, BucketPolicy>;

type Env = Record<string, string | undefined>;

/** A whole number ≥ 0 from the environment, or the default when unset or blank. */
function count(env: Env, name: string, fallback: number): number {
	const raw = env[name]?.trim();
	if (!raw) return fallback;
	if (!/^\d+$/.test(raw)) {
		throw new Error(`${name} must be a whole number ≥ 0 (0 turns the limit off); it is "${raw}".`);
	}
	return Number(raw);
}

function policy(env: Env, prefix: string, defaults: BucketPolicy): BucketPolicy | null {
	const perMinute = count(env, `${prefix}_PER_MINUTE`, defaults.perMinute);
	if (perMinute === 0) return null;
	const burst = count(env, `${prefix}_BURST`, defaults.burst);
	if (burst === 0) {
		throw new Error(
			`${prefix}_BURST must be at least 1; to turn the limit off, set ${prefix}_PER_MINUTE=0.`
		);
	}
	return { perMinute, burst };
}

/** The limits the environment asks for; throws, naming the variable, when one is not valid. */
export function rateLimitConfig(env: Env): RateLimitConfig {
	return {
		writes: policy(env, 'RATE_LIMIT_WRITES', RATE_LIMIT_DEFAULTS.writes),
		pages: policy(env, 'RATE_LIMIT_PAGES', RATE_LIMIT_DEFAULTS.pages)
	};
}
