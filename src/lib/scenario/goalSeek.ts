/**
 * Goal seek: the smallest training budget share whose projection reaches a
 * target index by a chosen year, at the median or with 80 % probability.
 *
 * Method
 * - Constant share: bisection on the lever's integer grid (0.01 % steps within
 *   its min–max). It relies on the tested invariant that, with the same seed, a
 *   larger share never lowers any year's index, so "meets the target" is monotone
 *   in the share. Every projection is cached by its shares, so no share is
 *   projected twice; `runs` counts the projections actually run.
 * - Year-by-year path: a path is acceptable when it meets the target and no
 *   planning year up to the chosen year has an index (the goal's measure) below
 *   the baseline's (the status quo, `baselineOf`, same seed and draws) that year:
 *   a plan that lets the index sink to "Sangat Rendah" on the way to the target
 *   is not a plan a council can defend. The path starts from the constant answer
 *   S in every planning year up to the chosen year — or, when S itself dips below
 *   the baseline in some year, from the smallest constant share that does not —
 *   then, from the earliest year to the latest, lowers each year's share
 *   (`trainingBudgetShare.<year>`) by bisection to the smallest value that keeps
 *   the path acceptable, the other years held. Acceptability is monotone in each
 *   share (same invariant), each step only lowers a share and only accepts an
 *   acceptable path, so the path always is one. Starting from S it never costs
 *   more than the constant answer in any year. Lowering the early years first
 *   moves money towards the target year, where training effects have had least
 *   time to fade, as far as the status quo floor allows.
 * - Unreachable: when even the lever's maximum misses the target, the dimension
 *   with the largest gap to its maximum points at that share is named, with what
 *   caps it and which lever could lift it. A year with nobody measured (no staff)
 *   has no index: it never meets the target, and no dimension is named.
 */
import { quantileSorted } from 'd3-array';
import type { ProjectionResult } from '../engine/projection';
import type { Roster } from '../engine/roster';
import { DEFAULT_RULEBOOK } from '../engine/rulebooks';
import type { Dimension, Rulebook } from '../engine/rulebooks/rulebook';
import { specFor, type NumberSpec, type Text } from './inputSpecs';
import { runScenario, type ScenarioRun } from './runScenario';
import { numberInput, type Scenario } from './scenario';

export type GoalProbability = 0.5 | 0.8;

export interface GoalSeekOptions {
	/** Target index (0–100). */
	target: number;
	/** The year whose index must meet the target. */
	year: number;
	/** 0.5: the median meets the target; 0.8: the 20th percentile over draws does. */
	probability: GoalProbability;
	/** Monte Carlo draws; 0 = deterministic (not allowed with probability 0.8). */
	draws: number;
	roster?: Roster;
	/** Identifies a non-default roster in the baseline cache. */
	rosterKey?: string;
	rulebook?: Rulebook;
	/** Also seek the year-by-year path (default true). */
	perYear?: boolean;
	/** Called after each projection with the number run so far. */
	onProgress?: (runs: number) => void;
}

export interface GoalReached {
	reachable: true;
	/** The smallest constant share, in percent of the ceiling. */
	share: number;
	/**
	 * The smallest year-by-year shares, in percent, for planning years up to `year`, that meet
	 * the target with no year's index below the baseline's; absent when not sought, or when
	 * even the maximum share leaves some year below the baseline.
	 */
	perYear?: Record<number, number>;
	/** The index measured for the goal (median or 20th percentile) at `share`. */
	index: number;
	/** Allocated budget (ceiling × share) per planning year up to `year`, at `share`. */
	rupiahPerYear: Record<number, number>;
	/** Sum of `rupiahPerYear`. */
	total: number;
	/** Allocated budget per planning year of the year-by-year path. */
	perYearRupiah?: Record<number, number>;
	perYearTotal?: number;
	/**
	 * The goal's index (median or 20th percentile) per planning year up to `year` on the
	 * year-by-year path: never below `baselineIndex` that year. Null where nobody is measured.
	 */
	perYearIndex?: Record<number, number | null>;
	/** The baseline's (status quo's) index per planning year up to `year`, same measure. */
	baselineIndex?: Record<number, number | null>;
	/** Whether the constant answer keeps every planning year up to `year` at or above the baseline. */
	constantHoldsBaseline?: boolean;
	/** The projection at `share`. */
	projection: ScenarioRun;
	/** Projections run. */
	runs: number;
}

