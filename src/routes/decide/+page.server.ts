import {
	badFormula,
	hasScenarioParams,
	scenarioFromSearchParams,
	INPUT_PREFIX
} from '$lib/scenario/urlCodec';
import type { Scenario } from '$lib/scenario/scenario';
import { formulaInputProblems } from '$lib/scenario/technicalResponse';
import { getScenarioRepository } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/**
 * Decision support for the scenario in the share-link params (the planner links here with
 * its own query); no params: the status quo. The answers are computed in the browser, so a
 * response-curve formula is compiled here first: one that cannot be used is reported, not run.
 *
 * The link's saved scenario (`id`, `rev`) names the page and is kept for the links back to
 * the planner; `?id=X` alone works on saved scenario X as stored, as the planner opens it.
 * The store is asked for the name only: when it cannot answer, the page says "unsaved".
 */
export const load: PageServerLoad = async ({ url }) => {
	const link = scenarioFromSearchParams(url.searchParams);
	if (!link.ok)
		return { scenario: null, problem: link.problem, id: null, version: null, name: null };
	let scenario: Scenario = link.scenario;
	let name: string | null = null;
	let version = link.version ?? null;
	if (link.id !== undefined) {
		try {
			const saved = await getScenarioRepository().get(link.id);
			name = saved?.name ?? null;
			if (saved && !hasScenarioParams(url.searchParams)) {
				scenario = {
					...scenario,
					seed: saved.seed,
					inputs: saved.inputs,
					...(saved.agency && { agency: saved.agency })
				};
				version = saved.version;
			}
		} catch (error) {
			console.error(error);
		}
	}
	const [formula] = await formulaInputProblems(scenario.inputs);
	if (formula) {
		const param = `${INPUT_PREFIX}${formula.id}`;
		// The page falls back to the status quo then: it is no saved scenario's.
		return {
			scenario: null,
			problem: badFormula(param, String(scenario.inputs[formula.id]), formula.message),
			id: null,
			version: null,
			name: null
		};
	}
	return { scenario, problem: null, id: link.id ?? null, version, name };
};
