/**
 * The compare page's scenarios in one workbook. Tables in long form, one row per scenario and
 * year, with the scenario as the first column (what a pivot table or a filter wants): the
 * projection, the headline numbers (one row per scenario), and the scenario sheet with each
 * scenario's levers and assumptions side by side.
 */
import type { HeadlineNumbers, ProjectionView } from '../charts/viewModels';
import { categoryKey } from '../charts/categories';
import type { Unit } from '../engine/roster';
import type { MessageKey } from '../i18n/messages';
import type { CsvCell } from './csv';
import { projectionTable, type DataTable, type TableColumn } from './chartTables';
import type { ExportContext } from './exportContext';
import { sheetHeading, type Words } from './resultsWorkbook';
import { scenarioTable } from './scenarioSheet';
import { withFirstColumn, type SheetSpec } from './workbook';

/** One compared scenario: its context (name, agency, plan, roster) and what the page shows. */
export interface ComparedScenario {
	context: ExportContext;
	view: ProjectionView;
	headline: HeadlineNumbers;
	baselineHeadline: HeadlineNumbers;
}

function headlineTable(scenarios: readonly ComparedScenario[], l: Words): DataTable {
	const t = l.t;
	const col = (key: MessageKey, kind: TableColumn['kind'], digits?: number): TableColumn => ({
		label: t(key),
		kind,
		digits
	});
	return {
		columns: [
			{ label: t('exports.col.scenario'), kind: 'text' },
			col('exports.headline.targetYear', 'year'),
			col('exports.headline.index', 'number', 2),
			col('exports.headline.category', 'text'),
			col('exports.headline.target', 'number', 2),
			col('exports.headline.achievement', 'number', 2),
			col('exports.headline.gap', 'number', 2),
			col('exports.headline.totalCost', 'number', 0),
			col('exports.headline.cumulativeExtra', 'number', 0),
			col('exports.headline.costPerPoint', 'number', 0),
			col('exports.headline.baselineIndex', 'number', 2)
		],
		rows: scenarios.map(({ context, headline: h, baselineHeadline: b }): CsvCell[] => [
			context.scenario,
			h.targetYear,
			h.index,
			h.category === null ? t('common.noStaff') : t(categoryKey(h.category)),
			h.target,
			h.achievement,
			h.gap,
			h.totalCost,
			h.cumulativeExtraSpent,
			h.costPerPoint,
			b.index
		])
	};
}

/**
 * The sheets of a comparison. `context` is the page's (all scenarios' names, the agency, the
 * date, illustrative when any scenario is).
 */
export function compareSheets(
	scenarios: readonly ComparedScenario[],
	units: readonly Unit[],
	context: ExportContext,
	l: Words
): SheetSpec[] {
	const t = l.t;
	const heading = sheetHeading(context, l);
	const scenarioColumn: TableColumn = { label: t('exports.col.scenario'), kind: 'text' };
	return [
		{
			name: t('exports.sheet.projection'),
			...heading,
			table: withFirstColumn(
				scenarioColumn,
				scenarios.map((s) => ({ value: s.context.scenario, table: projectionTable(s.view, [], t) }))
			)
		},
		{ name: t('exports.sheet.headline'), ...heading, table: headlineTable(scenarios, l) },
		{
			name: t('exports.sheet.scenario'),
			...heading,
			table: scenarioTable(
				scenarios.map((s) => s.context),
				units,
				l,
				context.date
			)
		}
	];
}
