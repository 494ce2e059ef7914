import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/messages';
import { orBusyPage } from '$lib/server/projection/busyPage';
import { takeRenderTurn } from '$lib/server/projection/renderTurn';
import { projectOnPool, storedRosters } from '$lib/server/projection/serverProjections';
import { getScenarioRepository } from '$lib/server/store';
import { agencyToday } from '$lib/ui/compare/reportData';
import type { PageServerLoad } from './$types';

/**
 * The brief of a saved scenario, projected on the server's worker pool (same seed as its
 * baseline, 200 draws); a full pool answers 503 (`orBusyPage`).
 */
export const load: PageServerLoad = async (event) => {
	const { params, locals } = event;
	const repository = getScenarioRepository();
	const saved = await repository.get(params.id);
	if (!saved) error(404, translate(locals.lang, 'compare.report.notFound', { id: params.id }));
	const scenario = await orBusyPage(event, () =>
		projectOnPool(saved, translate(locals.lang, 'compare.untitled'), storedRosters(repository))
	);
	// Heavy pages render one at a time, so other requests wait for at most one render.
	await takeRenderTurn();
	return {
		scenario,
		origin: 'saved' as const,
		savedId: saved.id,
		linkNotices: [],
		date: agencyToday()
	};
};
