/** The rulebooks the app knows, newest last. Adding one is adding a file and a line here. */
import { perbanBkn8Of2019 } from './perban-bkn-8-2019';
import { perbanBkn8Of2019CumulativeJp } from './perban-bkn-8-2019-cumulative-jp';
import type { Rulebook } from './rulebook';

export const RULEBOOKS: readonly Rulebook[] = [perbanBkn8Of2019, perbanBkn8Of2019CumulativeJp];
export const DEFAULT_RULEBOOK = perbanBkn8Of2019;

export function findRulebook(id: string): Rulebook | undefined {
	return RULEBOOKS.find((r) => r.id === id);
}

export type { Rulebook } from './rulebook';
export { PENDING_RULEBOOKS, type PendingRulebook, type PendingSource } from './pending';
