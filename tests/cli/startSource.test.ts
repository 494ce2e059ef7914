/**
 * `sim project` says whose its start index is: the default roster starts at the city
 * government's recorded 71.59 (JSON `start.source` 'city' with the note, and a note line under
 * the table); a roster of the agency's own starts at its own index, with no note.
 */
import { describe, expect, it } from 'vitest';
import { projectionJson, projectionTable, startSource } from '../../src/lib/cli/output';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { defaultScenario } from '../../src/lib/scenario/scenario';

describe('startSource', () => {
	it('the default roster: the city government’s figure, with the note', () => {
		const run = runScenario(defaultScenario(), { draws: 0 });
		const start = projectionJson(run).start;
		expect(start.index.toFixed(2)).toBe('71.59');
		expect(start.source).toBe('city');
		expect(start.sourceNote).toMatch(/^71\.59 is the Kota Bontang city government's 2021 IPASN/);
		expect(start.sourceNote).toMatch(/starting point until the agency enters its own/);
		const lines = projectionTable(run).trimEnd().split('\n');
		expect(lines[1]).toMatch(/^year\s+phase/);
		expect(lines[lines.length - 1]).toBe(`Note: ${start.sourceNote}`);
	});

	it('a roster of its own: the roster’s index, no note', () => {
		const roster = bontangRoster();
		const own = { ...roster, people: roster.people.slice(0, 40) };
		const run = runScenario(defaultScenario(), { draws: 0, roster: own });
		const start = projectionJson(run).start;
		expect(start.index.toFixed(2)).not.toBe('71.59');
		expect(start).toMatchObject({ source: 'roster', sourceNote: null });
		expect(projectionTable(run)).not.toContain('Note:');
	});

	it('reads the year too', () => {
		expect(startSource({ year: 2022, index: 71.59 }).source).toBe('roster');
		expect(startSource({ year: 2021, index: 71.59 }).source).toBe('city');
	});
});
