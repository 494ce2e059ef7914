/**
 * The note under a start index appears exactly when the index shown is the city government's
 * recorded 2021 figure (the study's 71.59, as the pages print it), never for another value or year.
 */
import { describe, expect, it } from 'vitest';
import { bontangRoster, BONTANG } from '../../src/lib/scenario/bontang';
import { project } from '../../src/lib/engine/projection';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario } from '../../src/lib/scenario/scenario';
import { isCityStartingPoint } from '../../src/lib/scenario/startingPoint';

describe('isCityStartingPoint', () => {
	const cases: Array<[year: number, value: number, want: boolean]> = [
		[2021, 71.59, true],
		[2021, 71.594, true],
		[2021, 71.5851, true],
		[2021, 71.6, false],
		[2021, 71.58, false],
		[2022, 71.59, false],
		[2020, 71.59, false],
		[2021, 0, false],
		[2021, Number.NaN, false]
	];
	for (const [year, value, want] of cases) {
		it(`${year}, ${value} → ${want}`, () => {
			expect(isCityStartingPoint(year, value)).toBe(want);
		});
	}

	it('the recorded figure is 71.59 in 2021', () => {
		expect(BONTANG.observedIndex).toBe(71.59);
		expect(isCityStartingPoint(BONTANG.startYear, BONTANG.observedIndex)).toBe(true);
	});

	it("the default roster's projection starts at the city's figure", () => {
		const result = project(
			resolveScenario(defaultScenario(), { roster: bontangRoster(), draws: 0 })
		);
		expect(isCityStartingPoint(result.start.year, result.start.index)).toBe(true);
	});
});
