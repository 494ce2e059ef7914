/**
 * The inputs of several scenarios side by side, as the planner's controls see them: a value
 * left out is its family's or its spec's default. Language-neutral; `inputText.ts` words it.
 *
 * A per-unit family (coverage) is one row when every scenario sets all units alike, else one
 * row per unit. A per-year family (the budget share) is one row unless some scenario sets
 * single years, then one row per planning year.
 */
import type { Unit } from '../../engine/roster';
import { INPUT_SPECS, type InputKind, type InputSpec } from '../../scenario/inputSpecs';
import { effectiveInput, numberInput, type InputValue, type Inputs } from '../../scenario/scenario';

export type Member =
	| { kind: 'allUnits' }
	| { kind: 'unit'; unitId: string; unitName: string }
	| { kind: 'year'; year: number };

export interface InputRow {
	/** Stable key: the input id, `coverage.*` for all units at once. */
	key: string;
	spec: InputSpec;
	member: Member | null;
	/** One per column; null where the input does not apply (a year outside that plan). */
	values: Array<InputValue | null>;
	/** Per column: the value is the spec's default. */
	isDefault: boolean[];
}

const same = (a: InputValue | null, b: InputValue | null) =>
	typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b;

function row(spec: InputSpec, key: string, member: Member | null, values: InputRow['values']) {
	return { key, spec, member, values, isDefault: values.map((v) => same(v, spec.default)) };
}

function planningYears(inputs: Inputs): number[] {
	const first = numberInput(inputs, 'firstPlanningYear');
	const last = Math.max(first, numberInput(inputs, 'endYear'));
	return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

function rowsOf(spec: InputSpec, columns: readonly Inputs[], units: readonly Unit[]): InputRow[] {
	if (spec.type !== 'number') {
		return [
			row(
				spec,
				spec.id,
				null,
				columns.map((inputs) => effectiveInput(inputs, spec.id))
			)
		];
	}
	if (spec.perUnit) {
		const byUnit = columns.map((inputs) =>
			units.map((u) => numberInput(inputs, `${spec.id}.${u.id}`))
		);
		if (byUnit.every((values) => values.every((v) => same(v, values[0])))) {
			return [
				row(
					spec,
					`${spec.id}.*`,
					{ kind: 'allUnits' },
					byUnit.map((v) => v[0] ?? null)
				)
			];
		}
		return units.map((u, k) =>
			row(
				spec,
				`${spec.id}.${u.id}`,
				{ kind: 'unit', unitId: u.id, unitName: u.name },
				byUnit.map((values) => values[k])
			)
		);
	}
	const hasYears = columns.some((inputs) =>
		Object.keys(inputs).some((id) => id.startsWith(`${spec.id}.`))
	);
	if (spec.perYear && hasYears) {
		const years = [...new Set(columns.flatMap(planningYears))].sort((a, b) => a - b);
		return years.map((year) =>
			row(
				spec,
				`${spec.id}.${year}`,
				{ kind: 'year', year },
				columns.map((inputs) =>
					planningYears(inputs).includes(year) ? numberInput(inputs, `${spec.id}.${year}`) : null
				)
			)
		);
	}
	return [
		row(
			spec,
			spec.id,
			null,
			columns.map((inputs) => numberInput(inputs, spec.id))
		)
	];
}

/** Every input of `kind` (or all), one column per scenario, in the order the specs declare them. */
export function inputRows(
	columns: readonly Inputs[],
	units: readonly Unit[],
	kind?: InputKind
): InputRow[] {
	return INPUT_SPECS.filter((s) => !kind || s.kind === kind).flatMap((spec) =>
		rowsOf(spec, columns, units)
	);
}

/** The rows where the columns do not all agree. */
export function differingRows(rows: readonly InputRow[]): InputRow[] {
	return rows.filter((r) => r.values.some((v) => !same(v, r.values[0])));
}

/** The rows where some column is not at the default (for one column: what was changed). */
export function changedRows(rows: readonly InputRow[]): InputRow[] {
	return rows.filter((r) => r.isDefault.some((d) => !d));
}
