/**
 * Turns a rulebook into the rows of the model page's tables: every row carries a
 * translated label, a formatted value and the provenance of that value, so the
 * page shows the rulebook as the engine reads it and never retypes a number.
 */
import { EDUCATION_LEVELS, POST_TYPES, PUNISHMENTS, SKP_RATINGS } from '$lib/engine/roster';
import {
	COMPETENCY_INDICATORS,
	DIMENSIONS,
	type CategoryRow,
	type PointsRow,
	type Provenance,
	type Rulebook
} from '$lib/engine/rulebooks/rulebook';
import type { PendingRulebook } from '$lib/engine/rulebooks/pending';
import type { Formatter } from '$lib/i18n/format';
import type { Bilingual } from '$lib/i18n/lang';
import type { MessageKey, MessageParams } from '$lib/i18n/messages';

/** What the views need from the page's language (the `I18n` object fits). */
export interface Localiser {
	t(key: MessageKey, params?: MessageParams): string;
	text(value: Bilingual): string;
	readonly fmt: Formatter;
}

export interface RuleRow {
	/** Stable id of the row, e.g. `qualification.S3`. */
	key: string;
	label: string;
	value: string;
	/** Secondary reading of the value, e.g. the interval `[81, 91)`. */
	detail?: string;
	/** `null` where the rule does not apply (a competency indicator for another post type). */
	provenance: Provenance | null;
}

export interface RuleBody {
	/** Row-group heading (the post type in the competency table). */
	heading?: string;
	rows: RuleRow[];
}

export interface RuleTable {
	/** Element id of the table's heading, for the table of contents. */
	id: string;
	/** Heading above the table; absent when the table continues the previous heading. */
	title?: string;
	caption: string;
	/** Header of the row-group column, when bodies have headings. */
	groupHeader?: string;
	labelHeader: string;
	valueHeader: string;
	/** Values are numbers, aligned right. */
	numeric: boolean;
	bodies: RuleBody[];
	/** A footer row: label and value (e.g. the total of the dimension weights). */
	footer?: { label: string; value: string };
	/** Paragraphs shown under the table. */
	notes: string[];
}

/** Points as the rules write them: whole numbers bare, halves with one decimal. */
export function formatPoints(fmt: Formatter, points: number): string {
	return fmt.number(points, Number.isInteger(points) ? 0 : 1);
}

/** "1 tahun" / "2 years". */
export function formatYears(l: Localiser, n: number): string {
	return l.t(n === 1 ? 'model.years.one' : 'model.years.other', { n: l.fmt.number(n) });
}

/** The sum of the dimension maxima: the top of the index scale (100). */
export function maxIndex(rulebook: Rulebook): number {
	return DIMENSIONS.reduce((sum, d) => sum + rulebook.dimensions[d].points, 0);
}

export interface CategoryRange {
	/** Inclusive lower bound; `null` for the open bottom category. */
	low: number | null;
	/** Upper bound; inclusive for the top category, exclusive otherwise. */
	high: number;
	highInclusive: boolean;
}

/**
 * The ranges implied by the categories' lower bounds, read by the boundary rule:
 * each category runs from its `min` up to, not including, the next one's.
 */
export function categoryRanges(categories: readonly CategoryRow[], top: number): CategoryRange[] {
	return categories.map((c, i) => ({
		low: Number.isFinite(c.min) ? c.min : null,
		high: i === 0 ? top : categories[i - 1].min,
		highInclusive: i === 0
	}));
}

function pointsRow(l: Localiser, key: string, label: string, row: PointsRow): RuleRow {
	return { key, label, value: formatPoints(l.fmt, row.points), provenance: row.provenance };
}

function rangeText(l: Localiser, r: CategoryRange): { value: string; detail: string } {
	const n = (x: number) => formatPoints(l.fmt, x);
	if (r.low === null) {
		return {
			value: l.t('model.rules.categories.below', { high: n(r.high) }),
			detail: `< ${n(r.high)}`
		};
	}
	const key = r.highInclusive ? 'model.rules.categories.top' : 'model.rules.categories.between';
	const close = r.highInclusive ? ']' : ')';
	return {
		value: l.t(key, { low: n(r.low), high: n(r.high) }),
		detail: `[${n(r.low)}, ${n(r.high)}${close}`
	};
}

