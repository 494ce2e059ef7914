/// <reference lib="webworker" />
/**
 * Goal seek and sensitivity for the decision page, off the main thread: both run dozens of
 * Monte Carlo projections. Posts progress at most every 50 ms and the answer without its
 * projections (see `src/lib/ui/decide/goal/protocol.ts`).
 */
import { goalSeek } from '../scenario/goalSeek';
import { numberInput } from '../scenario/scenario';
import { sensitivity } from '../scenario/sensitivity';
import { prepareFormulas } from '../scenario/technicalResponse';
import {
	goalRunEstimate,
	type DecideRequest,
	type DecideResponse,
	type GoalAnswer,
	type GoalRequest
} from '../ui/decide/goal/protocol';

const PROGRESS_INTERVAL = 50;

const post = (message: DecideResponse) => self.postMessage(message);

function progress(id: number) {
	let last = 0;
	return (done: number, total: number) => {
		const now = performance.now();
		if (now - last < PROGRESS_INTERVAL && done < total) return;
		last = now;
		post({ type: 'progress', id, done, total });
	};
}

function goal(request: GoalRequest): GoalAnswer {
	const first = numberInput(request.scenario.inputs, 'firstPlanningYear');
	const estimate = goalRunEstimate(request.year - first + 1);
	const tick = progress(request.id);
	const result = goalSeek(request.scenario, {
		target: request.target,
		year: request.year,
		probability: request.probability,
		draws: request.draws,
		// The estimate can fall short: never report more than done.
		onProgress: (runs) => tick(runs, Math.max(estimate, runs + 1))
	});
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { projection, ...answer } = result;
	return answer;
}

self.onmessage = async (event: MessageEvent<DecideRequest>) => {
	const request = event.data;
	const started = performance.now();
	try {
		await prepareFormulas(request.scenario.inputs);
		if (request.type === 'goal') {
			const answer = goal(request);
			post({ type: 'goal', id: request.id, answer, ms: performance.now() - started });
		} else if (request.type === 'sensitivity') {
			const result = sensitivity(request.scenario, {
				year: request.year,
				draws: request.draws,
				roster: request.roster,
				part: request.part,
				levers: request.levers,
				onProgress: progress(request.id)
			});
			post({ type: 'sensitivity', id: request.id, result, ms: performance.now() - started });
		}
	} catch (error) {
		post({ type: 'error', id: request.id, message: (error as Error).message });
	}
};
