import { translate } from '$lib/i18n/messages';
import { orBusyPage } from '$lib/server/projection/busyPage';
import { takeRenderTurn } from '$lib/server/projection/renderTurn';
import { projectAllOnPool, storedRosters } from '$lib/server/projection/serverProjections';
import { getScenarioRepository } from '$lib/server/store';
import { chooseScenarios, MAX_COMPARED, parseIds } from '$lib/ui/compare/chooseScenarios';
import { commonPeriod } from '$lib/ui/compare/projectScenarios';
import { statusQuoScenarios } from '$lib/ui/meeting/statusQuo';
import type { PageServerLoad } from './$types';

/**
 * Every chosen scenario and its status quo projected up front on the server's worker pool (same
 * seed, 200 draws), so stepping through the slides never waits; costs are summed over one
 * period for all. `?at=2` opens on the second slide (the first is the summary); the page clamps
 * it to the slides there are. A full pool answers 503 (`orBusyPage`).
 */
export const load: PageServerLoad = async (event) => {
	const { url, locals } = event;
	const repository = getScenarioRepository();
	const parsed = parseIds(url.searchParams);
	const chosen = await chooseScenarios(parsed, (id) => repository.get(id));
	const rosters = storedRosters(repository);
	// One period for every slide's costs, as on /compare: a later target year must not mean
	// more years summed.
	const period = commonPeriod(chosen.scenarios) ?? undefined;
	const statusQuo = translate(locals.lang, 'meeting.statusQuo');
	const [{ projected, failed }, statusQuos] = await orBusyPage(event, () =>
		Promise.all([
			projectAllOnPool(
				chosen.scenarios,
				translate(locals.lang, 'compare.untitled'),
				rosters,
				period
			),
			// A status quo that cannot be projected belongs to a scenario that failed too (reported).
			projectAllOnPool(
				statusQuoScenarios(chosen.scenarios, statusQuo),
				statusQuo,
				rosters,
				period
			).then((r) => r.projected)
		])
	);
	const at = Number.parseInt(url.searchParams.get('at') ?? '1', 10);
	// Heavy pages render one at a time, so other requests wait for at most one render.
	await takeRenderTurn();
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
