import { scenarioFromSearchParams } from '$lib/scenario/urlCodec';
import type { PageServerLoad } from './$types';

/**
 * Decision support for the scenario in the share-link params (the planner links here with
 * its own query); no params: the status quo. The answers are computed in the browser.
 */
export const load: PageServerLoad = ({ url }) => {
	const link = scenarioFromSearchParams(url.searchParams);
	return link.ok
		? { scenario: link.scenario, problem: null }
		: { scenario: null, problem: link.reason };
};
