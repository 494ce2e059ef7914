/**
 * One-at-a-time sensitivity (a tornado chart): how far the projected index in
 * one year moves when a single input goes to the low and then the high end of
 * a plausible span, every other input as in the scenario.
 *
 * Spans:
 * - an assumption with a plausible `range` goes from `range.low` to `range.high`
 *   (assumptions without a range are skipped: nobody has said what is plausible);
 * - a number lever (planning levers — horizon, target — excepted) goes to ±50 % of
 *   its current value, but at least ±10 % of its min–max span so that a lever at 0
 *   still moves, rounded to its step and kept within min–max. A lever with a family
 *   (per unit, per year) is set uniformly: the family value, every override removed.
 *
 * Deterministic by default (`draws: 0`). With draws, each end is the median (p50)
 * of a Monte Carlo run with the scenario's seed (common random numbers), and the
 * assumption being varied is pinned to its end's value (drawn from no distribution),
 * while the others are drawn from their ranges as usual.
 *
 * No staff: a projection with nobody measured in the year has no index. When the scenario
 * itself has none, nothing is compared (`base` null, no rows); an input whose low or high end
 * leaves nobody measured is left out of the rows and named in `noStaff`, never scored as 0.
 */
import type { Assumptions, DrawnNumber, ProjectionInputs, Uncertain } from '../engine/inputs';
import { project } from '../engine/projection';
import type { Roster } from '../engine/roster';
import { bontangRoster } from './bontang';
import { INPUT_SPECS, type NumberSpec, type Text } from './inputSpecs';
import { resolveScenario } from './resolve';
import { numberInput, type Inputs, type Scenario } from './scenario';

export interface SensitivityOptions {
	/** The year whose index is compared; defaults to the target year, within the horizon. */
	year?: number;
	/** 0 = deterministic; N > 0 = the median of N Monte Carlo draws, same seed. */
	draws?: number;
	roster?: Roster;
	/** Called after each projection with (done, total). */
	onProgress?: (done: number, total: number) => void;
	/**
	 * Only every `of`-th input from the `index`-th (assumptions, then levers, in spec order), so
	 * that `of` workers can share the inputs; `mergeSensitivity` joins their results.
	 */
	part?: { index: number; of: number };
	/** Also vary the policy levers (default true); the planner's drivers need assumptions only. */
	levers?: boolean;
}

export interface SensitivityEnd {
	/** The input's value, as the planner reads it (percent as percent). */
	value: number;
	/** The projected index in the year. */
	index: number;
}

export interface SensitivityRow {
	id: string;
	kind: 'lever' | 'assumption';
	label: Text;
	unit: NumberSpec['unit'];
	/** The scenario's own value of the input. */
	value: number;
	low: SensitivityEnd;
	high: SensitivityEnd;
	/** |high.index − low.index|. */
	swing: number;
}

export interface SensitivityResult {
	year: number;
	draws: number;
	/** The scenario's projected index in the year (p50); null when nobody is measured then. */
	base: number | null;
	/** Sorted by swing, largest first. */
	assumptions: SensitivityRow[];
	/** Sorted by swing, largest first. */
	levers: SensitivityRow[];
	/** Inputs left out because an end leaves nobody measured in the year (ids and labels). */
	noStaff: Array<{ id: string; label: Text }>;
}

/** Levers that set the horizon or the target rather than a policy. */
const NOT_VARIED_GROUPS = new Set(['planning']);
/** A lever moves by this share of its current value each way… */
const LEVER_RELATIVE_SPAN = 0.5;
/** …but at least by this share of its min–max span. */
const LEVER_MIN_SPAN = 0.1;

/** The low and high end of a lever's span around `value` (see the module comment). */
export function leverSpan(spec: NumberSpec, value: number): { low: number; high: number } {
	const half = Math.max(
		Math.abs(value) * LEVER_RELATIVE_SPAN,
		(spec.max - spec.min) * LEVER_MIN_SPAN
	);
	const snap = (x: number) => {
		const stepped = spec.min + Math.round((x - spec.min) / spec.step) * spec.step;
		// Round off binary dust from the step arithmetic (0.01 steps).
		const clean = Number(stepped.toFixed(10));
		return Math.min(spec.max, Math.max(spec.min, clean));
	};
	return { low: snap(value - half), high: snap(value + half) };
}

/** The inputs with one input set uniformly: its family value and no per-unit/per-year overrides. */
function withInput(inputs: Inputs, id: string, value: number): Inputs {
	const next: Inputs = {};
	for (const [key, v] of Object.entries(inputs)) {
		if (key !== id && !key.startsWith(`${id}.`)) next[key] = v;
	}
	next[id] = value;
	return next;
}

/** Stops Monte Carlo drawing one assumption: it keeps its value on every path. */
export function pinAssumption(a: Assumptions, id: string): void {
	const pinned = (u: Uncertain): Uncertain => ({ value: u.value, low: u.value, high: u.value });
	if (id in a.uncertainty) delete a.uncertainty[id as DrawnNumber];
	const top = a as unknown as Record<string, unknown>;
	const workforce = a.workforce as unknown as Record<string, unknown>;
	for (const holder of [top, workforce]) {
		const u = holder[id];
		if (u !== null && typeof u === 'object' && 'low' in u) holder[id] = pinned(u as Uncertain);
	}
}

