/**
 * Person ids that look like a civil servant's NIP (18 digits) or a citizen's NIK (16 digits):
 * personal numbers that identify someone outside the agency. The planner's import warns about
 * them (`id_looks_like_nip`); the server refuses to store a roster with them, and the planner
 * offers to number the people instead (`withRowNumberIds`) before storing one.
 * Pure TypeScript (no Node APIs, no DOM).
 */
import type { Roster } from '../engine/roster';

/** 16-digit NIK or 18-digit NIP. */
export const NIP_LIKE = /^(?:\d{16}|\d{18})$/;

export function looksLikeNip(id: string): boolean {
	return NIP_LIKE.test(id);
}

/** The 0-based positions of the people whose id looks like a NIP or NIK. */
export function nipLikePositions(roster: Pick<Roster, 'people'>): number[] {
	const found: number[] = [];
	roster.people.forEach((person, k) => {
		if (looksLikeNip(person.id)) found.push(k);
	});
	return found;
}

/**
 * The roster with every person's id replaced by their row number (1, 2, 3, … in the roster's
 * order): unique, anonymous, and still pointing at the same row of the planner's own file.
 * Every id is replaced, not only the NIP-like ones, so none can collide with a number.
 */
export function withRowNumberIds(roster: Roster): Roster {
	return {
		...roster,
		people: roster.people.map((person, k) => ({ ...person, id: String(k + 1) }))
	};
}
