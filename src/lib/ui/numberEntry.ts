/**
 * Typed numbers for the lever controls: shows a value the way the page's language writes it
 * and reads back what a planner types, in either convention (`1,5` or `1.5`, `3.500.000` or
 * `3,500,000`), then checks it against the spec's min, max and step. Pure: no DOM, no Svelte.
 */
import type { Formatter } from '../i18n/format';
import type { NumberSpec } from '../scenario/inputSpecs';

/** Decimals a spec's step needs: 0.01 → 2, 0.5 → 1, 50 000 → 0. */
export function decimalsOf(step: number): number {
	if (Number.isInteger(step)) return 0;
	const text = String(step);
	const exponent = /e-(\d+)$/.exec(text);
	if (exponent) return Number(exponent[1]);
	return text.split('.')[1]?.length ?? 0;
}

/** The value as the text box shows it: the step's decimals, grouped, years never grouped. */
export function formatEntry(value: number, spec: NumberSpec, fmt: Formatter): string {
	if (spec.unit === 'year') return fmt.year(value);
	return fmt.number(value, decimalsOf(spec.step));
}

/**
 * Reads a typed number. Both `,` and `.` are accepted as the decimal mark. When both occur,
 * the last one is the decimal mark and the other groups thousands; a mark repeated is a
 * thousands separator; a single mark followed by exactly three digits groups thousands only
 * when the input takes whole steps (so `3.500` Rupiah is 3 500 but a share of `1.500` is 1.5).
 * A leading `Rp`, a trailing `%`, spaces and the sign `−` are tolerated. Null: not a number.
 */
export function parseEntry(text: string, wholeSteps: boolean): number | null {
	let s = text
		.trim()
		.replace(/^rp\.?/i, '')
		.replace(/%$/, '')
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/[−–]/g, '-');
	let sign = 1;
	if (s.startsWith('-') || s.startsWith('+')) {
		if (s[0] === '-') sign = -1;
		s = s.slice(1);
	}
	if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;

	const commas = s.split(',').length - 1;
	const dots = s.split('.').length - 1;
	let decimalMark: ',' | '.' | null = null;
	let groupMark: ',' | '.' | null = null;
	if (commas > 0 && dots > 0) {
		decimalMark = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
		groupMark = decimalMark === ',' ? '.' : ',';
		if ((decimalMark === ',' ? commas : dots) > 1) return null;
	} else if (commas + dots > 0) {
		const mark = commas > 0 ? ',' : '.';
		const count = commas + dots;
		const afterLast = s.length - s.lastIndexOf(mark) - 1;
		if (count > 1 || (wholeSteps && afterLast === 3)) groupMark = mark;
		else decimalMark = mark;
	}

	let integer = s;
	let fraction = '';
	if (decimalMark) {
		const at = s.lastIndexOf(decimalMark);
		integer = s.slice(0, at);
		fraction = s.slice(at + 1);
		if (!/^\d*$/.test(fraction)) return null;
	}
	if (groupMark) {
		// Thousands groups must be whole: 1.234.567, not 1.23.4567.
		if (!new RegExp(`^\\d{1,3}(\\${groupMark}\\d{3})*$`).test(integer)) return null;
		integer = integer.split(groupMark).join('');
	}
	if (!/^\d*$/.test(integer) || (integer === '' && fraction === '')) return null;
	const value = Number(`${integer || '0'}.${fraction || '0'}`);
	return Number.isFinite(value) ? sign * value : null;
}

/** The nearest value on the spec's step grid (counted from min), within min and max. */
export function snapToStep(value: number, spec: NumberSpec): number {
	const steps = Math.round((value - spec.min) / spec.step);
	const snapped = Number((spec.min + steps * spec.step).toFixed(decimalsOf(spec.step)));
	return Math.min(spec.max, Math.max(spec.min, snapped));
}

export type EntryResult =
	{ ok: true; value: number; rounded: boolean } | { ok: false; problem: 'notNumber' | 'range' };

/** Reads and checks a typed entry; a value off the step grid is rounded onto it, never sent as is. */
export function readEntry(text: string, spec: NumberSpec): EntryResult {
	const parsed = parseEntry(text, decimalsOf(spec.step) === 0);
	if (parsed === null) return { ok: false, problem: 'notNumber' };
	if (parsed < spec.min || parsed > spec.max) return { ok: false, problem: 'range' };
	const value = snapToStep(parsed, spec);
	return { ok: true, value, rounded: value !== parsed };
}

/** Rupiah multipliers a planner writes after a number: "600 jt", "1,2 M", "750 rb". */
const RUPIAH_MULTIPLIERS: Readonly<Record<string, number>> = {
	triliun: 1e12,
	tn: 1e12,
	t: 1e12,
	miliar: 1e9,
	milyar: 1e9,
	billion: 1e9,
	bn: 1e9,
	m: 1e9,
	juta: 1e6,
	million: 1e6,
	jt: 1e6,
	mn: 1e6,
	ribu: 1e3,
	thousand: 1e3,
	rb: 1e3,
	k: 1e3
};
/** The longest suffix first, so "jt" is not read as "t" (triliun). */
const RUPIAH_SUFFIX = new RegExp(
	`(${Object.keys(RUPIAH_MULTIPLIERS)
		.sort((a, b) => b.length - a.length)
		.join('|')})\\.?$`,
	'i'
);

/**
 * Reads an amount of Rupiah as a planner types it: `600.000.000`, `Rp 600 jt`, `1,2 M`,
 * `600 juta`. With a multiplier the number may have decimals (`1,2 M`); without one it is
 * whole Rupiah, so `600.000` groups thousands. Null: not an amount.
 */
export function parseRupiahEntry(text: string): number | null {
	let s = text
		.trim()
		.replace(/^rp\.?/i, '')
		.trim();
	let multiplier = 1;
	const suffix = RUPIAH_SUFFIX.exec(s);
	if (suffix) {
		multiplier = RUPIAH_MULTIPLIERS[suffix[1].toLowerCase()];
		s = s.slice(0, suffix.index);
	}
	const value = parseEntry(s, multiplier === 1);
	return value === null || value < 0 ? null : value * multiplier;
}
