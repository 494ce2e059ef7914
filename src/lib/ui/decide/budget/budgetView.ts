/**
 * The optimiser's result and the rotation schedule in the page's language: the plan's levers
 * before and after with their units, the marginal gains sorted, the schedule's counts as a
 * year × unit grid. Pure TypeScript.
 */
import type { BudgetOptimisation, MarginalGain } from '../../../scenario/budgetOptimizer';
import { specFor } from '../../../scenario/inputSpecs';
import type { RotationEntry, RotationSchedule } from '../../../scenario/rotationSchedule';
import type { InputRow, Member } from '../../compare/inputRows';
import { inputLabel, inputValueText } from '../../compare/inputText';
import type { Localiser } from '../../model/rulebookView';

/**
 * A unit's display name: from `names` (the units of the roster in use, under the agency's
 * names, see `unitNames` in `../staff.ts`), else its id.
 */
export function unitName(unitId: string, names: ReadonlyMap<string, string>): string {
	return names.get(unitId) ?? unitId;
}

function inputRow(id: string, names: ReadonlyMap<string, string>): InputRow | null {
	const spec = specFor(id);
	if (!spec) return null;
	const dot = id.indexOf('.');
	const member: Member | null =
		spec.id !== id && spec.type === 'number' && spec.perUnit
			? { kind: 'unit', unitId: id.slice(dot + 1), unitName: unitName(id.slice(dot + 1), names) }
			: null;
	return { key: id, spec, member, values: [], isDefault: [] };
}

/** One optimised lever, worded. */
export interface PlanLine {
	id: string;
	label: string;
	before: string;
	after: string;
	beforeValue: number;
	afterValue: number;
	changed: boolean;
}

/**
 * Every lever of the plan (changed ones first, in the optimiser's order), worded; a unit's
 * lever under its name in `names`.
 */
export function planLines(
	l: Localiser,
	result: BudgetOptimisation,
	names: ReadonlyMap<string, string>
): PlanLine[] {
	const changes = new Map(result.changes.map((c) => [c.id, c]));
	const lines = Object.entries(result.plan).map(([id, after]): PlanLine => {
		const before = changes.get(id)?.before ?? after;
		const row = inputRow(id, names);
		return {
			id,
			label: row ? inputLabel(l, row) : id,
			before: row ? inputValueText(l, row, before) : l.fmt.number(before),
			after: row ? inputValueText(l, row, after) : l.fmt.number(after),
			beforeValue: before,
			afterValue: after,
			changed: Math.abs(after - before) > 1e-9
		};
	});
	return [...lines.filter((x) => x.changed), ...lines.filter((x) => !x.changed)];
}

/** One marginal gain, worded. */
export interface GainLine {
	id: string;
	label: string;
	step: string;
	perRp100m: number;
	deltaIndex: number;
	deltaSpend: number;
}

/** Marginal gains, highest first (ties by label), worded; a unit under its name in `names`. */
export function gainLines(
	l: Localiser,
	gains: readonly MarginalGain[],
	names: ReadonlyMap<string, string>
): GainLine[] {
	return gains
		.map((g): GainLine => {
			const row = inputRow(g.id, names);
			const label = g.unitId ? unitName(g.unitId, names) : row ? inputLabel(l, row) : g.id;
			const text = (v: number) => (row ? inputValueText(l, row, v) : l.fmt.number(v));
			return {
				id: g.id,
				label,
				step: `${text(g.from)} → ${text(g.to)}`,
				perRp100m: g.perRp100m,
				deltaIndex: g.deltaIndex,
				deltaSpend: g.deltaSpend
			};
		})
		.sort((a, b) => b.perRp100m - a.perRp100m || a.label.localeCompare(b.label));
}

/** One cell of the rotation grid. */
export interface RotationCell {
	unitId: string;
	scheduled: number;
	funded: number;
	headcount: number;
}

export interface RotationGrid {
	units: Array<{ id: string; name: string }>;
	years: Array<{ year: number; cells: RotationCell[] }>;
	/** Per unit, per year, the people scheduled. */
	people: Array<{
		unitId: string;
		name: string;
		total: number;
		years: Array<{ year: number; entries: RotationEntry[] }>;
	}>;
}

/** The schedule as a year × unit grid of counts, with the people behind every cell. */
export function rotationGrid(schedule: RotationSchedule): RotationGrid {
	const units: RotationGrid['units'] = [];
	for (const c of schedule.counts) {
		if (!units.some((u) => u.id === c.unitId)) units.push({ id: c.unitId, name: c.unitName });
	}
	const years = schedule.years.map((year) => ({
		year,
		cells: units.map((u): RotationCell => {
			const c = schedule.counts.find((x) => x.year === year && x.unitId === u.id);
			return {
				unitId: u.id,
				scheduled: c?.scheduled ?? 0,
				funded: c?.placesFunded ?? 0,
				headcount: c?.headcount ?? 0
			};
		})
	}));
	const people = units.map((u) => {
		const mine = schedule.rows.filter((r) => r.unitId === u.id);
		return {
			unitId: u.id,
			name: u.name,
			total: mine.length,
			years: schedule.years
				.map((year) => ({ year, entries: mine.filter((r) => r.year === year) }))
				.filter((y) => y.entries.length > 0)
		};
	});
	return { units, years, people };
}