export interface CappedBy {
	dimension: Dimension;
	/** Maximum points of the dimension minus its score in `year` at the maximum share. */
	gap: number;
	explanation: Text;
}

export interface GoalUnreachable {
	reachable: false;
	/** The lever's maximum share. */
	maxShare: number;
	/** The index measured for the goal at the maximum share; null when nobody is measured in `year`. */
	maxIndex: number | null;
	/** The dimension that holds the index back; null when nobody is measured in `year` (no staff). */
	cappedBy: CappedBy | null;
	/** Every dimension's gap to its maximum points in `year` at the maximum share; null as above. */
	gaps: Record<Dimension, number> | null;
	projection: ScenarioRun;
	runs: number;
}

export type GoalSeekResult = GoalReached | GoalUnreachable;

const SHARE_ID = 'trainingBudgetShare';
/** Rounding noise allowed when an index is compared with the baseline's (same computation, same seed). */
const FLOOR_TOLERANCE = 1e-9;

const EXPLANATIONS: Record<Dimension, Text> = {
	qualification: {
		en: 'Qualification is capped by education: training does not raise it; only funded study assignments (and self-funded study) do — raise study assignments.',
		id: 'Kualifikasi dibatasi oleh pendidikan: pelatihan tidak menaikkannya; hanya tugas belajar (dan izin belajar) — tambah tugas belajar yang dibiayai.'
	},
	competency: {
		en: 'Competency is capped by the coverage asked: once the budget pays for every place asked, more money buys nothing — raise training coverage (and functional, leadership and seminar places).',
		id: 'Kompetensi dibatasi oleh cakupan yang diminta: bila anggaran sudah membiayai semua tempat yang diminta, tambahan dana tidak membeli apa-apa — naikkan cakupan pelatihan (serta diklat fungsional, kepemimpinan dan seminar).'
	},
	performance: {
		en: 'Performance (SKP) responds to training only partly and slowly — raise the share of training matched to duties, or plan over more years.',
		id: 'Kinerja (SKP) hanya sebagian dan perlahan dipengaruhi pelatihan — naikkan porsi pelatihan yang sesuai tupoksi, atau rencanakan lebih banyak tahun.'
	},
	discipline: {
		en: 'Discipline is capped by the chance of punishment, which training only reduces a little.',
		id: 'Disiplin dibatasi oleh peluang hukuman disiplin, yang hanya sedikit berkurang dengan pembinaan.'
	}
};

/**
 * The goal's index in year index `y`: the median, or the 20th percentile over draws; null when
 * nobody is measured that year (no staff). For the 20th percentile, a draw with nobody measured
 * counts as one that misses the target (below every measured draw): when such draws reach the
 * 20th percentile, the goal's index is null.
 */
export function goalIndex(
	result: ProjectionResult,
	y: number,
	probability: GoalProbability
): number | null {
	if (probability === 0.5) return result.years[y].index?.p50 ?? null;
	const T = result.years.length;
	const paths = result.indexByDraw.length / T;
	const values = new Float64Array(paths);
	// indexByDraw is laid out `[draw * years + y]`; NaN marks a draw with nobody measured.
	for (let d = 0; d < paths; d++) {
		const value = result.indexByDraw[d * T + y];
		values[d] = Number.isNaN(value) ? -Infinity : value;
	}
	values.sort();
	const q = quantileSorted(values as unknown as number[], 0.2)!;
	return Number.isFinite(q) ? q : null;
}

