/**
 * The headline numbers as table rows: each metric's label, its value for a scenario, and the
 * scenario's difference from its baseline, signed and in the page's language.
 */
import type { HeadlineNumbers } from '../../charts/viewModels';
import type { MessageKey } from '../../i18n/messages';
import type { Localiser } from '../model/rulebookView';
import { periodText, type CostPeriod, type PeriodCost } from './periodCost';

export const METRIC_IDS = [
	'index',
	'category',
	'achievement',
	'gap',
	'totalCost',
	'costPerPoint',
	'reached20Jp',
	'evenness'
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricCell {
	value: string;
	/** The exact amount, for a tooltip, when `value` is rounded (Rupiah). */
	exact?: string;
	/** Difference from the baseline; null where none is meaningful (the baseline itself). */
	diff: string | null;
}

/** One column of the headline table: the baseline, or a scenario measured against its baseline. */
export interface HeadlineColumn {
	key: string;
	label: string;
	headline: HeadlineNumbers;
	/** The baseline this column is measured against; null for the baseline column itself. */
	baseline: HeadlineNumbers | null;
	/** Written as `data-scenario` on the column's cells. */
	scenarioId?: string | null;
	/**
	 * Spending over the table's common cost period (see `headlineMetrics`): then the total cost
	 * and the cumulative extra spending are summed over that period, not up to the target year.
	 */
	cost?: PeriodCost;
}

export interface Metric {
	id: MetricId;
	label: string;
	/** `cost`: the column's spending over the table's period, when the table has one. */
	cell(headline: HeadlineNumbers, baseline: HeadlineNumbers | null, cost?: PeriodCost): MetricCell;
}

/** "+Rp 1,20 M", "−Rp 350,0 jt", "±Rp 0". */
export function signedRupiah(l: Localiser, x: number): string {
	if (!Number.isFinite(x)) return '—';
	const sign = x > 0.5 ? '+' : x < -0.5 ? '−' : '±';
	return `${sign}${l.fmt.rupiahShort(Math.abs(x))}`;
}

/**
 * The cumulative spending over the baseline as a Rupiah amount that is never negative: a plan
 * that spends less says how much less ("Rp 120,0 jt lebih hemat dari baseline").
 */
export function cumulativeExtraText(l: Localiser, x: number): string {
	return x < -0.5
		? l.t('compare.cumulative.saved', { value: l.fmt.rupiahShort(-x) })
		: l.fmt.rupiahShort(Math.max(0, x));
}

/**
 * Why a headline has no cost per point (it is null): nobody measured, no gain over the
 * baseline, or a gain bought with no extra spending that year.
 */
export function noCostPerPointText(l: Localiser, h: HeadlineNumbers): string {
	if (h.indexGainOverBaseline === null) return l.t('common.noStaff');
	return h.indexGainOverBaseline > 0.005 && h.extraSpent < 1
		? l.t('compare.costPerPoint.noExtra')
		: l.t('compare.costPerPoint.none');
}

/**
 * The metric rows. `targetYear` names the year in the labels when every scenario shares it;
 * null says "in the target year" and the table shows each scenario's year. With `period`, the
 * costs of every column (given as `cost`) are summed over that one period, stated in the label
 * ("Biaya total 2027–2030"); without it, each over its own planning years to its target year.
 */
export function headlineMetrics(
	l: Localiser,
	targetYear: number | null,
	period: CostPeriod | null = null
): Metric[] {
	const { t, fmt } = l;
	const periodLabel = period ? periodText(period, fmt.year) : null;
	const points = (x: number) => t('compare.diff.points', { value: fmt.signed(x, 2) });
	const pp = (x: number) => t('compare.diff.pp', { value: fmt.signed(x * 100, 1) });
	const ppOrNone = (a: number, b: number) =>
		Number.isFinite(a) && Number.isFinite(b) ? pp(a - b) : '—';
	const noStaff = t('common.noStaff');
	/** "2023–2026": the planning years summed up to the target year. */
	const planYears = (h: HeadlineNumbers) =>
		h.firstPlanYear === null || h.firstPlanYear >= h.targetYear
			? fmt.year(h.targetYear)
			: `${fmt.year(h.firstPlanYear)}–${fmt.year(h.targetYear)}`;
	/** A difference only where both sides have a number (nobody measured: no difference). */
	const diffOf = (a: number | null, b: number | null, text: (x: number) => string): string =>
		a === null || b === null ? '—' : text(a - b);
	const category = (h: HeadlineNumbers) =>
		h.category === null ? noStaff : t(`common.category.${h.category}` as MessageKey);
	const gapText = (gap: number | null) =>
		gap === null
			? noStaff
			: Math.abs(gap) < 0.005
				? t('compare.gap.met')
				: t(gap > 0 ? 'compare.gap.short' : 'compare.gap.above', {
						value: fmt.number(Math.abs(gap), 2)
					});

	return [
		{
			id: 'index',
			label:
				targetYear === null
					? t('compare.metric.indexTargetYear')
					: t('kpi.index.title', { year: fmt.year(targetYear) }),
			cell: (h, b) => ({
				value: h.index === null ? noStaff : fmt.index(h.index),
				diff: b ? diffOf(h.index, b.index, points) : null
			})
		},
		{
			id: 'category',
			label: t('common.category'),
			cell: (h, b) => ({
				value: category(h),
				diff: !b
					? null
					: b.category === h.category
						? t('compare.diff.sameCategory')
						: t('compare.diff.categoryWas', { category: category(b) })
			})
		},
		{
			id: 'achievement',
			label: t('compare.metric.achievement'),
			cell: (h, b) => ({
				value: h.achievement === null ? noStaff : fmt.percent(h.achievement, 2),
				diff: b ? diffOf(h.achievement, b.achievement, (x) => pp(x / 100)) : null
			})
		},
		{
			id: 'gap',
			label: t('compare.metric.gap'),
			cell: (h, b) => ({ value: gapText(h.gap), diff: b ? diffOf(h.gap, b.gap, points) : null })
		},
		{
			id: 'totalCost',
			label: periodLabel
				? t('compare.metric.totalCostPeriod', { period: periodLabel })
				: t('kpi.cost.title'),
			cell: (h, b, cost) =>
				period && cost
					? {
							value: fmt.rupiahShort(cost.total),
							exact: fmt.rupiah(cost.total),
							diff: b ? signedRupiah(l, cost.total - cost.baselineTotal) : null
						}
					: {
							value: fmt.rupiahShort(h.totalCost),
							exact: fmt.rupiah(h.totalCost),
							diff: b ? signedRupiah(l, h.totalCost - b.totalCost) : null
						}
		},
		{
			// Marginal, in the target year: that year's extra spending ÷ that year's gain. Beside
			// it, where the difference goes, the extra spending summed since the first planning year.
			id: 'costPerPoint',
			label:
				targetYear === null
					? t('compare.metric.costPerPoint')
					: t('kpi.costPerPoint.title', { year: fmt.year(targetYear) }),
			cell: (h, b, cost) => {
				// Over the table's period when it has one, so every column sums the same years.
				const cumulative = !b
					? null
					: periodLabel && cost
						? t('compare.costPerPoint.cumulative', {
								years: periodLabel,
								value: cumulativeExtraText(l, cost.total - cost.baselineTotal)
							})
						: t('compare.costPerPoint.cumulative', {
								years: planYears(h),
								value: cumulativeExtraText(l, h.cumulativeExtraSpent)
							});
				return h.costPerPoint === null
					? { value: b ? noCostPerPointText(l, h) : '—', diff: cumulative }
					: {
							value: fmt.rupiahShort(h.costPerPoint),
							exact: fmt.rupiah(h.costPerPoint),
							diff: cumulative
						};
			}
		},
		{
			id: 'reached20Jp',
			label: t('kpi.jp.title'),
			cell: (h, b) => ({
				value: fmt.fraction(h.reached20Jp, 0),
				diff: b ? ppOrNone(h.reached20Jp, b.reached20Jp) : null
			})
		},
		{
			id: 'evenness',
			label: t('kpi.evenness.title'),
			cell: (h, b) => ({
				value: fmt.fraction(h.coverageEvenness, 0),
				diff: b ? ppOrNone(h.coverageEvenness, b.coverageEvenness) : null
			})
		}
	];
}
