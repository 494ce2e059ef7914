import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/messages';
import { rosterLookup } from '$lib/server/rosters';
import { getScenarioRepository } from '$lib/server/store';
import { projectScenario } from '$lib/ui/compare/projectScenarios';
import { agencyToday } from '$lib/ui/compare/reportData';
import type { PageServerLoad } from './$types';

/** The brief of a saved scenario, projected on the server (same seed as its baseline, 200 draws). */
export const load: PageServerLoad = async ({ params, locals }) => {
	const repository = getScenarioRepository();
	const saved = await repository.get(params.id);
	if (!saved) error(404, translate(locals.lang, 'compare.report.notFound', { id: params.id }));
	return {
		scenario: await projectScenario(
			saved,
			translate(locals.lang, 'compare.untitled'),
			rosterLookup(repository)
		),
		origin: 'saved' as const,
		savedId: saved.id,
		linkNotices: [],
		date: agencyToday()
	};
};
