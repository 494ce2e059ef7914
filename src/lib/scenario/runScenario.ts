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

export interface RunOptions extends ResolveOptions, ProjectOptions {
	/**
	 * Baselines already projected, by key: moving a lever does not change the
	 * baseline, so an interactive caller keeps this map between runs.
	 */
	baselineCache?: Map<string, ProjectionResult>;
	/** Identifies the roster in the cache key when it is not the default one. */
	rosterKey?: string;
}

const MAX_CACHED_BASELINES = 8;

export function runScenario(scenario: Scenario, options: RunOptions = {}): ScenarioRun {
	const inputs = resolveScenario(scenario, options);
	const result = project(inputs, { onProgress: options.onProgress });
	const baselineScenario = baselineOf(scenario);
	const key = JSON.stringify([
		baselineScenario,
		options.draws ?? 0,
		options.rosterKey ?? 'default'
	]);
	const cache = options.baselineCache;
	let baseline = cache?.get(key);
	if (!baseline) {
		baseline = project(resolveScenario(baselineScenario, { ...options, roster: inputs.roster }));
		if (cache) {
			if (cache.size >= MAX_CACHED_BASELINES) cache.delete(cache.keys().next().value!);
			cache.set(key, baseline);
		}
	}
	return { result, baseline, comparison: compareWithBaseline(result, baseline) };
}
