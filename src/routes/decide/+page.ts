import { prepareFormulas } from '$lib/scenario/technicalResponse';
import type { PageLoad } from './$types';

/**
 * The optimiser and the rotation schedule resolve the scenario on the page itself (in the
 * browser, not in a worker): a scenario with its own response curve needs the formula compiler
 * (mathjs, loaded on demand) before the page renders.
 */
export const load: PageLoad = async ({ data }) => {
	if (data.scenario) await prepareFormulas(data.scenario.inputs);
	return data;
};
