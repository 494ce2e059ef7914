/**
 * The roster on screen as the save UI sees it: enough to say what storing it would store
 * (how many people and units) and to store it (its canonical CSV and units), without holding
 * more than the planner page already holds.
 *
 * The planner page passes it to `ScenarioBar` as `roster`:
 * - `undefined` (the prop left out): the page does not say which roster is on screen; saves
 *   leave a saved scenario's `rosterFingerprint` as it was (new ones get null).
 * - `null`: the default (illustrative) roster; saves record `rosterFingerprint: null`.
 * - an `ActiveRoster`: an imported roster; saves record its fingerprint, and the save dialog
 *   offers to store the staff data on the server too (unchecked by default).
 */
import type { Roster, Unit } from '../../engine/roster';
import { writeRosterCsv } from '../../rosterFiles/csv';
import { rosterFingerprint } from '../../scenario/rosterFingerprint';

export interface ActiveRoster {
	/** `rosterFingerprint` of the roster. */
	fingerprint: string;
	/** How many people and units it has. */
	people: number;
	units: number;
	/** The roster as canonical CSV (`writeRosterCsv`); called only when it is stored. */
	csv: () => string;
	/**
	 * Its units' ids and names, in its order; needed when the ids are not derived from the
	 * names (units matched to the agency's list), so the server rebuilds the same roster.
	 */
	unitList?: () => readonly Unit[];
}

/**
 * The `ActiveRoster` of a roster; pass its fingerprint when it is already known (the roster
 * store computes it once) to save hashing 50,000 people again.
 */
export function activeRosterOf(
	roster: Roster,
	fingerprint = rosterFingerprint(roster)
): ActiveRoster {
	return {
		fingerprint,
		people: roster.people.length,
		units: roster.units.length,
		csv: () => writeRosterCsv(roster),
		unitList: () => roster.units
	};
}
