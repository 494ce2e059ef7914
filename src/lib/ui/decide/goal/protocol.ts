/**
 * Messages between the decision page and its worker (`src/lib/workers/decide.worker.ts`).
 * Results are sent without their projections: the page shows numbers, not runs.
 */
import type { CappedBy, GoalProbability } from '../../../scenario/goalSeek';
import type { Dimension } from '../../../engine/rulebooks/rulebook';
import type { Roster } from '../../../engine/roster';
import type { SensitivityResult } from '../../../scenario/sensitivity';
import type { Scenario } from '../../../scenario/scenario';

export interface GoalRequest {
	type: 'goal';
	id: number;
	scenario: Scenario;
	target: number;
	year: number;
	probability: GoalProbability;
	draws: number;
	/** The roster to project; the default, illustrative one when omitted. */
	roster?: Roster;
	/** Identifies `roster` (its fingerprint) in the baseline cache. */
	rosterKey?: string;
}

export interface SensitivityRequest {
	type: 'sensitivity';
	id: number;
	scenario: Scenario;
	year: number;
	draws: number;
	/** The roster to project; the default, illustrative one when omitted. */
	roster?: Roster;
	/** This worker's share of the inputs when several share the work (see `sensitivity`). */
	part?: { index: number; of: number };
	/** Vary the policy levers too (default true). */
	levers?: boolean;
}

export type DecideRequest = GoalRequest | SensitivityRequest;

/** A goal-seek answer as the page shows it: `GoalSeekResult` without its projection. */
export type GoalAnswer =
	| {
			reachable: true;
			share: number;
			perYear?: Record<number, number>;
			index: number;
			rupiahPerYear: Record<number, number>;
			total: number;
			perYearRupiah?: Record<number, number>;
			perYearTotal?: number;
			/** The path's index per year (goal's measure), never below `baselineIndex`. */
			perYearIndex?: Record<number, number | null>;
			/** The status quo's index per planning year, same measure. */
			baselineIndex?: Record<number, number | null>;
			constantHoldsBaseline?: boolean;
			runs: number;
	  }
	| {
			reachable: false;
			maxShare: number;
			/** Null when nobody is measured in the year (no staff); then cappedBy and gaps are null. */
			maxIndex: number | null;
			cappedBy: CappedBy | null;
			gaps: Record<Dimension, number> | null;
			runs: number;
	  };

export type DecideResponse =
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'goal'; id: number; answer: GoalAnswer; ms: number }
	| { type: 'sensitivity'; id: number; result: SensitivityResult; ms: number }
	| { type: 'error'; id: number; message: string };

/**
 * About how many projections a goal seek runs: one at the maximum, a bisection over the
 * share's grid, and one bisection per planning year up to `year` for the year-by-year path.
 * For a progress bar only.
 */
export function goalRunEstimate(planYears: number, gridPoints = 501): number {
	const steps = Math.ceil(Math.log2(gridPoints));
	return 1 + steps + Math.max(0, planYears) * steps;
}
