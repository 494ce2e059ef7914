/**
 * What the pages ask for: projections run on the worker pool, each computed once and kept
 * (`ResultCache`), so the same `/compare` twice does no projection work and two visitors asking
 * at once share one task.
 *
 * - `PROJECTION_CACHE_SIZE`: how many page projections are kept (default 256; one is about 8 KB
 *   as JSON, so a few MB in all). The planner's share-link runs keep 32, and the default
 *   scenario's run (the planner's first view) is kept apart, so no load evicts it.
 */
import type { ScenarioRun } from '../../scenario/runScenario';
import { formulaInput, type Inputs, type Scenario } from '../../scenario/scenario';
import { TECHNICAL_RESPONSE_INPUT } from '../../scenario/formulaText';
import type { CostPeriod } from '../../ui/compare/periodCost';
import type {
	ProjectedScenario,
	ProjectionFailure,
	ScenarioToProject
} from '../../ui/compare/projectScenarios';
import type { ScenarioRepository } from '../scenarioRepository';
import { projectionKey } from './cacheKey';
import { getProjectionPool, ProjectionBusy } from './projectionPool';
import type { FormulaProblems, RosterText } from './projectionTask';
import { ResultCache } from './resultCache';

export const DEFAULT_CACHE_SIZE = 256;
const PLANNER_RUNS_KEPT = 32;
const FORMULA_CHECKS_KEPT = 64;

function cacheSize(): number {
	const text = process.env.PROJECTION_CACHE_SIZE?.trim();
	const value = Number(text);
	if (text && Number.isInteger(value) && value >= 1) return value;
	if (text) console.warn(`PROJECTION_CACHE_SIZE="${text}" is not a whole number ≥ 1; using 256.`);
	return DEFAULT_CACHE_SIZE;
}

interface Caches {
	pages: ResultCache<ProjectedScenario>;
	planner: ResultCache<ScenarioRun>;
	formulas: ResultCache<FormulaProblems>;
	/** Today's default scenario's run, by key: one entry. */
	home: Map<string, Promise<ScenarioRun>>;
}

// On globalThis so that `vite dev` reloading this module keeps what was computed.
const KEY = Symbol.for('ipasn.projectionCaches');
function caches(): Caches {
	const holder = globalThis as { [KEY]?: Caches };
	holder[KEY] ??= {
		pages: new ResultCache(cacheSize()),
		planner: new ResultCache(PLANNER_RUNS_KEPT),
		formulas: new ResultCache(FORMULA_CHECKS_KEPT),
		home: new Map()
	};
	return holder[KEY];
}

/** The stored rosters one request may project on; made per request by `storedRosters`. */
export interface StoredRosters {
	/** Whether the server holds the roster (false, logged, when the store cannot say). */
	has(fingerprint: string): Promise<boolean>;
	/** The roster as stored, or null. */
	text(fingerprint: string): Promise<RosterText | null>;
}

/**
 * The stored rosters behind one page, each looked up once however many of its scenarios use
 * it. Only whether one is stored is asked until a projection needs it: a kept result needs no
 * roster read at all.
 */
export function storedRosters(
	repository: Pick<ScenarioRepository, 'hasRoster' | 'getStoredRoster'>
): StoredRosters {
	const has = new Map<string, Promise<boolean>>();
	const text = new Map<string, Promise<RosterText | null>>();
	const once = <T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>) => {
		if (!map.has(key)) map.set(key, load());
		return map.get(key)!;
	};
	return {
		has: (fingerprint) =>
			once(has, fingerprint, () =>
				repository.hasRoster(fingerprint).catch((error: unknown) => {
					console.error(error);
					return false;
				})
			),
		text: (fingerprint) =>
			once(text, fingerprint, async () => {
				const stored = await repository.getStoredRoster(fingerprint);
				return stored && { fingerprint, csv: stored.csv, unitList: stored.unitList };
			})
	};
}

