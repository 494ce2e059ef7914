/**
 * Saved or shared scenarios projected for the compare, meeting and report pages: each with
 * its own baseline (same seed, same draws, same assumptions), turned into the view models the
 * pages draw. Runs on the server so the pages arrive complete; only view models travel to the
 * browser, never the engine's results.
 */
import {
	headlineNumbers,
	projectionView,
	type HeadlineNumbers,
	type ProjectionView
} from '../../charts/viewModels';
import { compareWithBaseline } from '../../engine/compare';
import type { ProjectionResult } from '../../engine/projection';
import { DEFAULT_RULEBOOK } from '../../engine/rulebooks';
import { baselineOf } from '../../scenario/resolve';
import { runScenario } from '../../scenario/runScenario';
import { prepareFormulas } from '../../scenario/technicalResponse';
import { MODEL_VERSION, type Inputs, type Scenario } from '../../scenario/scenario';
import { PLANNER_DRAWS } from '../../state/planner.svelte';

/** Draws behind the bands: the planner's count (200), so the numbers match the planner's. */
export const PAGE_DRAWS = PLANNER_DRAWS;

/** What a page needs to say about one scenario. */
export interface ProjectedScenario {
	/** The saved scenario's id; null for an unsaved one (a share link). */
	id: string | null;
	name: string;
	description: string;
	author: string;
	/** ISO timestamp of the last save; null for an unsaved one. */
	updatedAt: string | null;
	seed: number;
	/** The model version it was saved with (the projection always uses the current one). */
	modelVersion: string;
	/** Made with an imported roster the server does not hold: projected on the default one. */
	importedRoster: boolean;
	inputs: Inputs;
	view: ProjectionView;
	headline: HeadlineNumbers;
	/** The same numbers for this scenario's baseline. */
	baselineHeadline: HeadlineNumbers;
	/** Equal for two scenarios exactly when their baselines are the same projection. */
	baselineKey: string;
}

export interface ScenarioToProject extends Scenario {
	id?: string | null;
	name?: string;
	description?: string;
	author?: string;
	updatedAt?: string | null;
	rosterFingerprint?: string | null;
}

/** Baselines are shared by most scenarios (the status quo), so the server keeps a few. */
const baselineCache = new Map<string, ProjectionResult>();

/** A baseline's numbers: measured against itself, so it gains nothing and costs nothing extra. */
function baselineHeadlineOf(baseline: ProjectionResult): HeadlineNumbers {
	return headlineNumbers({
		result: baseline,
		baseline,
		comparison: compareWithBaseline(baseline, baseline)
	});
}

/**
 * Projects one scenario and its baseline with the scenario's seed and `PAGE_DRAWS` draws
 * (async only to load the formula compiler when the scenario has its own response curve).
 */
export async function projectScenario(
	scenario: ScenarioToProject,
	fallbackName: string
): Promise<ProjectedScenario> {
	// Only the scenario itself goes to the engine: never ids, names or timestamps.
	const plain: Scenario = {
		schemaVersion: scenario.schemaVersion,
		modelVersion: MODEL_VERSION,
		seed: scenario.seed,
		inputs: scenario.inputs
	};
	await prepareFormulas(plain.inputs);
	const run = runScenario(plain, { draws: PAGE_DRAWS, baselineCache });
	const baseline = baselineOf(plain);
	return {
		id: scenario.id ?? null,
		name: scenario.name?.trim() || fallbackName,
		description: scenario.description ?? '',
		author: scenario.author ?? '',
		updatedAt: scenario.updatedAt ?? null,
		seed: scenario.seed,
		modelVersion: scenario.modelVersion,
		importedRoster: Boolean(scenario.rosterFingerprint),
		inputs: scenario.inputs,
		view: projectionView(run, DEFAULT_RULEBOOK),
		headline: headlineNumbers(run),
		baselineHeadline: baselineHeadlineOf(run.baseline),
		baselineKey: JSON.stringify([baseline.seed, sortedEntries(baseline.inputs)])
	};
}

function sortedEntries(inputs: Inputs): Array<[string, Inputs[string]]> {
	return Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface ProjectionFailure {
	id: string | null;
	name: string;
	reason: string;
}

/**
 * Projects each scenario; one that cannot be projected (saved by an older model, say) is
 * reported with the engine's reason instead of failing the whole page.
 */
export async function projectAll(
	scenarios: readonly ScenarioToProject[],
	fallbackName: string
): Promise<{ projected: ProjectedScenario[]; failed: ProjectionFailure[] }> {
	const projected: ProjectedScenario[] = [];
	const failed: ProjectionFailure[] = [];
	for (const scenario of scenarios) {
		try {
			projected.push(await projectScenario(scenario, fallbackName));
		} catch (error) {
			failed.push({
				id: scenario.id ?? null,
				name: scenario.name ?? fallbackName,
				reason: error instanceof Error ? error.message : String(error)
			});
		}
	}
	return { projected, failed };
}
