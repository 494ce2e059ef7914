/**
 * The numbers behind each chart as one table, built once and shown twice: as the chart's
 * accessible table view (formatted for the page) and as its CSV download (numbers Excel
 * reads). Both come from the same rows and the same per-column decimals, so they cannot drift.
 *
 * Pure TypeScript: rows and column specs only; `DataTableRows.svelte` draws them.
 */
import type { DimensionScores } from '../engine/scoring';
import { bandOf, categoryKey } from '../charts/categories';
import type {
	BudgetRow,
	CategoryBand,
	DimensionRow,
	ProjectionRow,
	ProjectionView,
	UnitRow
} from '../charts/viewModels';
import type { Formatter } from '../i18n/format';
import type { MessageKey, MessageParams } from '../i18n/messages';
import type { CsvCell, CsvTable } from './csv';

/** Translates a message key, as `I18n.t` does. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface TableColumn {
	label: string;
	/** `year`: a number written without grouping; `text`: left-aligned text; `number`: numeric. */
	kind: 'year' | 'text' | 'number';
	/** Decimals shown and exported (`number` columns; 0 when omitted). */
	digits?: number;
	/** Shown after the number on screen only (e.g. " %"); the CSV cell stays a number. */
	suffix?: string;
}

/** A chart's table: the first column names the row (a year or a unit). */
export interface DataTable {
	columns: TableColumn[];
	/** One cell per column: a number (or null when there is none) or a text. */
	rows: CsvCell[][];
}

/** What a cell shows on screen: the language's number format, `—` for a missing number. */
export function cellText(column: TableColumn, value: CsvCell, fmt: Formatter): string {
	if (typeof value === 'string') return value;
	if (value === null) return '—';
	if (column.kind === 'year') return fmt.year(value);
	if (column.kind === 'text') return String(value);
	const text = fmt.number(value, column.digits ?? 0);
	return Number.isFinite(value) && column.suffix ? `${text}${column.suffix}` : text;
}

/** The table as `toCsv` takes it: the same labels, rows and decimals. */
export function tableToCsv(table: DataTable): CsvTable {
	return {
		header: table.columns.map((c) => c.label),
		rows: table.rows,
		digits: table.columns.map((c) =>
			c.kind === 'year' ? 0 : c.kind === 'number' ? (c.digits ?? 0) : undefined
		)
	};
}

function categoryName(value: number, bands: readonly CategoryBand[], t: Translate): string {
	const band = bandOf(value, bands);
	return band ? t(categoryKey(band.id)) : '';
}

/**
 * The projection chart's table: the observed start year (median only), then each projected
 * year's p10, median, p90, the baseline's median, any compared scenario's median, the
 * median's category and the staff holding a post. A year with nobody measured has empty
 * index cells and "no staff" as its category.
 */
export function projectionTable(
	view: ProjectionView,
	compare: ReadonlyArray<{ label: string; rows: readonly ProjectionRow[] }>,
	t: Translate
): DataTable {
	const index = (label: string): TableColumn => ({ label, kind: 'number', digits: 2 });
	const columns: TableColumn[] = [
		{ label: t('common.year'), kind: 'year' },
		index(t('charts.projection.col.p10')),
		index(t('charts.projection.col.median')),
		index(t('charts.projection.col.p90')),
		index(t('charts.projection.col.baseline')),
		...compare.map((c) => index(t('charts.projection.col.compare', { label: c.label }))),
		{ label: t('charts.projection.col.category'), kind: 'text' },
		{ label: t('charts.projection.col.headcount'), kind: 'number', digits: 0 }
	];
	const start: CsvCell[] = [
		view.start.year,
		null,
		view.start.value,
		null,
		null,
		...compare.map(() => null),
		`${categoryName(view.start.value, view.bands, t)} (${t('charts.projection.observed')})`,
		view.start.headcount
	];
	const rows = view.rows.map((r): CsvCell[] => [
		r.year,
		r.p10,
		r.p50,
		r.p90,
		r.baseline,
		...compare.map((c) => c.rows.find((o) => o.year === r.year)?.p50 ?? null),
		r.p50 === null ? t('common.noStaff') : categoryName(r.p50, view.bands, t),
		r.headcount
	]);
	return { columns, rows: [start, ...rows] };
}

export type Dimension = keyof DimensionScores;

/**
 * The dimensions chart's table: each dimension's points per year (1 decimal) and their total;
 * a year with nobody measured has empty points and "no staff" as its total.
 */
export function dimensionsTable(
	rows: readonly DimensionRow[],
	dimensions: readonly Dimension[],
	maxima: Record<Dimension, number>,
	t: Translate
): DataTable {
	const name = (d: Dimension) => t(`charts.dimensions.${d}` as MessageKey);
	return {
		columns: [
			{ label: t('common.year'), kind: 'year' },
			...dimensions.map((d): TableColumn => ({
				label: t('charts.dimensions.col', { name: name(d), max: maxima[d] }),
				kind: 'number',
				digits: 1
			})),
			{ label: t('charts.dimensions.colTotal'), kind: 'number', digits: 1 }
		],
		rows: rows.map((r) =>
			r.noStaff
				? [r.year, ...dimensions.map(() => null), t('common.noStaff')]
				: [r.year, ...dimensions.map((d) => r[d]), dimensions.reduce((sum, d) => sum + r[d], 0)]
		)
	};
}

/**
 * The units chart's table for its year: coverage asked and funded (% of staff), the index
 * ("no staff" for a unit with nobody measured) and the staff holding a post.
 */
export function unitsTable(rows: readonly UnitRow[], t: Translate): DataTable {
	return {
		columns: [
			{ label: t('charts.units.unit'), kind: 'text' },
			{ label: t('charts.units.colAsked'), kind: 'number', digits: 0, suffix: ' %' },
			{ label: t('charts.units.colFunded'), kind: 'number', digits: 0, suffix: ' %' },
			{ label: t('charts.units.colIndex'), kind: 'number', digits: 2 },
			{ label: t('charts.units.colHeadcount'), kind: 'number', digits: 0 }
		],
		rows: rows.map((r) => [
			r.unitName,
			r.coverageAsked * 100,
			r.coverageFunded * 100,
			r.index ?? t('common.noStaff'),
			r.headcount
		])
	};
}

/**
 * The budget chart's table: phase, share of the ceiling (%, 2 decimals) and the amounts in
 * millions of Rupiah (1 decimal); asked and spent are empty for the recorded years.
 */
export function budgetTable(rows: readonly BudgetRow[], t: Translate): DataTable {
	const millions = (label: string): TableColumn => ({ label, kind: 'number', digits: 1 });
	const inMillions = (v: number | null) => (v === null ? null : v / 1e6);
	return {
		columns: [
			{ label: t('common.year'), kind: 'year' },
			{ label: t('charts.budget.phase'), kind: 'text' },
			{ label: t('charts.budget.colShare'), kind: 'number', digits: 2 },
			millions(t('charts.budget.colCeiling')),
			millions(t('charts.budget.colAllocated')),
			millions(t('charts.budget.colAsked')),
			millions(t('charts.budget.colSpent'))
		],
		rows: rows.map((r) => [
			r.year,
			t(`charts.budget.phase.${r.phase}` as MessageKey),
			r.sharePercent,
			inMillions(r.ceiling),
			inMillions(r.allocated),
			inMillions(r.asked),
			inMillions(r.spent)
		])
	};
}
