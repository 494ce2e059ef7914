/**
 * Runs a scenario and its baseline with the same seed and draws, and measures
 * the scenario against it. Shared by the CLI, the server and the browser worker.
 */
import { compareWithBaseline, type BaselineComparison } from '../engine/compare';
import { project, type ProjectionResult, type ProjectOptions } from '../engine/projection';
import { baselineOf, resolveScenario, type ResolveOptions } from './resolve';
import type { Scenario } from './scenario';

export interface ScenarioRun {
	result: ProjectionResult;
	baseline: ProjectionResult;
	comparison: BaselineComparison[];
}

export function runScenario(
	scenario: Scenario,
	options: ResolveOptions = {},
	progress: ProjectOptions = {}
): ScenarioRun {
	const inputs = resolveScenario(scenario, options);
	const result = project(inputs, progress);
	const baseline = project(
		resolveScenario(baselineOf(scenario), { ...options, roster: inputs.roster })
	);
	return { result, baseline, comparison: compareWithBaseline(result, baseline) };
}
