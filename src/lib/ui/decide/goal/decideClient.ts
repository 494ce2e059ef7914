/**
 * One job at a time on a worker of its own: `run` posts a request and resolves with its
 * answer; a new `run` while one is in flight abandons it (the worker is restarted, the old
 * promise rejects with `AbandonedError`), so the page shows the answer to what is on screen.
 */
import type { Scenario } from '../../../scenario/scenario';
import type { DecideResponse, GoalAnswer, GoalRequest, SensitivityRequest } from './protocol';
import type { SensitivityResult } from '../../../scenario/sensitivity';

export class AbandonedError extends Error {
	constructor() {
		super('abandoned for a newer request');
	}
}

export type Answer<R> = R extends GoalRequest ? GoalAnswer : SensitivityResult;
export type Omitted<R> = R extends GoalRequest
	? Omit<GoalRequest, 'id' | 'scenario'>
	: Omit<SensitivityRequest, 'id' | 'scenario'>;

export class DecideJob<R extends GoalRequest | SensitivityRequest> {
	private worker: Worker | null = null;
	private nextId = 1;
	private current: {
		id: number;
		resolve: (value: Answer<R>) => void;
		reject: (error: Error) => void;
		onProgress?: (done: number, total: number) => void;
	} | null = null;

	constructor(private readonly createWorker: () => Worker) {}

	get running(): boolean {
		return this.current !== null;
	}

	run(
		scenario: Scenario,
		request: Omitted<R>,
		onProgress?: (done: number, total: number) => void
	): Promise<Answer<R>> {
		if (this.current) {
			this.current.reject(new AbandonedError());
			this.current = null;
			this.worker?.terminate();
			this.worker = null;
		}
		const id = this.nextId++;
		return new Promise<Answer<R>>((resolve, reject) => {
			this.current = { id, resolve, reject, onProgress };
			this.ensureWorker().postMessage({
				...request,
				id,
				// A plain copy: Svelte state proxies cannot be cloned into a worker.
				scenario: JSON.parse(JSON.stringify(scenario))
			});
		});
	}

	dispose(): void {
		this.current?.reject(new AbandonedError());
		this.current = null;
		this.worker?.terminate();
		this.worker = null;
	}

	private ensureWorker(): Worker {
		if (this.worker) return this.worker;
		const worker = this.createWorker();
		worker.onmessage = (event: MessageEvent<DecideResponse>) => this.receive(event.data);
		worker.onerror = (event) => {
			const job = this.current;
			this.current = null;
			this.worker?.terminate();
			this.worker = null;
			job?.reject(new Error(event.message || 'The worker stopped unexpectedly.'));
		};
		this.worker = worker;
		return worker;
	}

	private receive(message: DecideResponse): void {
		const job = this.current;
		if (!job || job.id !== message.id) return;
		if (message.type === 'progress') {
			job.onProgress?.(message.done, message.total);
			return;
		}
		this.current = null;
		if (message.type === 'error') job.reject(new Error(message.message));
		else if (message.type === 'goal') job.resolve(message.answer as Answer<R>);
		else job.resolve(message.result as Answer<R>);
	}
}
