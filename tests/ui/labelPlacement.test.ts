/**
 * The start value's label goes where it crosses no line: beside the point, above or below,
 * else clear of every line over its width, and always inside the plot.
 */
import { describe, expect, it } from 'vitest';
import { placeLabel, yRangeOver, type Polyline } from '../../src/lib/charts/labelPlacement';

/** The label's box for a position, as `placeLabel` reasons about it. */
const boxOf = (y: number, size: number) => ({ top: y - size * 0.85, bottom: y + size * 0.25 });

function crosses(lines: Polyline[], x0: number, x1: number, y: number, size: number): boolean {
	const b = boxOf(y, size);
	return lines.some((l) => {
		const r = yRangeOver(l, x0, x1);
		return r !== null && r[1] >= b.top && r[0] <= b.bottom;
	});
}

describe('yRangeOver', () => {
	it.each([
		{
			line: [
				[0, 10],
				[100, 20]
			],
			x0: 0,
			x1: 50,
			range: [10, 15]
		},
		{
			line: [
				[0, 10],
				[50, 40],
				[100, 20]
			],
			x0: 25,
			x1: 75,
			range: [25, 40]
		},
		{
			line: [
				[200, 10],
				[300, 20]
			],
			x0: 0,
			x1: 50,
			range: null
		}
	] as const)('$line over $x0–$x1', ({ line, x0, x1, range }) => {
		expect(yRangeOver(line, x0, x1)).toEqual(range);
	});
});

describe('placeLabel', () => {
	const base = { x: 14, y: 200, width: 180, fontSize: 12, top: 0, bottom: 300 };

	it('keeps the preferred side when nothing is there', () => {
		const at = placeLabel({ ...base, lines: [] });
		expect(at.y).toBeLessThan(base.y);
		expect(placeLabel({ ...base, lines: [], preferBelow: true }).y).toBeGreaterThan(base.y);
	});

	it.each([
		{
			name: 'a line just above the point',
			lines: [
				[
					[30, 190],
					[400, 185]
				]
			]
		},
		{
			name: 'a line just below',
			lines: [
				[
					[30, 212],
					[400, 215]
				]
			]
		},
		{
			name: 'lines above and below',
			lines: [
				[
					[30, 188],
					[400, 188]
				],
				[
					[30, 214],
					[400, 214]
				]
			]
		},
		{
			name: 'a line rising through the label',
			lines: [
				[
					[30, 230],
					[120, 170],
					[400, 120]
				]
			]
		}
	] as const)('moves off $name and stays in the plot', ({ lines }) => {
		const input = structuredClone(lines) as unknown as Polyline[];
		const at = placeLabel({ ...base, lines: input });
		expect(crosses(input, at.x, at.x + base.width, at.y, base.fontSize)).toBe(false);
		const box = boxOf(at.y, base.fontSize);
		expect(box.top).toBeGreaterThanOrEqual(base.top);
		expect(box.bottom).toBeLessThanOrEqual(base.bottom);
		expect(input).toEqual(lines);
	});

	it('avoids another label', () => {
		const above = placeLabel({ ...base, lines: [] });
		const avoid = [{ x0: 0, x1: 300, y0: above.y - 14, y1: above.y + 4 }];
		expect(placeLabel({ ...base, lines: [], avoid }).y).toBeGreaterThan(base.y);
	});
});
