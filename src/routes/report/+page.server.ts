import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/messages';
import { formulaInputProblems } from '$lib/scenario/technicalResponse';
import { hasScenarioParams, scenarioFromSearchParams } from '$lib/scenario/urlCodec';
import { projectScenario } from '$lib/ui/compare/projectScenarios';
import { agencyToday } from '$lib/ui/compare/reportData';
import type { PageServerLoad } from './$types';

/**
 * The brief of an unsaved scenario, read from share-link params (`/report?i.trainingBudgetShare=1.5`).
 * A link that cannot be read is refused with the codec's reason, which names the param to fix.
 * No params at all: the status quo.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const link = scenarioFromSearchParams(url.searchParams);
	if (!link.ok) {
		error(400, translate(locals.lang, 'compare.report.badLink', { reason: link.reason }));
	}
	const [formula] = await formulaInputProblems(link.scenario.inputs);
	if (formula) {
		const reason = `i.${formula.id}: ${locals.lang === 'en' ? formula.message.en : formula.message.id}`;
		error(400, translate(locals.lang, 'compare.report.badLink', { reason }));
	}
	// `?id=X` alone names a saved scenario as stored: its own brief.
	if (link.id !== undefined && !hasScenarioParams(url.searchParams)) {
		redirect(307, `/report/${encodeURIComponent(link.id)}`);
	}
	return {
		scenario: await projectScenario({ ...link.scenario, id: null }, ''),
		/** Names the brief in the page's language: an unsaved link, or no params (status quo). */
		origin: hasScenarioParams(url.searchParams) ? ('link' as const) : ('statusQuo' as const),
		/** The link names a saved scenario; its inputs may have been changed since. */
		savedId: link.id ?? null,
		linkNotices: link.noticeDetails,
		date: agencyToday()
	};
};