/** Every table of the rulebook, in the order the page shows them. */
export function rulebookTables(rulebook: Rulebook, l: Localiser): RuleTable[] {
	const t = l.t;
	const comp = rulebook.competency;
	const threshold = l.fmt.number(comp.technicalJpThreshold.value);
	const valueHeader = t('model.rules.points');

	const dimensions: RuleTable = {
		numeric: true,
		id: 'rules-dimensions',
		title: t('model.rules.dimensions.title'),
		caption: t('model.rules.dimensions.caption'),
		labelHeader: t('model.rules.dimensions.label'),
		valueHeader: t('model.rules.maxPoints'),
		bodies: [
			{
				rows: DIMENSIONS.map((d) =>
					pointsRow(l, `dimensions.${d}`, t(`model.dimension.${d}`), rulebook.dimensions[d])
				)
			}
		],
		footer: { label: t('model.rules.total'), value: formatPoints(l.fmt, maxIndex(rulebook)) },
		notes: [t('model.rules.dimensions.note', { max: formatPoints(l.fmt, maxIndex(rulebook)) })]
	};

	const qualification: RuleTable = {
		numeric: true,
		id: 'rules-qualification',
		title: t('model.rules.qualification.title'),
		caption: t('model.rules.qualification.caption'),
		labelHeader: t('model.rules.qualification.label'),
		valueHeader,
		// Highest education first, as the regulation lists it.
		bodies: [
			{
				rows: [...EDUCATION_LEVELS]
					.reverse()
					.map((e) =>
						pointsRow(l, `qualification.${e}`, t(`model.education.${e}`), rulebook.qualification[e])
					)
			}
		],
		notes: []
	};

	const competency: RuleTable = {
		numeric: true,
		id: 'rules-competency',
		title: t('model.rules.competency.title'),
		caption: t('model.rules.competency.caption'),
		groupHeader: t('model.rules.competency.postType'),
		labelHeader: t('model.rules.competency.label'),
		valueHeader,
		bodies: POST_TYPES.map((p) => ({
			heading: t(`model.postType.${p}`),
			rows: COMPETENCY_INDICATORS.map((i): RuleRow => {
				const row = comp.points[p][i];
				const label = t(`model.indicator.${i}`, { threshold });
				const key = `competency.${p}.${i}`;
				return row
					? pointsRow(l, key, label, row)
					: { key, label, value: t('model.rules.na'), provenance: null };
			})
		})),
		notes: []
	};

	const competencyRules: RuleTable = {
		numeric: false,
		id: 'rules-competency-windows',
		caption: t('model.rules.competencyRules.caption'),
		labelHeader: t('model.rules.competencyRules.label'),
		valueHeader: t('model.rules.value'),
		bodies: [
			{
				rows: [
					{
						key: 'competency.technicalJpThreshold',
						label: t('model.rules.competencyRules.threshold'),
						value: t('model.rules.competencyRules.jp', { value: threshold }),
						provenance: comp.technicalJpThreshold.provenance
					},
					{
						key: 'competency.technicalWindowYears',
						label: t('model.rules.competencyRules.technicalWindow'),
						value: formatYears(l, comp.technicalWindowYears.value),
						provenance: comp.technicalWindowYears.provenance
					},
					{
						key: 'competency.seminarWindowYears',
						label: t('model.rules.competencyRules.seminarWindow'),
						value: formatYears(l, comp.seminarWindowYears.value),
						provenance: comp.seminarWindowYears.provenance
					},
					{
						key: 'competency.technicalJpSources',
						label: t('model.rules.competencyRules.jpSources'),
						value: t(`model.rules.jpSources.${comp.technicalJpSources.value}`),
						provenance: comp.technicalJpSources.provenance
					}
				]
			}
		],
		notes: [t('model.rules.competencyRules.belowThreshold')]
	};

	const performance: RuleTable = {
		numeric: true,
		id: 'rules-performance',
		title: t('model.rules.performance.title'),
		caption: t('model.rules.performance.caption'),
		labelHeader: t('model.rules.performance.label'),
		valueHeader,
		// Best rating first.
		bodies: [
			{
				rows: [...SKP_RATINGS]
					.reverse()
					.map((r) =>
						pointsRow(l, `performance.${r}`, t(`model.skp.${r}`), rulebook.performance[r])
					)
			}
		],
		notes: []
	};

	const discipline: RuleTable = {
		numeric: true,
		id: 'rules-discipline',
		title: t('model.rules.discipline.title'),
		caption: t('model.rules.discipline.caption'),
		labelHeader: t('model.rules.discipline.label'),
		valueHeader,
		bodies: [
			{
				rows: PUNISHMENTS.map((p) =>
					pointsRow(l, `discipline.${p}`, t(`model.punishment.${p}`), rulebook.discipline[p])
				)
			}
		],
		notes: []
	};

	const measurement: RuleTable = {
		numeric: false,
		id: 'rules-measurement',
		title: t('model.rules.measurement.title'),
		caption: t('model.rules.measurement.caption'),
		labelHeader: t('model.rules.measurement.label'),
		valueHeader: t('model.rules.value'),
		bodies: [{ rows: measurementRows(rulebook, l) }],
		notes: []
	};

	const ranges = categoryRanges(rulebook.categories, maxIndex(rulebook));
	const categories: RuleTable = {
		numeric: false,
		id: 'rules-categories',
		title: t('model.rules.categories.title'),
		caption: t('model.rules.categories.caption'),
		labelHeader: t('model.rules.categories.label'),
		valueHeader: t('model.rules.range'),
		bodies: [
			{
				rows: rulebook.categories.map((c, i) => ({
					key: `categories.${c.id}`,
					label: t(`common.category.${c.id}`),
					...rangeText(l, ranges[i]),
					provenance: c.provenance
				}))
			}
		],
		notes: []
	};

	return [
		dimensions,
		qualification,
		competency,
		competencyRules,
		performance,
		discipline,
		measurement,
		categories
	];
}

