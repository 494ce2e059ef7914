import type { SavedScenario } from '$lib/scenario/savedScenario';
import { MODEL_VERSION, defaultScenario, type Scenario } from '$lib/scenario/scenario';
import {
	INPUT_PREFIX,
	badFormula,
	hasScenarioParams,
	scenarioFromSearchParams
} from '$lib/scenario/urlCodec';
import { orBusyPage } from '$lib/server/projection/busyPage';
import { takeRenderTurn } from '$lib/server/projection/renderTurn';
import { formulaProblemsOnPool, plannerRunOnPool } from '$lib/server/projection/serverProjections';
import { getScenarioRepository } from '$lib/server/store';
import { PLANNER_DRAWS } from '$lib/state/planner.svelte';
import type { PlannerNotice } from '$lib/ui/scenarios/plannerNotices';
import type { PageServerLoad } from './$types';

/**
 * The first view: the scenario the address names — a share link's inputs, or
 * the saved scenario of `?id=` — projected on the server (200 draws at most) so
 * the page shows its numbers before any script runs. A link that cannot be
 * opened falls back to the default scenario and says why.
 *
 * `?id=X` alone opens saved scenario X as stored. `?id=X` with share params (the
 * address bar of a saved scenario being edited) shows the link's inputs, tied
 * to X: what differs from X is marked unsaved, and a save names the version the
 * link started from (`rev`), so one saved by someone since is never overwritten.
 *
 * Projections run on the server's worker pool and are kept: the bare planner's (the default
 * scenario) once a day per process, so a visit costs no projection; a full pool answers 503.
 */
export const load: PageServerLoad = async (event) => {
	const { url } = event;
	const params = url.searchParams;
	const notices: PlannerNotice[] = [];
	let scenario: Scenario = defaultScenario();
	let draws = PLANNER_DRAWS;
	let saved: SavedScenario | null = null;

	const link = scenarioFromSearchParams(params);
	if (!link.ok) {
		notices.push({ code: 'linkProblem', problem: link.problem });
	} else {
		const isShareLink = hasScenarioParams(params);
		if (isShareLink) {
			scenario = {
				...scenario,
				seed: link.scenario.seed,
				inputs: link.scenario.inputs,
				...(link.scenario.agency && { agency: link.scenario.agency })
			};
			notices.push(...link.noticeDetails);
		}
		draws = link.draws ?? PLANNER_DRAWS;
		if (link.id !== undefined) {
			try {
				saved = await getScenarioRepository().get(link.id);
				if (!saved)
					notices.push({ code: 'savedMissing', showing: isShareLink ? 'link' : 'default' });
			} catch (error) {
				console.error(error);
				notices.push({ code: 'storeUnavailable', showing: isShareLink ? 'link' : 'default' });
			}
			if (saved && isShareLink && link.version !== undefined && link.version < saved.version) {
				// Saved again since the link was made: a save from here names the link's version,
				// so it meets a conflict (and the planner chooses) instead of overwriting unseen.
				notices.push({
					code: 'savedChanged',
					name: saved.name,
					linkVersion: link.version,
					currentVersion: saved.version,
					time: saved.updatedAt
				});
				saved = { ...saved, version: link.version };
			}
			if (saved && !isShareLink) {
				scenario = {
					...scenario,
					seed: saved.seed,
					inputs: saved.inputs,
					...(saved.agency && { agency: saved.agency })
				};
				if (saved.modelVersion !== MODEL_VERSION) {
					notices.push({
						code: 'savedModelVersion',
						savedVersion: saved.modelVersion,
						currentVersion: MODEL_VERSION
					});
				}
			}
		}
	}

	// A response-curve formula is compiled before the run: one that cannot be used is reported
	// like any bad link param, and the default scenario shown instead.
	const [formula] = await orBusyPage(event, () => formulaProblemsOnPool(scenario.inputs));
	if (formula) {
		const got = String(scenario.inputs[formula.id]);
		notices.push({
			code: 'linkProblem',
			problem: badFormula(`${INPUT_PREFIX}${formula.id}`, got, formula.message)
		});
		scenario = defaultScenario();
	}

	// More draws than the planner's usual are run in the browser, not on the server.
	const serverDraws = Math.min(draws, PLANNER_DRAWS);
	const isHome = JSON.stringify(scenario) === JSON.stringify(defaultScenario());
	const run = await orBusyPage(event, () =>
		plannerRunOnPool(scenario, serverDraws, { home: isHome && serverDraws === PLANNER_DRAWS })
	);
	// Heavy pages render one at a time, so other requests wait for at most one render.
	await takeRenderTurn();
	return {
		run,
		inputs: scenario.inputs,
		seed: scenario.seed,
		agency: scenario.agency,
		draws,
		saved,
		notices
	};
};
