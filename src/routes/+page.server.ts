import { runScenario } from '$lib/scenario/runScenario';
import { defaultScenario } from '$lib/scenario/scenario';
import { PLANNER_DRAWS } from '$lib/state/planner.svelte';
import type { PageServerLoad } from './$types';

/**
 * The first view: the default scenario, projected on the server so the page
 * shows numbers before any script runs. Later runs happen in the browser.
 */
export const load: PageServerLoad = () => ({
	run: runScenario(defaultScenario(), { draws: PLANNER_DRAWS })
});
