/**
 * The planner's "assumptions that move the index most": the top three rows are assumptions only
 * (a lever row never, wherever it sits), largest swing first, equal swings in the order given,
 * the input untouched; on the default scenario they are three distinct assumptions of its target year.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/lib/scenario/scenario';
import { sensitivity, type SensitivityRow } from '../../src/lib/scenario/sensitivity';
import { TOP_DRIVERS, topAssumptions } from '../../src/lib/ui/topDrivers';

function row(
	id: string,
	swing: number,
	kind: SensitivityRow['kind'] = 'assumption'
): SensitivityRow {
	return {
		id,
		kind,
		label: { id, en: id },
		unit: 'percent',
		value: 1,
		low: { value: 0, index: 70 },
		high: { value: 2, index: 70 + swing },
		swing
	};
}

const ids = (rows: SensitivityRow[]) => rows.map((r) => r.id);

describe('topAssumptions', () => {
	const cases: Array<{ name: string; rows: SensitivityRow[]; count?: number; want: string[] }> = [
		{ name: 'none', rows: [], want: [] },
		{ name: 'fewer than three', rows: [row('a', 1), row('b', 2)], want: ['b', 'a'] },
		{
			name: 'sorted by swing, largest first',
			rows: [row('a', 1), row('b', 4), row('c', 0.5), row('d', 3), row('e', 2)],
			want: ['b', 'd', 'e']
		},
		{
			name: 'levers skipped, even the largest',
			rows: [row('lever', 9, 'lever'), row('a', 1), row('b', 2), row('c', 3), row('d', 0)],
			want: ['c', 'b', 'a']
		},
		{
			name: 'equal swings keep the order given',
			rows: [row('x', 1), row('first', 2), row('second', 2), row('third', 2), row('fourth', 2)],
			want: ['first', 'second', 'third']
		},
		{
			name: 'a tie across the cut keeps the earlier row',
			rows: [row('big', 5), row('late', 1), row('p', 3), row('q', 1)],
			want: ['big', 'p', 'late']
		},
		{ name: 'another count', rows: [row('a', 1), row('b', 2)], count: 1, want: ['b'] }
	];

	for (const c of cases) {
		it(c.name, () => {
			const before = structuredClone(c.rows);
			expect(ids(topAssumptions(c.rows, c.count))).toEqual(c.want);
			// The caller's rows (a worker's answer on screen) are not reordered or changed.
			expect(c.rows).toEqual(before);
		});
	}

	it('three by default', () => {
		expect(TOP_DRIVERS).toBe(3);
		expect(topAssumptions([row('a', 1), row('b', 2), row('c', 3), row('d', 4)])).toHaveLength(3);
	});

	it('says how to fix a bad count', () => {
		expect(() => topAssumptions([], -1)).toThrow(/whole number ≥ 0, got -1/);
		expect(() => topAssumptions([], 1.5)).toThrow(RangeError);
	});

	it('names three assumptions of the default target year (2029), from the real sensitivity', () => {
		const result = sensitivity(defaultScenario(), { draws: 0 });
		expect(result.year).toBe(2029);
		const top = topAssumptions([...result.levers, ...result.assumptions]);
		expect(top).toHaveLength(3);
		expect(top.every((r) => r.kind === 'assumption')).toBe(true);
		expect(new Set(ids(top)).size).toBe(3);
		expect(top[0].swing).toBeGreaterThanOrEqual(top[1].swing);
		expect(top[1].swing).toBeGreaterThanOrEqual(top[2].swing);
		// None of the assumptions left out moves the index more than the third.
		const rest = result.assumptions.filter((r) => !ids(top).includes(r.id));
		expect(Math.max(...rest.map((r) => r.swing))).toBeLessThanOrEqual(top[2].swing);
		for (const r of top) expect(r.swing).toBeCloseTo(Math.abs(r.high.index - r.low.index), 10);
	});
});
