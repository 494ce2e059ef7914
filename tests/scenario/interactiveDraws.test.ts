import { describe, expect, it } from 'vitest';
import { interactiveDraws } from '../../src/lib/state/interactiveDraws';

describe('interactiveDraws', () => {
	it.each([
		// requested, people, years, expected
		[200, 150, 9, 200], // the default roster: as asked
		[5000, 150, 9, 5000], // 6.75 M person-years: still affordable
		[200, 50_000, 9, 22], // 10 M / 450 k person-years a draw
		[200, 500_000, 9, 10], // never fewer than 10
		[0, 50_000, 9, 0] // deterministic stays deterministic
	])('%i draws asked, %i people × %i years → %i', (requested, people, years, expected) => {
		expect(interactiveDraws(requested, people, years)).toBe(expected);
	});
});
