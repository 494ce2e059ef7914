import { redirect } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { markRestored, restoredQuery, takeRestored } from '$lib/state/plannerDraft';
import type { PageLoad } from './$types';

/**
 * The bare planner address (the header's "Perencana", a "back to the planner" link) reopens the
 * working scenario this tab left the planner with (see `plannerDraft.ts`); an address that names
 * a scenario opens that. The draft lives in the browser, so this runs there only.
 *
 * `restored` tells the page (and the scenario bar) that what opened is this tab's own unsaved
 * work, not someone's share link: it says so, and it stays marked unsaved.
 */
export const load: PageLoad = ({ url, data }) => {
	if (!browser) return { ...data, restored: false };
	const query = restoredQuery(url.searchParams);
	if (query) {
		markRestored(query);
		redirect(307, `${resolve('/')}?${query}`);
	}
	return { ...data, restored: takeRestored(url.searchParams.toString()) };
};
