/**
 * The planner's "what moves the index most" panel: the assumptions (never the levers, which
 * the planner sets on purpose) whose low-to-high span moves the year's index furthest.
 */
import type { SensitivityRow } from '../scenario/sensitivity';

/** How many assumptions the planner names beside the bands. */
export const TOP_DRIVERS = 3;

/**
 * The `count` assumption rows with the largest swing, largest first; rows of equal swing keep
 * their order in `rows`. Lever rows are skipped wherever they appear. `rows` is not changed.
 */
export function topAssumptions(
	rows: readonly SensitivityRow[],
	count: number = TOP_DRIVERS
): SensitivityRow[] {
	if (!Number.isInteger(count) || count < 0) {
		throw new RangeError(`topAssumptions: count must be a whole number ≥ 0, got ${count}`);
	}
	return (
		rows
			.filter((r) => r.kind === 'assumption')
			// Array.prototype.sort is stable: equal swings stay in the order given.
			.sort((a, b) => b.swing - a.swing)
			.slice(0, count)
	);
}
