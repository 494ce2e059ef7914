/**
 * The decision worker's goal seek (`src/lib/workers/decide.worker.ts`), apart from the worker
 * so it can be tested: the request's scenario, on the request's roster (the illustrative one
 * when none is given), answered without its projection.
 */
import { goalSeek } from '../../../scenario/goalSeek';
import { numberInput } from '../../../scenario/scenario';
import { goalRunEstimate, type GoalAnswer, type GoalRequest } from './protocol';

export function goalAnswer(
	request: Omit<GoalRequest, 'type' | 'id'>,
	onProgress?: (done: number, total: number) => void
): GoalAnswer {
	const first = numberInput(request.scenario.inputs, 'firstPlanningYear');
	const estimate = goalRunEstimate(request.year - first + 1);
	const result = goalSeek(request.scenario, {
		target: request.target,
		year: request.year,
		probability: request.probability,
		draws: request.draws,
		roster: request.roster,
		rosterKey: request.roster ? request.rosterKey : undefined,
		// The estimate can fall short: never report more than done.
		onProgress: (runs) => onProgress?.(runs, Math.max(estimate, runs + 1))
	});
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { projection, ...answer } = result;
	return answer;
}
