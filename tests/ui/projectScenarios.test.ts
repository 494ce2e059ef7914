/**
 * The compare, meeting and report pages project a saved scenario on its own roster when the
 * server holds it (fewer draws for a large one), and say which staff data the numbers rest on.
 */
import { describe, expect, it } from 'vitest';
import { headlineNumbers } from '../../src/lib/charts/viewModels';
import type { Roster } from '../../src/lib/engine/roster';
import { bontangRoster } from '../../src/lib/scenario/bontang';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { runScenario } from '../../src/lib/scenario/runScenario';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/scenario';
import {
	MAX_PERSON_DRAWS,
	PAGE_DRAWS,
	pageDraws,
	projectAll,
	projectScenario
} from '../../src/lib/ui/compare/projectScenarios';

/** The default roster's first 60 people: another roster, on the same units. */
function ownRoster(): Roster {
	const base = bontangRoster();
	return { units: base.units, people: base.people.slice(0, 60) };
}

const plan: Scenario = { ...defaultScenario(), inputs: { trainingBudgetShare: 1.5 } };

describe('projectScenario and the roster it rests on', () => {
	const roster = ownRoster();
	const fingerprint = rosterFingerprint(roster);
	const find = async (f: string) => (f === fingerprint ? roster : null);

	it('a scenario with a stored roster is projected on it, with the planner’s draws', async () => {
		const projected = await projectScenario(
			{ ...plan, name: 'Own', rosterFingerprint: fingerprint },
			'',
			find
		);
		expect(projected.roster).toEqual({
			kind: 'stored',
			people: 60,
			draws: PAGE_DRAWS,
			fewerDraws: false
		});
		const expected = headlineNumbers(runScenario(plan, { roster, draws: PAGE_DRAWS }));
		expect(projected.headline).toEqual(expected);
		const onDefault = await projectScenario({ ...plan, name: 'Default' }, '', find);
		expect(onDefault.roster).toEqual({ kind: 'default' });
		expect(projected.headline.index).not.toEqual(onDefault.headline.index);
		// Different rosters, different baselines: the page must not call them the same.
		expect(projected.baselineKey).not.toBe(onDefault.baselineKey);
	});

	it('a roster the server does not hold is named missing, and the default roster used', async () => {
		const unknown = { ...plan, name: 'Browser only', rosterFingerprint: 'fnv1a64-0-1' };
		const projected = await projectScenario(unknown, '', find);
		const onDefault = await projectScenario({ ...plan, name: 'Default' }, '');
		expect(projected.roster).toEqual({ kind: 'missing' });
		expect(projected.headline).toEqual(onDefault.headline);
		// Without a lookup (a share link's report) the same.
		expect((await projectScenario(unknown, '')).roster).toEqual({ kind: 'missing' });
	});

	it('projectAll passes the lookup to every scenario', async () => {
		const { projected, failed } = await projectAll(
			[
				{ ...plan, id: 'a', name: 'A', rosterFingerprint: fingerprint },
				{ ...plan, id: 'b', name: 'B' }
			],
			'',
			find
		);
		expect(failed).toEqual([]);
		expect(projected.map((p) => p.roster.kind)).toEqual(['stored', 'default']);
	});
});

describe('pageDraws', () => {
	it('keeps 200 draws up to 5,000 people and spends at most a million person-draws above', () => {
		expect(pageDraws(150)).toBe(200);
		expect(pageDraws(5_000)).toBe(200);
		expect(pageDraws(10_000)).toBe(100);
		expect(pageDraws(50_000)).toBe(20);
		// The largest roster the server stores (100,000 people) still gets 10 draws.
		expect(pageDraws(100_000)).toBe(10);
	});

	it('never spends more than a million person-draws, whatever the roster size', () => {
		// 200,000 people once got 20 draws (4 million person-draws) from a floor of 20.
		expect(pageDraws(200_000)).toBe(5);
		for (const people of [1, 4_999, 5_001, 33_333, 150_000, 200_000, 999_999, 1_000_000]) {
			const draws = pageDraws(people);
			expect(draws).toBeGreaterThanOrEqual(1);
			expect(draws).toBeLessThanOrEqual(PAGE_DRAWS);
			expect(people * draws).toBeLessThanOrEqual(MAX_PERSON_DRAWS);
		}
		// Above a million people a page still draws once (a band needs one draw).
		expect(pageDraws(3_000_000)).toBe(1);
	});
});
