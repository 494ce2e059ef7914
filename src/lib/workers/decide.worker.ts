/// <reference lib="webworker" />
/**
 * Goal seek and sensitivity for the decision page, off the main thread: both run dozens of
 * Monte Carlo projections, on the request's roster (the planner's own, or the illustrative
 * one). Posts progress at most every 50 ms and the answer without its projections (see
 * `src/lib/ui/decide/goal/protocol.ts`).
 */
import { sensitivity } from '../scenario/sensitivity';
import { prepareFormulas } from '../scenario/technicalResponse';
import { goalAnswer } from '../ui/decide/goal/goalAnswer';
import type { DecideRequest, DecideResponse } from '../ui/decide/goal/protocol';

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

self.onmessage = async (event: MessageEvent<DecideRequest>) => {
	const request = event.data;
	const started = performance.now();
	try {
		await prepareFormulas(request.scenario.inputs);
		if (request.type === 'goal') {
			const answer = goalAnswer(request, progress(request.id));
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
