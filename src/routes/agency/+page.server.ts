import { linkedScenario } from '$lib/server/linkedScenario';
import type { PageServerLoad } from './$types';

/**
 * The agency of the scenario in the share-link params (the planner links here with its own
 * query). The form's result goes back to the planner as a link, keeping the saved scenario's
 * id and version, so saving stays the planner's.
 */
export const load: PageServerLoad = ({ url }) => linkedScenario(url);
