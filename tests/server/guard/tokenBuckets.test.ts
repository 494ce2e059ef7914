import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../../src/lib/server/guard/tokenBuckets';

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
	let now = start;
	return { now: () => now, advance: (ms: number) => (now += ms) };
}

function takeMany(buckets: TokenBuckets, key: string, times: number) {
	return Array.from({ length: times }, () => buckets.take(key));
}

describe('TokenBuckets', () => {
	it('lets a burst through, then refuses with the seconds until the next token', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 5, perMinute: 30 }, { now: time.now });
		expect(takeMany(buckets, 'a', 5).every((r) => r.allowed)).toBe(true);
		// 30 a minute is one every 2 s.
		expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
		time.advance(1_000);
		expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
		time.advance(1_000);
		expect(buckets.take('a')).toEqual({ allowed: true });
		expect(buckets.take('a').allowed).toBe(false);
	});

	it('refused requests take nothing: waiting the Retry-After always suffices', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 2, perMinute: 6 }, { now: time.now });
		takeMany(buckets, 'a', 2);
		let refused = buckets.take('a');
		for (let i = 0; i < 20; i++) refused = buckets.take('a');
		expect(refused).toEqual({ allowed: false, retryAfterSeconds: 10 });
		time.advance(10_000);
		expect(buckets.take('a').allowed).toBe(true);
	});

	it('refills to the burst and no further', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 3, perMinute: 60 }, { now: time.now });
		takeMany(buckets, 'a', 3);
		time.advance(3_600_000);
		expect(takeMany(buckets, 'a', 4).map((r) => r.allowed)).toEqual([true, true, true, false]);
	});

	it('keeps clients apart', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 1, perMinute: 1 }, { now: time.now });
		expect(buckets.take('a').allowed).toBe(true);
		expect(buckets.take('a').allowed).toBe(false);
		expect(buckets.take('b').allowed).toBe(true);
	});

	it('sustains the refill rate over a long run', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 10, perMinute: 120 }, { now: time.now });
		let allowed = 0;
		// One attempt every 100 ms for ten minutes: the burst, then two a second.
		for (let i = 0; i < 6_000; i++) {
			if (buckets.take('a').allowed) allowed++;
			time.advance(100);
		}
		expect(allowed).toBeGreaterThanOrEqual(10 + 1_199);
		expect(allowed).toBeLessThanOrEqual(10 + 1_200);
	});

	it('forgets buckets that have filled again, so memory follows the active clients', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 2, perMinute: 60 }, { now: time.now });
		for (let i = 0; i < 1_000; i++) buckets.take(`client ${i}`);
		expect(buckets.size).toBe(1_000);
		// Two tokens at one a second: full again after 2 s.
		time.advance(2_000);
		buckets.take('late');
		expect(buckets.size).toBe(1);
	});

	it('never holds more than maxKeys buckets, dropping the least recently used', () => {
		const time = clock();
		const buckets = new TokenBuckets({ burst: 1, perMinute: 1 }, { now: time.now, maxKeys: 3 });
		for (const key of ['a', 'b', 'c']) buckets.take(key);
		time.advance(10);
		buckets.take('a'); // a is now the most recent
		buckets.take('d'); // b goes
		expect(buckets.size).toBe(3);
		expect(buckets.take('a').allowed).toBe(false);
		expect(buckets.take('c').allowed).toBe(false);
		expect(buckets.take('b').allowed).toBe(true);
	});

	it('refuses a policy that could never let anything through', () => {
		expect(() => new TokenBuckets({ burst: 0, perMinute: 60 })).toThrow(/burst ≥ 1/);
		expect(() => new TokenBuckets({ burst: 5, perMinute: 0 })).toThrow(/perMinute > 0/);
	});
});
