/**
 * The work a projection worker does, on plain data only: a scenario and, when the server holds
 * its roster, the roster as stored (canonical CSV and unit list). Parsing and checking the
 * roster, compiling a response-curve formula and projecting all happen here, off the server's
 * event loop; what comes back is the view model (or the planner's run) the page already uses.
 *
 * This module is loaded in two ways: by the pool (`projectionPool.ts`), which imports it
 * dynamically so the build gives it a chunk of its own with its export names kept, and by
 * every worker thread, which the pool starts on that very chunk (`TASK_MODULE_URL`).
 */
import type { Roster, Unit } from '../../engine/roster';
import { parseRosterCsv } from '../../rosterFiles/csv';
import { formatRosterIssue } from '../../rosterFiles/messages';
import { rosterFingerprint } from '../../scenario/rosterFingerprint';
import { runScenario, type ScenarioRun } from '../../scenario/runScenario';
import type { Inputs, Scenario } from '../../scenario/scenario';
import { formulaInputProblems, prepareFormulas } from '../../scenario/technicalResponse';
import {
	projectScenario,
	type ProjectedScenario,
	type ScenarioToProject
} from '../../ui/compare/projectScenarios';
import type { CostPeriod } from '../../ui/compare/periodCost';

/** Where this module is after the build (a .js chunk), or under vite dev and vitest (.ts). */
export const TASK_MODULE_URL = import.meta.url;

/** A stored roster as the store keeps it: what the worker parses. */
export interface RosterText {
	fingerprint: string;
	csv: string;
	unitList: Unit[];
}

/** One scenario for the compare, meeting and report pages (see `projectScenario`). */
export interface PageTask {
	kind: 'page';
	scenario: ScenarioToProject;
	fallbackName: string;
	period?: CostPeriod;
	/** The scenario's stored roster; null when the server holds none under its fingerprint. */
	roster: RosterText | null;
}

/** The planner's first view: the scenario and its baseline on the default roster. */
export interface PlannerTask {
	kind: 'planner';
	scenario: Scenario;
	draws: number;
}

/** Compiles a scenario's response-curve formula: what is wrong with it, if anything. */
export interface FormulaTask {
	kind: 'formula';
	inputs: Inputs;
}

export type FormulaProblems = Awaited<ReturnType<typeof formulaInputProblems>>;

export type ProjectionTask = PageTask | PlannerTask | FormulaTask;
/** What each kind of task answers. */
export interface ProjectionTaskResults {
	page: ProjectedScenario;
	planner: ScenarioRun;
	formula: FormulaProblems;
}
export type ProjectionTaskResult = ProjectionTaskResults[ProjectionTask['kind']];

/** Parsed rosters a worker keeps: a page projects several scenarios on one roster. */
const ROSTERS_KEPT = 2;
const parsedRosters = new Map<string, Roster | null>();

/**
 * The stored roster, parsed and checked against its fingerprint; null (logged) when it is
 * damaged, so the page still opens and says the scenario's roster is not on the server.
 */
function rosterOf(stored: RosterText): Roster | null {
	if (parsedRosters.has(stored.fingerprint)) return parsedRosters.get(stored.fingerprint)!;
	let roster: Roster | null = null;
	const parsed = parseRosterCsv(stored.csv, { units: stored.unitList });
	if (!parsed.ok) {
		console.error(
			`Stored roster ${stored.fingerprint} is damaged: ${formatRosterIssue(parsed.errors[0], 'en')}.`
		);
	} else if (rosterFingerprint(parsed.roster) !== stored.fingerprint) {
		console.error(
			`Stored roster ${stored.fingerprint} is damaged: its CSV is not the roster of this fingerprint.`
		);
	} else {
		roster = parsed.roster;
	}
	if (parsedRosters.size >= ROSTERS_KEPT) parsedRosters.delete(parsedRosters.keys().next().value!);
	parsedRosters.set(stored.fingerprint, roster);
	return roster;
}

/** Runs one task; a scenario that cannot be projected rejects with the engine's reason. */
export async function runProjectionTask(task: ProjectionTask): Promise<ProjectionTaskResult> {
	if (task.kind === 'formula') return formulaInputProblems(task.inputs);
	if (task.kind === 'planner') {
		await prepareFormulas(task.scenario.inputs);
		return runScenario(task.scenario, { draws: task.draws });
	}
	const stored = task.roster;
	return projectScenario(
		task.scenario,
		task.fallbackName,
		async (fingerprint) => (stored && stored.fingerprint === fingerprint ? rosterOf(stored) : null),
		task.period
	);
}

export default runProjectionTask;
