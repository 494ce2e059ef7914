/**
 * The scenario a page works on when the planner links to it with its share query (`/agency`,
 * `/data`): the scenario, the saved scenario's id and version the link names (kept for the way
 * back to the planner) and its name, looked up for the page's heading only. No params: the
 * status quo of the default agency.
 */
import type { Scenario } from '../scenario/scenario';
import { scenarioFromSearchParams, type LinkProblem } from '../scenario/urlCodec';
import { getScenarioRepository } from './store';

export interface LinkedScenario {
	scenario: Scenario | null;
	problem: LinkProblem | null;
	id: string | null;
	version: number | null;
	/** The saved scenario's name; null for an unsaved one, or when the store cannot say. */
	name: string | null;
}

export async function linkedScenario(url: URL): Promise<LinkedScenario> {
	const link = scenarioFromSearchParams(url.searchParams);
	if (!link.ok)
		return { scenario: null, problem: link.problem, id: null, version: null, name: null };
	let name: string | null = null;
	if (link.id !== undefined) {
		try {
			name = (await getScenarioRepository().get(link.id))?.name ?? null;
		} catch (error) {
			// The heading then says "unsaved"; the page itself does not need the store.
			console.error(error);
		}
	}
	return {
		scenario: link.scenario,
		problem: null,
		id: link.id ?? null,
		version: link.version ?? null,
		name
	};
}
