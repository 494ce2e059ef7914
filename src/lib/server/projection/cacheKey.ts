/**
 * The cache key of a server projection: everything its result depends on, and nothing else, so
 * a key names one result. The scenario's own content is part of it (not only its id and
 * version), so an unsaved share link, a rulebook variant or a scenario saved again each get
 * their own key; the calendar day is part of it because unset planning years follow the
 * calendar; the model version and the draw policy because a new release changes the numbers.
 */
import { createHash } from 'node:crypto';
import { today } from '../../scenario/agency';
import { MODEL_VERSION } from '../../scenario/scenario';
import { MAX_PERSON_DRAWS, PAGE_DRAWS } from '../../ui/compare/projectScenarios';

/** The same value however its objects' keys were ordered. */
export function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
						a < b ? -1 : a > b ? 1 : 0
					)
				)
			: v
	);
}

/** The local calendar day the calendar-following defaults are read for (see `today`). */
export function calendarDay(): string {
	const day = today();
	return [day.getFullYear(), day.getMonth() + 1, day.getDate()].join('-');
}

/**
 * A short, fixed-length key for `parts` (the task's own description) under this model, draw
 * policy and day. `kind` keeps the planner's runs and the pages' view models apart.
 */
export function projectionKey(kind: string, parts: unknown): string {
	const text = stableJson([
		kind,
		MODEL_VERSION,
		PAGE_DRAWS,
		MAX_PERSON_DRAWS,
		calendarDay(),
		parts
	]);
	return createHash('sha256').update(text).digest('base64url');
}
