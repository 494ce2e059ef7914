/**
 * Sensitivity on several workers at once: each projects every `of`-th input (and the base),
 * and the answers are merged. A Monte Carlo sensitivity is dozens of independent projections,
 * so on a machine with several cores it finishes several times sooner than on one worker.
 * Same contract as `DecideJob`: a new `run` abandons the one in flight.
 */
import type { Scenario } from '../../../scenario/scenario';
import { mergeSensitivity, type SensitivityResult } from '../../../scenario/sensitivity';
import { DecideJob, type Omitted } from './decideClient';
import type { SensitivityRequest } from './protocol';

/** At most this many workers: beyond it the base projection each repeats outweighs the gain. */
const MAX_WORKERS = 4;

export function sensitivityWorkerCount(): number {
	const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 2;
	return Math.max(1, Math.min(MAX_WORKERS, cores));
}

export class SplitSensitivityJob {
	private readonly jobs: DecideJob<SensitivityRequest>[];

	constructor(createWorker: () => Worker, workers = sensitivityWorkerCount()) {
		this.jobs = Array.from({ length: workers }, () => new DecideJob(createWorker));
	}

	async run(
		scenario: Scenario,
		request: Omitted<SensitivityRequest>,
		onProgress?: (done: number, total: number) => void
	): Promise<SensitivityResult> {
		const of = this.jobs.length;
		const done = new Array<number>(of).fill(0);
		const total = new Array<number>(of).fill(1);
		const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
		const parts = await Promise.all(
			this.jobs.map((job, index) =>
				job.run(scenario, { ...request, part: { index, of } }, (d, t) => {
					done[index] = d;
					total[index] = t;
					onProgress?.(sum(done), sum(total));
				})
			)
		);
		return mergeSensitivity(parts as SensitivityResult[]);
	}

	dispose(): void {
		for (const job of this.jobs) job.dispose();
	}
}
