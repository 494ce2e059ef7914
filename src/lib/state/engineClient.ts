/**
 * Talks to the engine worker. The newest request wins: while a run is in
 * flight, later requests wait, and only the latest of them is sent when the
 * worker is free (the ones in between are skipped, never queued). A run that takes too long is abandoned (the worker is
 * restarted) when a newer request arrives, so the page always shows the
 * projection of what is on screen.
 */
import type { Roster } from '../engine/roster';
import type { ScenarioRun } from '../scenario/runScenario';
import type { Scenario } from '../scenario/scenario';
import type { EngineResponse, RunRequest } from '../workers/protocol';

export interface EngineCallbacks {
	onResult: (run: ScenarioRun, id: number, ms: number) => void;
	onProgress: (done: number, total: number, id: number) => void;
	onError: (message: string, id: number) => void;
}

/** A run in flight longer than this is abandoned for a newer request. */
const ABANDON_AFTER_MS = 400;

export class EngineClient {
	private worker: Worker | null = null;
	private inFlight: { id: number; started: number } | null = null;
	private pending: RunRequest | null = null;
	private nextId = 1;
	private lastDelivered = 0;

	constructor(
		private readonly createWorker: () => Worker,
		private readonly callbacks: EngineCallbacks
	) {}

	/** Asks for a projection; returns the request's id. */
	request(scenario: Scenario, draws: number, roster?: { key: string; roster: Roster }): number {
		const request: RunRequest = {
			type: 'run',
			id: this.nextId++,
			// A plain copy: Svelte state proxies cannot be cloned into a worker.
			scenario: JSON.parse(JSON.stringify(scenario)),
			draws,
			roster
		};
		if (this.inFlight && performance.now() - this.inFlight.started > ABANDON_AFTER_MS) {
			this.restart();
		}
		if (this.inFlight) this.pending = request;
		else this.send(request);
		return request.id;
	}

	dispose(): void {
		this.worker?.terminate();
		this.worker = null;
		this.inFlight = null;
		this.pending = null;
	}

	private restart(): void {
		this.worker?.terminate();
		this.worker = null;
		this.inFlight = null;
	}

	private ensureWorker(): Worker {
		if (this.worker) return this.worker;
		const worker = this.createWorker();
		worker.onmessage = (event: MessageEvent<EngineResponse>) => this.receive(event.data);
		worker.onerror = (event) => {
			const id = this.inFlight?.id ?? 0;
			this.inFlight = null;
			this.callbacks.onError(event.message || 'The engine stopped unexpectedly.', id);
			this.flush();
		};
		this.worker = worker;
		return worker;
	}

	private send(request: RunRequest): void {
		this.inFlight = { id: request.id, started: performance.now() };
		this.ensureWorker().postMessage(request);
	}

	private receive(message: EngineResponse): void {
		if (message.type === 'progress') {
			this.callbacks.onProgress(message.done, message.total, message.id);
			return;
		}
		if (this.inFlight?.id === message.id) this.inFlight = null;
		// Shown even when a newer request waits: while a slider moves, the page keeps
		// following it instead of freezing until the hand stops. Never shown out of order.
		if (message.id > this.lastDelivered) {
			this.lastDelivered = message.id;
			if (message.type === 'result') this.callbacks.onResult(message.run, message.id, message.ms);
			else this.callbacks.onError(message.message, message.id);
		}
		this.flush();
	}

	private flush(): void {
		if (this.inFlight || !this.pending) return;
		const next = this.pending;
		this.pending = null;
		this.send(next);
	}
}
