/**
 * Links of the decision page. From a goal-seek answer to the planner: the scenario with the answer's training
 * budget share (its per-year overrides replaced, or set to the year-by-year path), the goal's
 * year as target year and, when the planner accepts it, the goal's target as target index,
 * so the planner's headline shows the goal's year.
 */
import { TECHNICAL_RESPONSE_INPUT } from '../../../scenario/formulaText';
import { specFor, type NumberSpec } from '../../../scenario/inputSpecs';
import type { Scenario } from '../../../scenario/scenario';
import { INPUT_PREFIX, scenarioToSearchParams } from '../../../scenario/urlCodec';

const SHARE_ID = 'trainingBudgetShare';

export function goalScenario(
	scenario: Scenario,
	share: number,
	goal: { target: number; year: number },
	perYear?: Record<number, number>
): Scenario {
	const inputs: Scenario['inputs'] = Object.fromEntries(
		Object.entries(scenario.inputs).filter(([id]) => id.split('.')[0] !== SHARE_ID)
	);
	inputs[SHARE_ID] = share;
	for (const [year, value] of Object.entries(perYear ?? {})) inputs[`${SHARE_ID}.${year}`] = value;
	inputs.targetYear = goal.year;
	const spec = specFor('targetIndex') as NumberSpec;
	const onGrid = Math.abs(goal.target / spec.step - Math.round(goal.target / spec.step)) < 1e-9;
	if (goal.target >= spec.min && goal.target <= spec.max && onGrid)
		inputs.targetIndex = goal.target;
	return { ...scenario, inputs };
}

/** The saved scenario the page's link names, kept on the way back to the planner. */
export interface SavedRef {
	id: string;
	/** The version the link's inputs start from (`rev`). */
	version?: number;
}

/**
 * The planner's query for the goal's scenario: `v=…&s=…&i.trainingBudgetShare=…`, tied to the
 * saved scenario the page works on (`id`, `rev`), if any, so the planner shows it as that
 * scenario with unsaved changes.
 */
export function plannerQuery(
	scenario: Scenario,
	share: number,
	goal: { target: number; year: number },
	perYear?: Record<number, number>,
	saved?: SavedRef
): string {
	return scenarioToSearchParams(
		goalScenario(scenario, share, goal, perYear),
		saved ? { id: saved.id, version: saved.version } : {}
	).toString();
}

/**
 * The page's query with the response curve set (undefined: removed, the built-in curve);
 * every other param, the language included, is kept as it was.
 */
export function queryWithCurve(query: URLSearchParams, formula: string | undefined): string {
	const params = new URLSearchParams(query);
	const param = `${INPUT_PREFIX}${TECHNICAL_RESPONSE_INPUT}`;
	if (formula === undefined) params.delete(param);
	else params.set(param, formula);
	return params.toString();
}