/**
 * `projectScenario` on the pool, kept by everything its result depends on (`projectionKey`):
 * the scenario as given (id, version, content), `fallbackName` (the page's language),
 * `period`, and the roster's fingerprint and whether it is stored (which set the draws).
 * Rejects with `ProjectionBusy` when the pool's queue is full.
 */
export async function projectOnPool(
	scenario: ScenarioToProject,
	fallbackName: string,
	rosters?: StoredRosters,
	period?: CostPeriod
): Promise<ProjectedScenario> {
	const fingerprint = scenario.rosterFingerprint ?? null;
	// A roster a saved scenario names cannot be deleted, so "stored" stays true for the key.
	const stored = fingerprint !== null && rosters !== undefined && (await rosters.has(fingerprint));
	const key = projectionKey('page', { scenario, fallbackName, period: period ?? null, stored });
	return caches().pages.getOrCompute(key, async () =>
		getProjectionPool().run({
			kind: 'page',
			scenario,
			fallbackName,
			...(period && { period }),
			roster: stored ? await rosters!.text(fingerprint!) : null
		})
	);
}

/**
 * Every scenario projected at once on the pool (so the pool's threads share them); one that
 * cannot be projected is reported with the engine's reason, as `projectAll` does. A full
 * queue fails the whole page with `ProjectionBusy`: the tasks already started still finish
 * and are kept, so trying again soon is quicker.
 */
export async function projectAllOnPool(
	scenarios: readonly ScenarioToProject[],
	fallbackName: string,
	rosters?: StoredRosters,
	period?: CostPeriod
): Promise<{ projected: ProjectedScenario[]; failed: ProjectionFailure[] }> {
	const outcomes = await Promise.allSettled(
		scenarios.map((s) => projectOnPool(s, fallbackName, rosters, period))
	);
	const busy = outcomes.find(
		(o): o is PromiseRejectedResult => o.status === 'rejected' && o.reason instanceof ProjectionBusy
	);
	if (busy) throw busy.reason;
	const projected: ProjectedScenario[] = [];
	const failed: ProjectionFailure[] = [];
	outcomes.forEach((outcome, k) => {
		if (outcome.status === 'fulfilled') projected.push(outcome.value);
		else
			failed.push({
				id: scenarios[k].id ?? null,
				name: scenarios[k].name ?? fallbackName,
				reason: outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)
			});
	});
	return { projected, failed };
}

/**
 * The planner's first view of `scenario` (default roster), on the pool and kept. With `home`,
 * the run is the bare planner's: kept apart from share links, one per calendar day (the
 * defaults follow the calendar, and the key names the day), so no share link evicts it.
 */
export async function plannerRunOnPool(
	scenario: Scenario,
	draws: number,
	options: { home?: boolean } = {}
): Promise<ScenarioRun> {
	const key = projectionKey('planner', { scenario, draws });
	const run = () => getProjectionPool().run({ kind: 'planner', scenario, draws });
	if (!options.home) return caches().planner.getOrCompute(key, run);
	const home = caches().home;
	if (!home.has(key)) {
		const task = run();
		home.clear();
		home.set(key, task);
		// A failure (a full queue) is not kept: the next visit tries again.
		task.catch(() => home.get(key) === task && home.delete(key));
	}
	return home.get(key)!;
}

/**
 * What is wrong with a scenario's response-curve formula (see `formulaInputProblems`), compiled
 * on the pool and kept; a scenario without one has nothing to compile.
 */
export async function formulaProblemsOnPool(inputs: Inputs): Promise<FormulaProblems> {
	const formula = formulaInput(inputs, TECHNICAL_RESPONSE_INPUT);
	if (formula === '') return [];
	const key = projectionKey('formula', { inputs });
	return caches().formulas.getOrCompute(key, () =>
		getProjectionPool().run({ kind: 'formula', inputs })
	);
}
