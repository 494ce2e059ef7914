/**
 * Which saved scenarios a compare or meeting page shows: the ids of `?ids=a,b`
 * (also `?ids=a&ids=b`, as a plain HTML form sends them), looked up, with what
 * could not be shown said plainly rather than dropped.
 */
import type { SavedScenario } from '../../scenario/savedScenario';

/** Leadership compares at most this many scenarios (and the baseline) at once. */
export const MAX_COMPARED = 4;

/** Ids longer than this, or more ids than this, are not looked up. */
const MAX_ID_LENGTH = 64;
const MAX_IDS = 20;

export interface ParsedIds {
	/** Distinct ids in the order given. */
	ids: string[];
	/** Values that cannot be ids (too long); reported as unknown. */
	invalid: string[];
}

/** Reads `ids` from the query: comma-separated, repeated, or both; blanks and repeats dropped. */
export function parseIds(params: URLSearchParams): ParsedIds {
	const values = params
		.getAll('ids')
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter((v) => v.length > 0);
	const ids: string[] = [];
	const invalid: string[] = [];
	for (const value of values) {
		if (value.length > MAX_ID_LENGTH) invalid.push(`${value.slice(0, MAX_ID_LENGTH)}…`);
		else if (!ids.includes(value) && ids.length < MAX_IDS) ids.push(value);
	}
	return { ids, invalid };
}

export interface Chosen {
	/** Found, in the order asked, at most MAX_COMPARED. */
	scenarios: SavedScenario[];
	/** Ids that name no saved scenario (deleted, mistyped, or from another server). */
	unknown: string[];
	/** Found but beyond MAX_COMPARED, so not shown. */
	leftOut: Array<{ id: string; name: string }>;
	/** Ids whose stored scenario could not be read (the store said why, in the server log). */
	unreadable: string[];
}

/** Looks the ids up with `get` (the repository's) and splits them into shown, unknown and left out. */
export async function chooseScenarios(
	parsed: ParsedIds,
	get: (id: string) => Promise<SavedScenario | null>
): Promise<Chosen> {
	const found: SavedScenario[] = [];
	const unknown = [...parsed.invalid];
	const unreadable: string[] = [];
	for (const id of parsed.ids) {
		let scenario: SavedScenario | null;
		try {
			scenario = await get(id);
		} catch (error) {
			// A row that no longer matches the schema: say so for this one, show the others.
			console.error(error);
			unreadable.push(id);
			continue;
		}
		if (scenario) found.push(scenario);
		else unknown.push(id);
	}
	return {
		scenarios: found.slice(0, MAX_COMPARED),
		unknown,
		leftOut: found.slice(MAX_COMPARED).map((s) => ({ id: s.id, name: s.name })),
		unreadable
	};
}

/** The query string of a compare or meeting page for these ids. */
export function idsQuery(ids: readonly string[]): string {
	return `ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** A saved scenario as the picker lists it. */
export interface PickerItem {
	id: string;
	name: string;
	author: string;
	updatedAt: string;
}

/** The picker's entry for a saved scenario (only what it shows travels to the browser). */
export function pickerItem(s: SavedScenario): PickerItem {
	return { id: s.id, name: s.name, author: s.author, updatedAt: s.updatedAt };
}

/** The same query with `at` (the meeting's 1-based position) set. */
export function withPosition(params: URLSearchParams, at: number): string {
	const copy = new URLSearchParams(params);
	copy.set('at', String(at));
	return copy.toString();
}
