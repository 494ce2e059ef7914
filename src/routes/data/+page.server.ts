import { linkedScenario } from '$lib/server/linkedScenario';
import type { PageServerLoad } from './$types';

/**
 * The scenario the staff data are for, when the planner links here with its share query: its
 * agency names the units and heads the page. The roster itself stays in the browser.
 */
export const load: PageServerLoad = ({ url }) => linkedScenario(url);
