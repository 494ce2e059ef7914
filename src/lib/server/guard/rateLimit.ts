/**
 * Rate limits per client, as a SvelteKit handle step: writes to the API and the pages that
 * project scenarios each take a token from the client's bucket (see `tokenBuckets.ts`,
 * configured by `rateLimitConfig.ts`); an empty bucket answers 429 with `Retry-After`.
 *
 * The client is `event.getClientAddress()`: behind a load balancer or reverse proxy that is
 * the proxy's address for everyone unless adapter-node is told which header carries the
 * visitor's (`ADDRESS_HEADER=X-Forwarded-For`, with `XFF_DEPTH` the number of proxies).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { limitedKind, type LimitedKind } from './requestKind';
import type { RateLimitConfig } from './rateLimitConfig';
import { tooManyApiRequests, tooManyPageRequests } from './tooManyRequests';
import { TokenBuckets } from './tokenBuckets';

export type RateLimiter = (event: RequestEvent) => Response | null;

export function createRateLimiter(
	config: RateLimitConfig,
	now: () => number = Date.now
): RateLimiter {
	const buckets: Record<LimitedKind, TokenBuckets | null> = {
		write: config.writes && new TokenBuckets(config.writes, { now }),
		page: config.pages && new TokenBuckets(config.pages, { now })
	};
	return (event) => {
		const kind = limitedKind({
			method: event.request.method,
			pathname: event.url.pathname,
			routeId: event.route.id,
			searchParams: event.url.searchParams
		});
		const bucket = kind && buckets[kind];
		if (!bucket) return null;
		const taken = bucket.take(event.getClientAddress());
		if (taken.allowed) return null;
		return kind === 'write'
			? tooManyApiRequests(taken.retryAfterSeconds)
			: tooManyPageRequests(taken.retryAfterSeconds, event.locals.lang, event.isDataRequest);
	};
}
