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
import { nipLikePositions } from '../../rosterFiles/personalIds';
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
	/** How many people's ids look like a NIP or NIK (the server refuses to store those). */
	nipIds?: () => number;
	/**
	 * Replaces every person's id with their row number on screen (and in this browser's
	 * storage) and gives the roster that results, with its new fingerprint; null when the
	 * roster changed meanwhile. Offered before storing a roster whose ids look like NIPs.
	 */
	withRowNumbers?: () => Promise<ActiveRoster | null>;
}

/**
 * The `ActiveRoster` of a roster; pass its fingerprint when it is already known (the roster
 * store computes it once) to save hashing 50,000 people again, and `withRowNumbers` when the
 * page can replace the roster on screen with its row-numbered copy.
 */
export function activeRosterOf(
	roster: Roster,
	fingerprint = rosterFingerprint(roster),
	withRowNumbers?: () => Promise<ActiveRoster | null>
): ActiveRoster {
	let nipIds: number | undefined;
	return {
		fingerprint,
		people: roster.people.length,
		units: roster.units.length,
		csv: () => writeRosterCsv(roster),
		unitList: () => roster.units,
		nipIds: () => (nipIds ??= nipLikePositions(roster).length),
		...(withRowNumbers && { withRowNumbers })
	};
}
