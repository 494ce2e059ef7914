/** Messages between the page and the engine worker. */
import type { Roster } from '../engine/roster';
import type { ScenarioRun } from '../scenario/runScenario';
import type { Scenario } from '../scenario/scenario';

export interface RunRequest {
	type: 'run';
	id: number;
	scenario: Scenario;
	draws: number;
	/** A roster other than the default one, with a key that identifies it. */
	roster?: { key: string; roster: Roster };
}

export type EngineResponse =
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'result'; id: number; run: ScenarioRun; ms: number }
	| { type: 'error'; id: number; message: string };