export function goalSeek(scenario: Scenario, options: GoalSeekOptions): GoalSeekResult {
	const { target, year, probability, draws } = options;
	if (!Number.isFinite(target)) throw new RangeError(`target must be a number; got ${target}`);
	if (probability !== 0.5 && probability !== 0.8)
		throw new RangeError(`probability must be 0.5 or 0.8; got ${probability}`);
	if (!Number.isInteger(draws) || draws < 0)
		throw new RangeError(`draws must be a whole number ≥ 0; got ${draws}`);
	if (probability === 0.8 && draws === 0)
		throw new RangeError('probability 0.8 needs Monte Carlo draws (draws > 0), e.g. 200');
	const firstPlanningYear = numberInput(scenario.inputs, 'firstPlanningYear');
	if (year < firstPlanningYear)
		// A share chosen now cannot change a year before the plan starts.
		throw new RangeError(
			`year ${year} is before the first planning year ${firstPlanningYear}; choose ${firstPlanningYear} or later`
		);

	const spec = specFor(SHARE_ID) as NumberSpec;
	const perUnit = Math.round(1 / spec.step);
	const kMin = Math.round(spec.min * perUnit);
	const kMax = Math.round(spec.max * perUnit);
	const shareOf = (k: number) => k / perUnit;

	const baselineCache = new Map<string, ProjectionResult>();
	const cache = new Map<string, ScenarioRun>();
	let runs = 0;
	// Per-year overrides of the scenario are replaced: the seek sets the share itself.
	const baseInputs = Object.fromEntries(
		Object.entries(scenario.inputs).filter(([id]) => id.split('.')[0] !== SHARE_ID)
	);
	/** Projects with a constant share `k` and optional per-year shares. */
	const run = (k: number, yearly: Record<number, number> = {}): ScenarioRun => {
		const key = JSON.stringify([k, yearly]);
		let hit = cache.get(key);
		if (!hit) {
			const inputs: Scenario['inputs'] = { ...baseInputs, [SHARE_ID]: shareOf(k) };
			for (const [y, ky] of Object.entries(yearly)) inputs[`${SHARE_ID}.${y}`] = shareOf(ky);
			hit = runScenario(
				{ ...scenario, inputs },
				{
					draws,
					roster: options.roster,
					rosterKey: options.rosterKey,
					rulebook: options.rulebook,
					baselineCache
				}
			);
			cache.set(key, hit);
			runs++;
			options.onProgress?.(runs);
		}
		return hit;
	};

	const first = run(kMax);
	const years = first.result.years;
	const y = years.findIndex((r) => r.year === year);
	if (y < 0)
		throw new RangeError(
			`year must be a projected year, ${years[0].year}–${years[years.length - 1].year}; got ${year}`
		);
	const measure = (r: ScenarioRun) => goalIndex(r.result, y, probability);
	/** Nobody measured in the year (null) never meets the target. */
	const meets = (r: ScenarioRun) => {
		const index = measure(r);
		return index !== null && index >= target;
	};
	const planYears = years.filter((r) => r.phase === 'plan' && r.year <= year).map((r) => r.year);

	if (!meets(first)) {
		const maxIndex = measure(first);
		if (maxIndex === null) {
			// Nobody to score in the year: no share reaches the target, and no dimension is to blame.
			return {
				reachable: false,
				maxShare: shareOf(kMax),
				maxIndex,
				cappedBy: null,
				gaps: null,
				projection: first,
				runs
			};
		}
		const rulebook = options.rulebook ?? DEFAULT_RULEBOOK;
		const dims = years[y].dimensions;
		const gaps = (Object.keys(EXPLANATIONS) as Dimension[]).map((dimension) => ({
			dimension,
			gap: rulebook.dimensions[dimension].points - dims[dimension]
		}));
		const worst = gaps.reduce((a, b) => (b.gap > a.gap ? b : a));
		return {
			reachable: false,
			maxShare: shareOf(kMax),
			maxIndex,
			cappedBy: { ...worst, explanation: EXPLANATIONS[worst.dimension] },
			gaps: Object.fromEntries(gaps.map((g) => [g.dimension, g.gap])) as Record<Dimension, number>,
			projection: first,
			runs
		};
	}

	/** Smallest k in [lo, hi] with ok(k), given ok(hi). */
	const smallest = (lo: number, hi: number, ok: (k: number) => boolean): number => {
		if (ok(lo)) return lo;
		// Invariant: !ok(lo), ok(hi).
		while (hi - lo > 1) {
			const mid = (lo + hi) >> 1;
			if (ok(mid)) hi = mid;
			else lo = mid;
		}
		return hi;
	};

	// With no planning year up to `year`, the share cannot change the index there.
	const k = planYears.length === 0 ? kMin : smallest(kMin, kMax, (kk) => meets(run(kk)));
	const projection = run(k);
	const rupiah = (r: ScenarioRun) =>
		Object.fromEntries(
			r.result.years
				.filter((x) => planYears.includes(x.year))
				.map((x) => [x.year, x.budget.allocated])
		) as Record<number, number>;
	const sum = (rec: Record<number, number>) => Object.values(rec).reduce((a, b) => a + b, 0);
	const rupiahPerYear = rupiah(projection);
	const answer: GoalReached = {
		reachable: true,
		share: shareOf(k),
		// `meets` held for this run, so the index is a number.
		index: measure(projection)!,
		rupiahPerYear,
		total: sum(rupiahPerYear),
		projection,
		runs
	};

	if (options.perYear !== false && planYears.length > 0) {
		const planIndex = planYears.map((py) => years.findIndex((r) => r.year === py));
		const perPlanYear = (r: ProjectionResult) =>
			Object.fromEntries(
				planYears.map((py, i) => [py, goalIndex(r, planIndex[i], probability)])
			) as Record<number, number | null>;
		// The baseline does not depend on the share: every run carries the same one.
		const floor = perPlanYear(projection.baseline);
		/** No planning year up to `year` below the status quo; a year the baseline has nobody measured sets no floor. */
		const holdsBaseline = (r: ScenarioRun) =>
			planYears.every((py, i) => {
				const base = floor[py];
				if (base === null) return true;
				const index = goalIndex(r.result, planIndex[i], probability);
				return index !== null && index >= base - FLOOR_TOLERANCE;
			});
		answer.baselineIndex = floor;
		answer.constantHoldsBaseline = holdsBaseline(projection);
		// Where the constant answer dips below the status quo, start from the smallest constant share that does not.
		const start = answer.constantHoldsBaseline
			? k
			: holdsBaseline(run(kMax))
				? smallest(k, kMax, (kk) => holdsBaseline(run(kk)))
				: null;
		if (start !== null) {
			const path: Record<number, number> = Object.fromEntries(planYears.map((py) => [py, start]));
			const acceptable = (r: ScenarioRun) => meets(r) && holdsBaseline(r);
			for (const py of planYears) {
				const ok = (ky: number) => acceptable(run(k, { ...path, [py]: ky }));
				// One step lower failing means every lower share fails (the bisection's own
				// premise): the year keeps its share after one run instead of a whole bisection.
				if (path[py] <= kMin || !ok(path[py] - 1)) continue;
				path[py] = smallest(kMin, path[py] - 1, ok);
			}
			const pathRun = run(k, path);
			answer.perYear = Object.fromEntries(planYears.map((py) => [py, shareOf(path[py])]));
			answer.perYearRupiah = rupiah(pathRun);
			answer.perYearTotal = sum(answer.perYearRupiah);
			answer.perYearIndex = perPlanYear(pathRun.result);
		}
	}
	answer.runs = runs;
	return answer;
}
