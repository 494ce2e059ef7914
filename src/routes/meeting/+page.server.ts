import { translate } from '$lib/i18n/messages';
import { rosterLookup } from '$lib/server/rosters';
import { getScenarioRepository } from '$lib/server/store';
import { chooseScenarios, MAX_COMPARED, parseIds } from '$lib/ui/compare/chooseScenarios';
import { commonPeriod, projectAll } from '$lib/ui/compare/projectScenarios';
import { statusQuoScenarios } from '$lib/ui/meeting/statusQuo';
import type { PageServerLoad } from './$types';

/**
 * Every chosen scenario and its status quo projected up front (same seed, 200 draws), so
 * stepping through the slides never waits; costs are summed over one period for all. `?at=2` opens on the second slide (the first is
 * the summary); the page clamps it to the slides there are.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const repository = getScenarioRepository();
	const parsed = parseIds(url.searchParams);
	const chosen = await chooseScenarios(parsed, (id) => repository.get(id));
	const findRoster = rosterLookup(repository);
	// One period for every slide's costs, as on /compare: a later target year must not mean
	// more years summed.
	const period = commonPeriod(chosen.scenarios) ?? undefined;
	const { projected, failed } = await projectAll(
		chosen.scenarios,
		translate(locals.lang, 'compare.untitled'),
		findRoster,
		period
	);
	// A status quo that cannot be projected belongs to a scenario that failed too (reported).
	const statusQuos = (
		await projectAll(
			statusQuoScenarios(chosen.scenarios, translate(locals.lang, 'meeting.statusQuo')),
			translate(locals.lang, 'meeting.statusQuo'),
			findRoster,
			period
		)
	).projected;
	const at = Number.parseInt(url.searchParams.get('at') ?? '1', 10);
	return {
		scenarios: projected,
		statusQuos,
		unknown: chosen.unknown,
		unreadable: chosen.unreadable,
		leftOut: chosen.leftOut,
		failed,
		max: MAX_COMPARED,
		start: Number.isFinite(at) ? Math.max(at, 1) - 1 : 0
	};
};
