/**
 * An explanation of a change as the "why?" panel shows it: the causes rounded to hundredths so
 * that the rounded parts add up to the rounded total (the table visibly sums), the waterfall's
 * bars, the table by dimension and one sentence in plain words.
 *
 * Pure TypeScript: the panel passes its translator and formatter.
 */
import {
	CAUSES,
	DIMENSION_IDS,
	DIMENSION_OF,
	type CauseId,
	type Explanation
} from '../../engine/explain';
import type { Dimension } from '../../engine/rulebooks/rulebook';
import type { Formatter } from '../../i18n/format';
import type { MessageKey, MessageParams } from '../../i18n/messages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What the change is measured against. */
export type WhyMode = 'statusQuo' | 'previousYear';

/** Hundredths of a point: the precision shown. */
const DIGITS = 2;
const SCALE = 10 ** DIGITS;

/**
 * `values` rounded to `DIGITS` decimals so that they add up exactly to `total` rounded
 * (largest remainders): the parts of a sum that is exact stay a sum once shown.
 */
export function roundToSum(values: readonly number[], total: number): number[] {
	const target = Math.round(total * SCALE);
	const floors = values.map((v) => Math.floor(v * SCALE + 1e-9));
	let left = target - floors.reduce((a, b) => a + b, 0);
	const order = values
		.map((v, k) => ({ k, frac: v * SCALE - floors[k] }))
		.sort((a, b) => b.frac - a.frac || a.k - b.k);
	const units = [...floors];
	// Hand the hundredths left to the largest remainders (taken back from the smallest if negative).
	for (let j = 0; left > 0 && j < order.length; j++, left--) units[order[j].k]++;
	for (let j = order.length - 1; left < 0 && j >= 0; j--, left++) units[order[j].k]--;
	return units.map((u) => u / SCALE);
}

export interface WaterfallStep {
	key: CauseId | 'total';
	label: string;
	/** Points, rounded to hundredths. */
	value: number;
	/** Where the bar starts and ends on the points axis (the total runs from 0). */
	start: number;
	end: number;
	/** The cause's dimension; null for leavers and hires (all four) and the total. */
	dimension: Dimension | null;
}

export interface WhyView {
	year: number;
	mode: WhyMode;
	/** The figure explained, before and after, and the change, rounded as shown. */
	before: number;
	after: number;
	change: number;
	/** The causes that moved the index (non-zero once rounded), then the total. */
	steps: WaterfallStep[];
	dimensions: Array<{ dimension: Dimension; label: string; value: number }>;
	sentence: string;
}

const causeLabel = (t: Translate, c: CauseId) => t(`why.cause.${c}` as MessageKey);
const causePhrase = (t: Translate, c: CauseId) => t(`why.phrase.${c}` as MessageKey);

/** The panel's view of an explanation. */
export function whyView(e: Explanation, mode: WhyMode, t: Translate, fmt: Formatter): WhyView {
	const before = Math.round(e.before * SCALE) / SCALE;
	const after = Math.round(e.after * SCALE) / SCALE;
	// The change shown is after − before as shown, so the figures beside it agree.
	const change = Math.round((after - before) * SCALE) / SCALE;
	const rounded = roundToSum(
		CAUSES.map((c) => e.byCause[c]),
		change
	);
	const steps: WaterfallStep[] = [];
	let at = 0;
	CAUSES.forEach((c, k) => {
		const value = rounded[k];
		if (value === 0) return;
		const end = Math.round((at + value) * SCALE) / SCALE;
		steps.push({
			key: c,
			label: causeLabel(t, c),
			value,
			start: at,
			end,
			dimension: c === 'staff' ? null : DIMENSION_OF[c]
		});
		at = end;
	});
	steps.push({
		key: 'total',
		label: t('why.total'),
		value: change,
		start: 0,
		end: change,
		dimension: null
	});
	const dimensionValues = roundToSum(
		DIMENSION_IDS.map((d) => e.byDimension[d]),
		change
	);
	const dimensions = DIMENSION_IDS.map((dimension, k) => ({
		dimension,
		label: t(`why.dimension.${dimension}` as MessageKey),
		value: dimensionValues[k]
	}));
	return {
		year: e.year,
		mode,
		before,
		after,
		change,
		steps,
		dimensions,
		sentence: sentenceOf(e, mode, steps, { before, after, change }, t, fmt)
	};
}

function sentenceOf(
	e: Explanation,
	mode: WhyMode,
	steps: readonly WaterfallStep[],
	shown: { before: number; after: number; change: number },
	t: Translate,
	fmt: Formatter
): string {
	const against =
		mode === 'statusQuo'
			? t('why.sentence.against.statusQuo')
			: t('why.sentence.against.previousYear', { year: fmt.year(e.beforeYear) });
	const year = fmt.year(e.year);
	if (shown.change === 0)
		return t('why.sentence.same', { year, against, after: fmt.index(shown.after) });
	const causes = steps.filter((s) => s.key !== 'total');
	const sign = Math.sign(shown.change);
	const along = causes
		.filter((s) => Math.sign(s.value) === sign)
		.sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
		.slice(0, 2);
	const against_ = causes
		.filter((s) => Math.sign(s.value) === -sign)
		.sort((a, b) => Math.abs(b.value) - Math.abs(a.value))[0];
	const part = (s: WaterfallStep) =>
		t('why.sentence.part', {
			cause: causePhrase(t, s.key as CauseId),
			value: fmt.signed(s.value, DIGITS)
		});
	let main = along.map(part).join(` ${t('why.and')} `);
	if (against_)
		main += t('why.sentence.offset', {
			cause: causePhrase(t, against_.key as CauseId),
			value: fmt.signed(against_.value, DIGITS)
		});
	return t(sign > 0 ? 'why.sentence.up' : 'why.sentence.down', {
		year,
		against,
		points: fmt.number(Math.abs(shown.change), DIGITS),
		before: fmt.index(shown.before),
		after: fmt.index(shown.after),
		main
	});
}
