import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kthLargest } from '../../src/lib/engine/select';

describe('kthLargest', () => {
	it('is the k-th value of the descending sort, for any values and k', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 60 }),
				fc.nat(),
				(values, pick) => {
					const k = 1 + (pick % values.length);
					const sorted = [...values].sort((a, b) => b - a);
					// `+ 0` makes -0 and 0 one value: the sort keeps ties in input order, the selection not.
					expect(kthLargest(Float64Array.from(values), values.length, k) + 0).toBe(
						sorted[k - 1] + 0
					);
				}
			)
		);
	});

	it('reads only the first `count` values, and gives +Infinity for k = 0', () => {
		expect(kthLargest(Float64Array.from([1, 9, 5, 100]), 3, 2)).toBe(5);
		expect(kthLargest(Float64Array.from([1, 2]), 2, 0)).toBe(Infinity);
	});
});