/** Projects `scenario` and reads the year's median index; null when nobody is measured then. */
function indexIn(
	scenario: Scenario,
	roster: Roster,
	draws: number,
	yearOffset: number,
	pin?: string
): number | null {
	const inputs: ProjectionInputs = resolveScenario(scenario, { roster, draws });
	if (pin) pinAssumption(inputs.assumptions, pin);
	const result = project(inputs);
	return result.years[yearOffset].index?.p50 ?? null;
}

export function sensitivity(
	scenario: Scenario,
	options: SensitivityOptions = {}
): SensitivityResult {
	const draws = options.draws ?? 0;
	const roster = options.roster ?? bontangRoster();
	const inputs = scenario.inputs;

	// The projected years, as resolve lays them out.
	const probe = resolveScenario(scenario, { roster, draws: 0 });
	const firstYear = probe.startYear + 1;
	const lastYear = probe.years[probe.years.length - 1]?.year ?? firstYear;
	const wanted = options.year ?? numberInput(inputs, 'targetYear');
	const year = Math.min(lastYear, Math.max(firstYear, Math.round(wanted)));
	const yearOffset = year - firstYear;

	const allAssumptionSpecs = INPUT_SPECS.filter(
		(s): s is NumberSpec => s.kind === 'assumption' && s.type === 'number' && s.range !== undefined
	);
	const allLeverSpecs = (options.levers === false ? [] : INPUT_SPECS).filter(
		(s): s is NumberSpec =>
			s.kind === 'lever' && s.type === 'number' && !NOT_VARIED_GROUPS.has(s.group)
	);
	const part = options.part ?? { index: 0, of: 1 };
	const mine = (_: NumberSpec, k: number) => k % part.of === part.index;
	const assumptionSpecs = allAssumptionSpecs.filter(mine);
	const leverSpecs = allLeverSpecs.filter((spec, k) => mine(spec, k + allAssumptionSpecs.length));
	const total = 1 + 2 * (assumptionSpecs.length + leverSpecs.length);
	let done = 0;
	const tick = () => options.onProgress?.(++done, total);

	const base = indexIn(scenario, roster, draws, yearOffset);
	tick();
	// Nobody measured in the year: there is no index to move.
	if (base === null) return { year, draws, base, assumptions: [], levers: [], noStaff: [] };

	const noStaff: SensitivityResult['noStaff'] = [];
	const row = (
		spec: NumberSpec,
		low: number,
		high: number,
		pin: boolean
	): SensitivityRow | null => {
		const at = (value: number) => {
			const varied: Scenario = { ...scenario, inputs: withInput(inputs, spec.id, value) };
			const index = indexIn(varied, roster, draws, yearOffset, pin ? spec.id : undefined);
			tick();
			return { value, index };
		};
		const lowAt = at(low);
		const highAt = at(high);
		if (lowAt.index === null || highAt.index === null) {
			noStaff.push({ id: spec.id, label: spec.label });
			return null;
		}
		const lowEnd: SensitivityEnd = { value: lowAt.value, index: lowAt.index };
		const highEnd: SensitivityEnd = { value: highAt.value, index: highAt.index };
		return {
			id: spec.id,
			kind: spec.kind,
			label: spec.label,
			unit: spec.unit,
			value: numberInput(inputs, spec.id),
			low: lowEnd,
			high: highEnd,
			swing: Math.abs(highEnd.index - lowEnd.index)
		};
	};

	const bySwing = (a: SensitivityRow, b: SensitivityRow) => b.swing - a.swing;
	const present = (r: SensitivityRow | null): r is SensitivityRow => r !== null;
	const assumptions = assumptionSpecs
		.map((spec) => row(spec, spec.range!.low, spec.range!.high, draws > 0))
		.filter(present)
		.sort(bySwing);
	const levers = leverSpecs
		.map((spec) => {
			const { low, high } = leverSpan(spec, numberInput(inputs, spec.id));
			return row(spec, low, high, false);
		})
		.filter(present)
		.sort(bySwing);

	return { year, draws, base, assumptions, levers, noStaff };
}

/**
 * Joins the results of `sensitivity` run in parts (`part`) into one: the base of the first,
 * every row sorted by swing, the inputs without staff in spec order.
 */
export function mergeSensitivity(parts: SensitivityResult[]): SensitivityResult {
	const [first] = parts;
	const order = new Map(INPUT_SPECS.map((spec, k) => [spec.id, k]));
	// Ties keep spec order, as one run's stable sort does.
	const bySwing = (a: SensitivityRow, b: SensitivityRow) =>
		b.swing - a.swing || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
	return {
		year: first.year,
		draws: first.draws,
		base: first.base,
		assumptions: parts.flatMap((p) => p.assumptions).sort(bySwing),
		levers: parts.flatMap((p) => p.levers).sort(bySwing),
		noStaff: parts
			.flatMap((p) => p.noStaff)
			.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
	};
}
