/**
 * Numbers as each language writes them: `71,59` and `Rp 386.050.000` in
 * Indonesian, `71.59` and `Rp 386,050,000` in English. d3-format does the work.
 */
import { formatLocale, type FormatLocaleObject } from 'd3-format';
import type { Lang } from './lang';

const LOCALES: Record<Lang, FormatLocaleObject> = {
	id: formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['Rp ', ''] }),
	en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['Rp ', ''] })
};

/** Short money units: juta / miliar in Indonesian, million / billion in English. */
const SHORT_UNITS: Record<Lang, { million: string; billion: string }> = {
	id: { million: 'jt', billion: 'M' },
	en: { million: 'm', billion: 'bn' }
};

export interface Formatter {
	lang: Lang;
	/** A number with exactly `digits` decimals and thousands grouping. */
	number(x: number, digits?: number): string;
	/** An index value: two decimals. */
	index(x: number): string;
	/** A percentage given in percent units (1.51 → "1,51 %"). */
	percent(x: number, digits?: number): string;
	/** A fraction as a percentage (0.4 → "40 %"). */
	fraction(x: number, digits?: number): string;
	/** Whole Rupiah: "Rp 386.050.000". */
	rupiah(x: number): string;
	/** Rupiah in millions or billions: "Rp 386,1 jt", "Rp 1,24 M". */
	rupiahShort(x: number): string;
	/** A signed difference: "+1,20" / "−0,35". */
	signed(x: number, digits?: number): string;
	/** A year, never grouped. */
	year(x: number): string;
}

const MISSING = '—';

export function createFormatter(lang: Lang): Formatter {
	const locale = LOCALES[lang];
	const fixed = (digits: number) => locale.format(`,.${digits}f`);
	const guard =
		(f: (x: number) => string) =>
		(x: number): string =>
			Number.isFinite(x) ? f(x) : MISSING;
	const units = SHORT_UNITS[lang];
	return {
		lang,
		number: (x, digits = 0) => guard(fixed(digits))(x),
		index: guard(fixed(2)),
		percent: (x, digits = 2) => guard((v) => `${fixed(digits)(v)} %`)(x),
		fraction: (x, digits = 0) => guard((v) => `${fixed(digits)(v * 100)} %`)(x),
		rupiah: guard((x) => `Rp ${fixed(0)(x)}`),
		rupiahShort: guard((x) => {
			const abs = Math.abs(x);
			if (abs >= 1e9) return `Rp ${fixed(2)(x / 1e9)} ${units.billion}`;
			if (abs >= 1e6) return `Rp ${fixed(1)(x / 1e6)} ${units.million}`;
			return `Rp ${fixed(0)(x)}`;
		}),
		signed: (x, digits = 2) =>
			guard((v) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${fixed(digits)(Math.abs(v))}`)(x),
		year: guard((x) => String(Math.round(x)))
	};
}
