/// <reference lib="webworker" />
/**
 * Runs the engine off the main thread, so dragging a slider never freezes the
 * page. Keeps the baselines it has projected: moving a lever does not change
 * the baseline, so only the scenario itself is projected again.
 */
import type { ProjectionResult } from '../engine/projection';
import { runScenario } from '../scenario/runScenario';
import { prepareFormulas } from '../scenario/technicalResponse';
import type { EngineResponse, RunRequest } from './protocol';

const baselineCache = new Map<string, ProjectionResult>();
/** Progress is posted at most this often, in milliseconds. */
const PROGRESS_INTERVAL = 50;

const post = (message: EngineResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<RunRequest>) => {
	const request = event.data;
	if (request.type !== 'run') return;
	const started = performance.now();
	let lastProgress = started;
	try {
		await prepareFormulas(request.scenario.inputs);
		const run = runScenario(request.scenario, {
			draws: request.draws,
			roster: request.roster?.roster,
			rosterKey: request.roster?.key,
			baselineCache,
			onProgress: (done, total) => {
				const now = performance.now();
				if (now - lastProgress < PROGRESS_INTERVAL && done < total) return;
				lastProgress = now;
				post({ type: 'progress', id: request.id, done, total });
			}
		});
		post({ type: 'result', id: request.id, run, ms: performance.now() - started });
	} catch (error) {
		post({ type: 'error', id: request.id, message: (error as Error).message });
	}
};
