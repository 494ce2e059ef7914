/**
 * The levers and assumptions as rows for the model page: grouped by `group` in the
 * order the specs declare them, every value formatted for the page's language.
 */
import type { Formatter } from '$lib/i18n/format';
import type { InputGroup, InputSpec, NumberSpec } from '$lib/scenario/inputSpecs';
import type { Localiser } from './rulebookView';

export interface InputRow {
	id: string;
	kind: InputSpec['kind'];
	label: string;
	help?: string;
	/** "set per unit", "may differ by year". */
	tags: string[];
	unit: string;
	defaultValue: string;
	limits: string;
	/** Plausible range for Monte Carlo, or "fixed" when the input is not drawn. */
	plausible: string;
	drawn: boolean;
	/** The value is a number (aligned right); a choice's value is words. */
	numeric: boolean;
	source: string;
}

export interface InputGroupView {
	group: InputGroup;
	title: string;
	rows: InputRow[];
}

/** Decimals of a step: 0.01 → 2, 0.5 → 1, 50 000 → 0. */
function stepDecimals(step: number): number {
	const text = String(step);
	const dot = text.indexOf('.');
	return dot < 0 ? 0 : text.length - dot - 1;
}

/** The fewest decimals, up to the step's, that show `x` exactly: 5 → "5", 0.69 → "0,69". */
function decimalsFor(x: number, step: number): number {
	const max = stepDecimals(step);
	for (let d = 0; d < max; d++) {
		if (Math.abs(Number(x.toFixed(d)) - x) < 1e-9) return d;
	}
	return max;
}

/** A value of a number input as the planner reads it: "0,69 %", "Rp 3.500.000", "2026". */
export function formatInputValue(fmt: Formatter, spec: NumberSpec, x: number): string {
	const digits = decimalsFor(x, spec.step);
	switch (spec.unit) {
		case 'percent':
		case 'percentPerYear':
			return fmt.percent(x, digits);
		case 'rupiah':
			return fmt.rupiah(x);
		case 'year':
			return fmt.year(x);
		default:
			return fmt.number(x, digits);
	}
}

function inputRow(spec: InputSpec, l: Localiser): InputRow {
	const { t, fmt } = l;
	const base = {
		id: spec.id,
		kind: spec.kind,
		label: l.text(spec.label),
		help: spec.help ? l.text(spec.help) : undefined,
		unit: t(`model.unit.${spec.unit}`),
		source: l.text(spec.source)
	};
	if (spec.type === 'choice') {
		const labelOf = (value: string) =>
			l.text(spec.options.find((o) => o.value === value)?.label ?? { id: value, en: value });
		return {
			...base,
			tags: [],
			defaultValue: labelOf(spec.default),
			limits: t('model.inputs.options', {
				list: spec.options.map((o) => l.text(o.label)).join('; ')
			}),
			plausible: t('model.inputs.fixed'),
			drawn: false,
			numeric: false
		};
	}
	if (spec.type === 'formula') {
		return {
			...base,
			tags: [],
			defaultValue: t('planner.formula.builtIn'),
			limits: t('model.inputs.formula', { max: spec.maxLength }),
			plausible: t('model.inputs.fixed'),
			drawn: false,
			numeric: false
		};
	}
	// No-break spaces keep "Rp 50.000.000" and "30 %" whole; a range breaks only between values.
	const value = (x: number) => formatInputValue(fmt, spec, x).replace(/ /g, '\u00a0');
	const tags: string[] = [];
	if (spec.perUnit) tags.push(t('model.inputs.perUnit'));
	if (spec.perYear) tags.push(t('model.inputs.perYear'));
	return {
		...base,
		tags,
		defaultValue: value(spec.default),
		limits: t('model.inputs.range', { low: value(spec.min), high: value(spec.max) }),
		plausible: spec.range
			? t('model.inputs.range', { low: value(spec.range.low), high: value(spec.range.high) })
			: t('model.inputs.fixed'),
		drawn: spec.range !== undefined,
		numeric: true
	};
}

/** The specs grouped by `group`, groups in order of first appearance. */
export function inputGroups(specs: readonly InputSpec[], l: Localiser): InputGroupView[] {
	const groups = new Map<InputGroup, InputRow[]>();
	for (const spec of specs) {
		const rows = groups.get(spec.group) ?? [];
		rows.push(inputRow(spec, l));
		groups.set(spec.group, rows);
	}
	return [...groups].map(([group, rows]) => ({
		group,
		title: l.t(`model.group.${group}`),
		rows
	}));
}
