/**
 * Input rows in the page's language: "Cakupan pelatihan — Bidang Anggaran", "1,5 %",
 * "2 tempat/tahun", "Proporsional". Values carry their unit.
 */
import type { InputValue } from '../../scenario/scenario';
import { UNIT_KEYS } from '../controlText';
import { formatInputValue } from '../model/inputView';
import type { Localiser } from '../model/rulebookView';
import type { InputRow, Member } from './inputRows';

function memberText(l: Localiser, member: Member): string {
	switch (member.kind) {
		case 'allUnits':
			return l.t('planner.perUnit.all');
		case 'unit':
			return member.unitName;
		case 'year':
			return l.fmt.year(member.year);
	}
}

/** The input's label, with its unit or year when the row is one member of a family. */
export function inputLabel(l: Localiser, row: InputRow): string {
	const label = l.text(row.spec.label);
	return row.member
		? l.t('planner.control.memberLabel', { label, member: memberText(l, row.member) })
		: label;
}

/** Units already written by the number format ("%", "Rp") or needing no word (year, ratio). */
const SELF_EVIDENT = new Set(['percent', 'rupiah', 'year', 'ratio']);

/** A value with its unit; "—" where the input does not apply. */
export function inputValueText(l: Localiser, row: InputRow, value: InputValue | null): string {
	const spec = row.spec;
	if (value === null) return '—';
	if (spec.type === 'choice') {
		const option = spec.options.find((o) => o.value === value);
		return option ? l.text(option.label) : String(value);
	}
	if (spec.type === 'formula') return value === '' ? l.t('planner.formula.builtIn') : String(value);
	if (typeof value !== 'number') return String(value);
	const number = formatInputValue(l.fmt, spec, value);
	if (SELF_EVIDENT.has(spec.unit)) return number;
	// The number format wrote "3 %"; the unit word says "3 %/tahun".
	if (spec.unit === 'percentPerYear')
		return `${number.replace(/\s*%$/, '')} ${l.t(UNIT_KEYS.percentPerYear)}`;
	return `${number} ${l.t(UNIT_KEYS[spec.unit])}`;
}

/**
 * Each distinct source with a letter (A, B, …, then AA, AB, …) in order of first use, so a
 * compact table can refer to it and write it once below itself.
 */
export function sourceKeys(l: Localiser, rows: readonly InputRow[]): Map<string, string> {
	const keys = new Map<string, string>();
	const letter = (k: number): string =>
		(k >= 26 ? letter(Math.floor(k / 26) - 1) : '') + String.fromCharCode(65 + (k % 26));
	for (const r of rows) {
		const source = l.text(r.spec.source);
		if (!keys.has(source)) keys.set(source, letter(keys.size));
	}
	return keys;
}

/** One line per input family, for a compact list of what a single scenario changed. */
export interface FamilyLine {
	key: string;
	specId: string;
	label: string;
	/** The value, or "member: value; …" when the family's members differ. */
	value: string;
	defaultValue: string;
}

/**
 * The rows of one column merged by family: a per-year budget share becomes one line
 * "2023: 1 %; 2024: 1,2 %; …" instead of a row per year, so a printed brief stays short.
 */
export function familyLines(l: Localiser, rows: readonly InputRow[], column = 0): FamilyLine[] {
	const families = new Map<string, InputRow[]>();
	for (const r of rows) families.set(r.spec.id, [...(families.get(r.spec.id) ?? []), r]);
	return [...families].map(([specId, members]) => {
		const first = members[0];
		const single = members.length === 1;
		return {
			key: single ? first.key : specId,
			specId,
			label: single ? inputLabel(l, first) : l.text(first.spec.label),
			value: single
				? inputValueText(l, first, first.values[column])
				: members
						.map((r) => {
							const member = r.member ? memberText(l, r.member) : '';
							return `${member}: ${inputValueText(l, r, r.values[column])}`;
						})
						.join('; '),
			defaultValue: inputValueText(l, first, first.spec.default)
		};
	});
}
