import { translate } from '$lib/i18n/messages';
import { rosterLookup } from '$lib/server/rosters';
import { getScenarioRepository } from '$lib/server/store';
import { chooseScenarios, MAX_COMPARED, parseIds } from '$lib/ui/compare/chooseScenarios';
import { projectAll } from '$lib/ui/compare/projectScenarios';
import type { PageServerLoad } from './$types';

/**
 * Every chosen scenario projected up front (same seed, 200 draws), so stepping through them in
 * the meeting never waits. `?at=2` opens on the second one.
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
	const at = Number.parseInt(url.searchParams.get('at') ?? '1', 10);
	return {
		scenarios: projected,
		unknown: chosen.unknown,
		unreadable: chosen.unreadable,
		leftOut: chosen.leftOut,
		failed,
		max: MAX_COMPARED,
		start: Number.isFinite(at) ? Math.min(Math.max(at, 1), Math.max(projected.length, 1)) - 1 : 0
	};
};
