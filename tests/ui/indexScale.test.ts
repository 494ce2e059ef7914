import { describe, expect, it } from 'vitest';
import { zoomedIndexScale } from '../../src/lib/charts/indexScale';

describe('zoomedIndexScale', () => {
	it('pads the values by 3 whole points and maps the top to 0', () => {
		const y = zoomedIndexScale([71.59, 75, null, 78.2, NaN], 300);
		expect(y.domain()).toEqual([68, 82]);
		expect(y(82)).toBe(0);
		expect(y(68)).toBe(300);
	});

	it('never goes beyond 0–100', () => {
		expect(zoomedIndexScale([1, 99], 100).domain()).toEqual([0, 100]);
	});

	it('without values, the whole scale', () => {
		expect(zoomedIndexScale([null], 100).domain()).toEqual([0, 100]);
	});
});
