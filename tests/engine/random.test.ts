/**
 * The seeded random numbers and the triangular draws of the uncertain
 * parameters. Tolerances are loose (several standard errors) but every
 * sequence is seeded, so these tests never flake.
 */
import { describe, expect, it } from 'vitest';
import type { Uncertain } from '../../src/lib/engine/inputs';
import { triangular } from '../../src/lib/engine/pathParameters';
import {
	inverseNormalCdf,
	mixSeed,
	normalCdf,
	normalFromBits,
	Sfc32
} from '../../src/lib/engine/random';

const N = 100_000;

function take(rng: Sfc32, n: number, draw: (r: Sfc32) => number = (r) => r.nextU32()): number[] {
	return Array.from({ length: n }, () => draw(rng));
}

function meanAndSd(xs: number[]): { mean: number; sd: number } {
	const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
	const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
	return { mean, sd: Math.sqrt(variance) };
}

describe('Sfc32', () => {
	it('is deterministic for a seed and stream', () => {
		expect(take(new Sfc32(42), 1000)).toEqual(take(new Sfc32(42), 1000));
		expect(take(new Sfc32(42, 3), 1000)).toEqual(take(new Sfc32(42, 3), 1000));
	});

	it.each([
		['seeds 1 and 2', new Sfc32(1), new Sfc32(2)],
		['seed 0 and seed 2^32 − 1', new Sfc32(0), new Sfc32(2 ** 32 - 1)],
		['streams 0 and 1 of one seed', new Sfc32(7, 0), new Sfc32(7, 1)],
		['streams 1 and 2 of one seed', new Sfc32(7, 1), new Sfc32(7, 2)]
	])('%s give different sequences', (_, a, b) => {
		const xs = take(a, 100);
		const ys = take(b, 100);
		expect(xs).not.toEqual(ys);
		// Not just shifted copies of each other: almost no value coincides.
		const shared = xs.filter((x) => ys.includes(x)).length;
		expect(shared).toBeLessThan(3);
	});

	it('nextU32() gives whole numbers in [0, 2^32)', () => {
		const xs = take(new Sfc32(3), 10_000);
		expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32)).toBe(true);
		// Both halves of the range are used (the top bit is not stuck).
		expect(xs.some((x) => x >= 2 ** 31)).toBe(true);
		expect(xs.some((x) => x < 2 ** 31)).toBe(true);
	});

	it('next() lies in [0, 1) with mean ≈ 0.5 and variance ≈ 1/12', () => {
		const xs = take(new Sfc32(20210), N, (r) => r.next());
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		const { mean, sd } = meanAndSd(xs);
		expect(Math.abs(mean - 0.5)).toBeLessThan(0.005); // standard error ≈ 0.0009
		expect(Math.abs(sd - Math.sqrt(1 / 12))).toBeLessThan(0.005);
		// Each tenth of [0, 1) gets about a tenth of the draws.
		const deciles = new Array<number>(10).fill(0);
		for (const x of xs) deciles[Math.floor(x * 10)]++;
		for (const count of deciles) expect(Math.abs(count / N - 0.1)).toBeLessThan(0.005);
	});

	it('normal() has mean ≈ 0, sd ≈ 1 and symmetric tails', () => {
		const xs = take(new Sfc32(99), N, (r) => r.normal());
		const { mean, sd } = meanAndSd(xs);
		expect(Math.abs(mean)).toBeLessThan(0.02); // standard error ≈ 0.003
		expect(Math.abs(sd - 1)).toBeLessThan(0.02);
		const above1 = xs.filter((x) => x > 1).length / N;
		const below1 = xs.filter((x) => x < -1).length / N;
		expect(above1).toBeCloseTo(1 - normalCdf(1), 2);
		expect(below1).toBeCloseTo(normalCdf(-1), 2);
		expect(xs.every(Number.isFinite)).toBe(true);
	});

	it('normalFromBits() reads the top bits only and is monotone in them', () => {
		expect(normalFromBits(0)).toBeLessThan(-3);
		expect(normalFromBits(0xffffffff)).toBeGreaterThan(3);
		expect(normalFromBits(0x80000000)).toBeCloseTo(0, 3);
		expect(normalFromBits(0x80000000)).toBe(normalFromBits(0x800fffff));
		let previous = -Infinity;
		for (let k = 0; k < 4096; k++) {
			const x = normalFromBits(k << 20);
			expect(x).toBeGreaterThan(previous);
			previous = x;
		}
	});
});

