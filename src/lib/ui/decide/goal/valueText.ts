/** An input's value with its unit, in the page's language: "5 %/tahun", "32 JP", "Rp 1.000". */
import type { Formatter } from '../../../i18n/format';
import type { MessageKey, MessageParams } from '../../../i18n/messages';
import type { NumberSpec } from '../../../scenario/inputSpecs';
import { UNIT_KEYS } from '../../controlText';
import { formatInputValue } from '../../model/inputView';

interface Localiser {
	t(key: MessageKey, params?: MessageParams): string;
	readonly fmt: Formatter;
}

const SELF_EVIDENT = new Set(['percent', 'rupiah', 'year', 'ratio']);

export function valueText(l: Localiser, unit: NumberSpec['unit'], step: number, x: number): string {
	const number = formatInputValue(l.fmt, { unit, step } as NumberSpec, x);
	if (SELF_EVIDENT.has(unit)) return number;
	if (unit === 'percentPerYear')
		return `${number.replace(/\s*%$/, '')} ${l.t(UNIT_KEYS.percentPerYear)}`;
	return `${number} ${l.t(UNIT_KEYS[unit])}`;
}
