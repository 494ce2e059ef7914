/**
 * The staff data the decision page projects on: the planner's own roster when this browser
 * keeps one in use (`rosterStore.active`), else the illustrative one, with its units under
 * the names the scenario's agency gives them. Nothing is computed before the stored roster has
 * been read (`ready`), so no answer is made twice or shown for the wrong staff. Pure TypeScript.
 */
import type { Roster } from '../../engine/roster';
import { agencyOf, unitName } from '../../scenario/agency';
import type { Scenario } from '../../scenario/scenario';

export interface DecideStaff {
	/** False until the browser's stored roster has been read: nothing is computed before. */
	ready: boolean;
	/** The planner's own roster in use, with its fingerprint; undefined: the illustrative one. */
	own?: { roster: Roster; fingerprint: string };
	/** The roster projected on (own or illustrative), its units under the agency's names. */
	named: Roster;
}

/**
 * The staff of `scenario`'s answers: `own` when given (the roster in use), else `illustrative`.
 *
 * @example decideStaff(scenario, rosterStore.active, bontangRoster(), rosterStore.status === 'ready')
 */
export function decideStaff(
	scenario: Pick<Scenario, 'agency'>,
	own: { roster: Roster; fingerprint: string } | null | undefined,
	illustrative: Roster,
	ready: boolean
): DecideStaff {
	const agency = agencyOf(scenario);
	const roster = own?.roster ?? illustrative;
	const named: Roster = {
		...roster,
		units: roster.units.map((u) => ({ ...u, name: unitName(agency, u) }))
	};
	return {
		ready,
		...(own && { own: { roster: own.roster, fingerprint: own.fingerprint } }),
		named
	};
}

/** The display name of every unit of the roster, by unit id. */
export function unitNames(roster: Pick<Roster, 'units'>): Map<string, string> {
	return new Map(roster.units.map((u) => [u.id, u.name]));
}

/**
 * What an answer is for: the seed, the inputs, the agency (its ceilings and recorded years
 * change the numbers) and the roster in use. A change of any of them starts the answers afresh.
 */
export function answerKey(
	scenario: Pick<Scenario, 'seed' | 'inputs' | 'agency'>,
	staff: Pick<DecideStaff, 'own'>
): string {
	return JSON.stringify([
		scenario.seed,
		scenario.inputs,
		scenario.agency ?? null,
		staff.own?.fingerprint ?? null
	]);
}