describe('normal CDF and its inverse', () => {
	const xs = Array.from({ length: 25 }, (_, k) => -3 + k * 0.25);

	it.each(xs)('inverseNormalCdf(normalCdf(%d)) ≈ x', (x) => {
		// normalCdf is good to 1.5e-7 in probability: at |x| = 3 that is 3e-5 in x.
		expect(Math.abs(inverseNormalCdf(normalCdf(x)) - x)).toBeLessThan(1e-4);
	});

	it('normalCdf(inverseNormalCdf(p)) ≈ p, tails included', () => {
		for (const p of [
			1e-6, 0.001, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97575, 0.99, 0.999999
		]) {
			expect(Math.abs(normalCdf(inverseNormalCdf(p)) - p)).toBeLessThan(2e-7);
		}
	});

	it('has the textbook values and the right limits', () => {
		expect(normalCdf(0)).toBeCloseTo(0.5, 7); // the approximation is good to 1.5e-7
		expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
		expect(inverseNormalCdf(0.5)).toBeCloseTo(0, 9);
		expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959964, 5);
		expect(inverseNormalCdf(0)).toBe(-Infinity);
		expect(inverseNormalCdf(1)).toBe(Infinity);
	});
});

describe('mixSeed', () => {
	it.each([0, 1, 20210, 2 ** 32 - 1])(
		'gives distinct seeds for draws 0..999 of seed %d',
		(seed) => {
			const seeds = Array.from({ length: 1000 }, (_, d) => mixSeed(seed, d));
			expect(new Set(seeds).size).toBe(1000);
			for (const s of seeds) {
				expect(Number.isInteger(s)).toBe(true);
				expect(s).toBeGreaterThanOrEqual(0);
				expect(s).toBeLessThan(2 ** 32);
			}
		}
	);

	it('is a pure function, and different seeds give different draw seeds', () => {
		expect(mixSeed(5, 17)).toBe(mixSeed(5, 17));
		const a = Array.from({ length: 100 }, (_, d) => mixSeed(1, d));
		const b = Array.from({ length: 100 }, (_, d) => mixSeed(2, d));
		expect(a.filter((s) => b.includes(s))).toEqual([]);
	});
});

describe('triangular', () => {
	const cases: Array<[string, Uncertain]> = [
		['effect size', { value: 0.62, low: 0.31, high: 0.8 }],
		['mode at the low end', { value: 0, low: 0, high: 0.3 }],
		['mode at the high end', { value: 13, low: 6.5, high: 13 }],
		['symmetric', { value: 0.8, low: 0.6, high: 1 }]
	];

	it.each(cases)('%s: stays within [low, high]', (_, range) => {
		const rng = new Sfc32(1);
		const us = [0, 1e-12, 0.5, 1 - 1e-12, ...take(rng, 2000, (r) => r.next())];
		for (const u of us) {
			const x = triangular(u, range);
			expect(x).toBeGreaterThanOrEqual(range.low);
			expect(x).toBeLessThanOrEqual(range.high);
		}
		expect(triangular(0, range)).toBeCloseTo(range.low, 12);
		expect(triangular(1, range)).toBeCloseTo(range.high, 12);
	});

	it.each(cases)('%s: is increasing in u, with the mode at its CDF value', (_, range) => {
		let previous = -Infinity;
		for (let k = 0; k <= 100; k++) {
			const x = triangular(k / 100, range);
			expect(x).toBeGreaterThanOrEqual(previous);
			previous = x;
		}
		const split = (range.value - range.low) / (range.high - range.low);
		expect(triangular(split, range)).toBeCloseTo(range.value, 9);
	});

	it.each(cases)('%s: mean over many draws ≈ (low + mode + high) / 3', (_, range) => {
		const xs = take(new Sfc32(8), 50_000, (r) => triangular(r.next(), range));
		const expected = (range.low + range.value + range.high) / 3;
		expect(Math.abs(meanAndSd(xs).mean - expected)).toBeLessThan(0.01 * (range.high - range.low));
	});

	it.each([
		[{ value: 0.62, low: 0.62, high: 0.62 }],
		[{ value: 2, low: 5, high: 5 }],
		[{ value: 3, low: 4, high: 1 }]
	])('returns the value when low ≥ high: %o', (range) => {
		for (const u of [0, 0.25, 0.5, 0.999]) expect(triangular(u, range)).toBe(range.value);
	});
});