/** The rules of timing and scope: which SKP year, candidates, no SKP, how long a punishment counts. */
function measurementRows(rulebook: Rulebook, l: Localiser): RuleRow[] {
	const t = l.t;
	const { performanceSkpYear, firstYearHiresMeasured, missingSkpPoints, disciplineWindowYears } =
		rulebook;
	return [
		{
			key: 'performanceSkpYear',
			label: t('model.rules.measurement.skpYear'),
			value: t(`model.rules.measurement.skpYear.${performanceSkpYear.value}`),
			provenance: performanceSkpYear.provenance
		},
		{
			key: 'firstYearHiresMeasured',
			label: t('model.rules.measurement.firstYear'),
			value: t(
				firstYearHiresMeasured.value
					? 'model.rules.measurement.firstYear.yes'
					: 'model.rules.measurement.firstYear.no'
			),
			provenance: firstYearHiresMeasured.provenance
		},
		{
			key: 'missingSkpPoints',
			label: t('model.rules.measurement.missingSkp'),
			value: t(
				missingSkpPoints.value === 1
					? 'model.rules.measurement.missingSkpValueOne'
					: 'model.rules.measurement.missingSkpValue',
				{ value: formatPoints(l.fmt, missingSkpPoints.value) }
			),
			provenance: missingSkpPoints.provenance
		},
		{
			key: 'disciplineWindowYears',
			label: t('model.rules.measurement.disciplineWindow'),
			value: t('model.rules.measurement.disciplineWindowValue', {
				years: formatYears(l, disciplineWindowYears.value)
			}),
			provenance: disciplineWindowYears.provenance
		}
	];
}

/** Every provenance the rulebook carries (the rows that are not "n/a"). */
export function rulebookProvenances(rulebook: Rulebook): Provenance[] {
	const comp = rulebook.competency;
	return [
		...DIMENSIONS.map((d) => rulebook.dimensions[d].provenance),
		...EDUCATION_LEVELS.map((e) => rulebook.qualification[e].provenance),
		...POST_TYPES.flatMap((p) =>
			COMPETENCY_INDICATORS.flatMap((i) => comp.points[p][i]?.provenance ?? [])
		),
		comp.technicalJpThreshold.provenance,
		comp.technicalWindowYears.provenance,
		comp.seminarWindowYears.provenance,
		comp.technicalJpSources.provenance,
		...SKP_RATINGS.map((r) => rulebook.performance[r].provenance),
		...PUNISHMENTS.map((p) => rulebook.discipline[p].provenance),
		rulebook.performanceSkpYear.provenance,
		rulebook.firstYearHiresMeasured.provenance,
		rulebook.missingSkpPoints.provenance,
		rulebook.disciplineWindowYears.provenance,
		...rulebook.categories.map((c) => c.provenance)
	];
}

/** One line of the rulebook list on /model: a rulebook that can be chosen, or a pending slot. */
export type RulebookListRow =
	| {
			kind: 'available';
			id: string;
			label: string;
			name: string;
			isDefault: boolean;
			/** Its tables are the ones the page shows. */
			shown: boolean;
			status: string;
			jpSources: string;
	  }
	| {
			kind: 'pending';
			id: string;
			label: string;
			status: string;
			jpSources: string;
			sources: Array<{ title: string; url?: string; finding: string }>;
	  };

/** The month a pending slot was last checked, as the page's language writes it ("Des 2026"). */
function checkedMonth(l: Localiser, checked: string): string {
	const [year, month] = checked.split('-').map(Number);
	return new Intl.DateTimeFormat(l.fmt.lang === 'id' ? 'id-ID' : 'en-GB', {
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** Every rulebook the app can use, then the slots waiting for a source. */
export function rulebookList(
	rulebooks: readonly Rulebook[],
	pending: readonly PendingRulebook[],
	defaultId: string,
	shownId: string,
	l: Localiser
): RulebookListRow[] {
	const t = l.t;
	return [
		...rulebooks.map((r): RulebookListRow => ({
			kind: 'available',
			id: r.id,
			label: l.text(r.label),
			name: r.name,
			isDefault: r.id === defaultId,
			shown: r.id === shownId,
			status: t(r.id === defaultId ? 'model.rules.list.default' : 'model.rules.list.available'),
			jpSources: t(`model.rules.jpSources.${r.competency.technicalJpSources.value}`)
		})),
		...pending.map((p): RulebookListRow => ({
			kind: 'pending',
			id: p.id,
			label: l.text(p.label),
			status: t('model.rules.list.pending', { checked: checkedMonth(l, p.checked) }),
			jpSources: t('model.rules.list.pendingValue'),
			sources: p.sources.map((s) => ({ title: s.title, url: s.url, finding: l.text(s.finding) }))
		}))
	];
}
