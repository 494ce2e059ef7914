import { translate } from '$lib/i18n/messages';
import type { SavedScenario } from '$lib/scenario/savedScenario';
import { rosterLookup } from '$lib/server/rosters';
import { getScenarioRepository } from '$lib/server/store';
import {
	chooseScenarios,
	MAX_COMPARED,
	parseIds,
	pickerItem
} from '$lib/ui/compare/chooseScenarios';
import { projectAll } from '$lib/ui/compare/projectScenarios';
import type { PageServerLoad } from './$types';

/** The picker lists at most this many saved scenarios, newest first. */
const PICKER_LIMIT = 500;

/**
 * The chosen saved scenarios, each projected with its baseline on the server (same seed,
 * 200 draws) so the page arrives complete; and the saved list for the picker.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const repository = getScenarioRepository();
	const parsed = parseIds(url.searchParams);
	const chosen = chooseScenarios(parsed, (id) => repository.get(id));
	const { projected, failed } = await projectAll(
		chosen.scenarios,
		translate(locals.lang, 'compare.untitled'),
		rosterLookup(repository)
	);
	let saved: SavedScenario[] = [];
	let listFailed = false;
	try {
		saved = repository.list();
	} catch (error) {
		// The comparison can still be shown; the picker says the list is unavailable.
		console.error(error);
		listFailed = true;
	}
	return {
		ids: parsed.ids,
		scenarios: projected,
		unknown: chosen.unknown,
		unreadable: chosen.unreadable,
		leftOut: chosen.leftOut,
		failed,
		max: MAX_COMPARED,
		saved: saved.slice(0, PICKER_LIMIT).map(pickerItem),
		truncated: saved.length > PICKER_LIMIT,
		listFailed
	};
};
