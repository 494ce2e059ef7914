import { badFormula, scenarioFromSearchParams, INPUT_PREFIX } from '$lib/scenario/urlCodec';
import { formulaInputProblems } from '$lib/scenario/technicalResponse';
import type { PageServerLoad } from './$types';

/**
 * Decision support for the scenario in the share-link params (the planner links here with
 * its own query); no params: the status quo. The answers are computed in the browser, so a
 * response-curve formula is compiled here first: one that cannot be used is reported, not run.
 */
export const load: PageServerLoad = async ({ url }) => {
	const link = scenarioFromSearchParams(url.searchParams);
	if (!link.ok) return { scenario: null, problem: link.problem };
	const [formula] = await formulaInputProblems(link.scenario.inputs);
	if (formula) {
		const param = `${INPUT_PREFIX}${formula.id}`;
		return {
			scenario: null,
			problem: badFormula(param, String(link.scenario.inputs[formula.id]), formula.message)
		};
	}
	return { scenario: link.scenario, problem: null };
};
