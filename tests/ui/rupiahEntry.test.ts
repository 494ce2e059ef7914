/** Amounts of Rupiah as planners type them, for the Rupiah field beside the share slider. */
import { describe, expect, test } from 'vitest';
import { parseRupiahEntry } from '../../src/lib/ui/numberEntry';

describe('parseRupiahEntry', () => {
	test.each([
		['600.000.000', 6e8],
		['Rp 86.250.000', 86_250_000],
		['Rp 12.500.000.000', 12.5e9],
		['600,000,000', 6e8],
		['90 jt', 9e7],
		['Rp 600 jt', 6e8],
		['600 juta', 6e8],
		['1,2 M', 1.2e9],
		['12 M', 12e9],
		['1.5 miliar', 1.5e9],
		['750 rb', 750_000],
		['2 T', 2e12],
		['3 tn', 3e12]
	])('%s is Rp %d', (text, value) => {
		expect(parseRupiahEntry(text)).toBeCloseTo(value, 0);
	});

	test.each(['abc', '', '-5 jt', '1,2,3 M', 'jt'])('%s is not an amount', (text) => {
		expect(parseRupiahEntry(text)).toBeNull();
	});
});
