/**
 * A decision-worker job as a panel shows it: whether it runs, its progress, its error and how
 * long the last answer took, as reactive state. Goal seek and sensitivity share it instead of
 * each keeping the same five variables around a `DecideJob`.
 */
import type { Scenario } from '../../../scenario/scenario';
import { AbandonedError, DecideJob, type Answer, type Omitted } from './decideClient';
import type { GoalRequest, SensitivityRequest } from './protocol';

/** What runs the requests: one worker (`DecideJob`) or several (`SplitSensitivityJob`). */
export interface DecideRunner<R extends GoalRequest | SensitivityRequest> {
	run(
		scenario: Scenario,
		request: Omitted<R>,
		onProgress?: (done: number, total: number) => void
	): Promise<Answer<R>>;
	dispose(): void;
}

export class DecideTask<R extends GoalRequest | SensitivityRequest> {
	running = $state(false);
	done = $state(0);
	total = $state(1);
	error = $state<string | null>(null);
	/** Milliseconds the last answer took, request to answer. */
	ms = $state(0);
	private readonly job: DecideRunner<R>;

	/** A worker factory (one worker), or a runner of its own. */
	constructor(runner: (() => Worker) | DecideRunner<R>) {
		this.job = typeof runner === 'function' ? new DecideJob<R>(runner) : runner;
	}

	/**
	 * The answer; null when the run failed (`error` says why) or was abandoned for a newer
	 * run, which then owns the state.
	 */
	async run(scenario: Scenario, request: Omitted<R>): Promise<Answer<R> | null> {
		this.running = true;
		this.error = null;
		this.done = 0;
		this.total = 1;
		const started = performance.now();
		try {
			const answer = await this.job.run(scenario, request, (done, total) => {
				this.done = done;
				this.total = total;
			});
			this.ms = performance.now() - started;
			this.running = false;
			return answer;
		} catch (e) {
			if (e instanceof AbandonedError) return null;
			this.error = (e as Error).message;
			this.running = false;
			return null;
		}
	}

	dispose(): void {
		this.job.dispose();
	}
}
