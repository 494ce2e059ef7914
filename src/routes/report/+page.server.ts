import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/messages';
import { hasScenarioParams, scenarioFromSearchParams } from '$lib/scenario/urlCodec';
import { orBusyPage } from '$lib/server/projection/busyPage';
import { takeRenderTurn } from '$lib/server/projection/renderTurn';
import { formulaProblemsOnPool, projectOnPool } from '$lib/server/projection/serverProjections';
import { agencyToday } from '$lib/ui/compare/reportData';
import type { PageServerLoad } from './$types';

/**
 * The brief of an unsaved scenario, read from share-link params (`/report?i.trainingBudgetShare=1.5`).
 * A link that cannot be read is refused with the codec's reason, which names the param to fix.
 * No params at all: the status quo. Projected on the server's worker pool; a full pool answers
 * 503 (`orBusyPage`).
 */
export const load: PageServerLoad = async (event) => {
	const { url, locals } = event;
	const link = scenarioFromSearchParams(url.searchParams);
	if (!link.ok) {
		error(400, translate(locals.lang, 'compare.report.badLink', { reason: link.reason }));
	}
	const [formula] = await orBusyPage(event, () => formulaProblemsOnPool(link.scenario.inputs));
	if (formula) {
		const reason = `i.${formula.id}: ${locals.lang === 'en' ? formula.message.en : formula.message.id}`;
		error(400, translate(locals.lang, 'compare.report.badLink', { reason }));
	}
	// `?id=X` alone names a saved scenario as stored: its own brief.
	if (link.id !== undefined && !hasScenarioParams(url.searchParams)) {
		redirect(307, `/report/${encodeURIComponent(link.id)}`);
	}
	const scenario = await orBusyPage(event, () => projectOnPool({ ...link.scenario, id: null }, ''));
	// Heavy pages render one at a time, so other requests wait for at most one render.
	await takeRenderTurn();
	return {
		scenario,
		/** Names the brief in the page's language: an unsaved link, or no params (status quo). */
		origin: hasScenarioParams(url.searchParams) ? ('link' as const) : ('statusQuo' as const),
		/** The link names a saved scenario; its inputs may have been changed since. */
		savedId: link.id ?? null,
		linkNotices: link.noticeDetails,
		date: agencyToday()
	};
};
