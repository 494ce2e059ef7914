/**
 * The planner's working scenario, kept per browser tab (sessionStorage) so that moving within
 * the app never loses it: the planner writes its share link here on every change, and a later
 * visit to the bare planner address (`/`, no scenario in it) opens that link again.
 *
 * Precedence: an address that names a scenario (share params, `?id=`, `draws`, `rev`) always
 * opens what it names; only a bare address (at most `?lang=`) restores. The draft is a share
 * link, so a restored one is opened exactly like a link: tied to its saved scenario (`id`,
 * `rev`) when it had one, and marked unsaved where it differs from it.
 *
 * Storage is never trusted: a value that is not a valid share link is dropped, and a browser
 * without storage (private mode, blocked) simply keeps nothing.
 */
import { scenarioFromSearchParams } from '../scenario/urlCodec';

const DRAFT_KEY = 'ipasn.planner.draft.v1';
/** Params that do not name a scenario: an address with only these is "bare". */
const NEUTRAL_PARAMS = new Set(['lang']);

/** Remembers the planner's share link for this tab; an empty one (the status quo) forgets it. */
export function saveDraft(query: string): void {
	try {
		if (query) sessionStorage.setItem(DRAFT_KEY, query);
		else sessionStorage.removeItem(DRAFT_KEY);
	} catch {
		// No storage: nothing is kept, nothing breaks.
	}
}

/** The stored share link, when it is one that opens; null otherwise (a bad one is dropped). */
export function readDraft(): string | null {
	let query: string | null;
	try {
		query = sessionStorage.getItem(DRAFT_KEY);
	} catch {
		return null;
	}
	if (!query) return null;
	if (!scenarioFromSearchParams(new URLSearchParams(query)).ok) {
		saveDraft('');
		return null;
	}
	return query;
}

/** The address names no scenario: nothing but neutral params like `lang`. */
export function isBareAddress(params: URLSearchParams): boolean {
	for (const key of params.keys()) if (!NEUTRAL_PARAMS.has(key)) return false;
	return true;
}

/**
 * The query to open instead of `params` (the draft, with the address's neutral params kept),
 * or null when the address names a scenario or there is no draft.
 */
export function restoredQuery(params: URLSearchParams): string | null {
	if (!isBareAddress(params)) return null;
	const draft = readDraft();
	if (!draft) return null;
	const query = new URLSearchParams(draft);
	for (const [key, value] of params) if (!query.has(key)) query.set(key, value);
	return query.toString();
}

/** The query of the last restore, until the page takes it (to say "restored"). */
let lastRestored: string | null = null;

/** Notes that the planner is being opened at `query` because of a restore. */
export function markRestored(query: string): void {
	lastRestored = query;
}

/** True once, when the planner was just opened at `query` by a restore. */
export function takeRestored(query: string): boolean {
	const hit = lastRestored !== null && new URLSearchParams(lastRestored).toString() === query;
	lastRestored = null;
	return hit;
}
