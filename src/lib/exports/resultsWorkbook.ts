/**
 * A scenario run as an Excel workbook, one sheet per table: the yearly results, the work units
 * (every year), the four dimensions, the budget, and the scenario (levers, assumptions,
 * rulebook, model version, seed, date, agency). Every sheet is headed by the agency, scenario
 * and date and, for the illustrative roster, the disclaimer.
 *
 * The sheets are plain data (`resultsSheets`, tested without Excel); `workbook.ts` writes them.
 */
import { agencyOf } from '../scenario/agency';
import { numberInput } from '../scenario/scenario';
import { budgetRows, dimensionRows, unitRows } from '../charts/viewModels';
import type { Unit } from '../engine/roster';
import type { Lang } from '../i18n/lang';
import type { ScenarioRun } from '../scenario/runScenario';
import type { Localiser } from '../ui/model/rulebookView';
import { budgetTable, dimensionsTable, unitsTable, type Dimension } from './chartTables';
import { isoDate, type ExportContext } from './exportContext';
import { scenarioTable } from './scenarioSheet';
import { csvAsDataTable, withFirstColumn, type SheetSpec } from './workbook';
import { yearlyResultsTable } from './yearlyResults';

/** The page's words: `I18n` is one. */
export type Words = Localiser & { lang: Lang };

export const DIMENSIONS: readonly Dimension[] = [
	'qualification',
	'competency',
	'performance',
	'discipline'
];
/** The dimensions' maximum points (PerBKN 8/2019), as the dimensions chart labels them. */
export const DIMENSION_MAXIMA: Record<Dimension, number> = {
	qualification: 25,
	competency: 40,
	performance: 30,
	discipline: 5
};

/** The heading of every sheet: agency — scenario · date; the disclaimer when illustrative. */
export function sheetHeading(
	context: ExportContext,
	l: Localiser
): Pick<SheetSpec, 'title' | 'warning'> {
	return {
		title: `${l.t('exports.context.title', { agency: context.agency, scenario: context.scenario })} · ${isoDate(context.date)}`,
		warning: context.illustrative ? l.t('exports.illustrative') : undefined
	};
}

/** The sheets of one scenario's results, in the page's language. */
export function resultsSheets(
	run: ScenarioRun,
	units: readonly Unit[],
	context: ExportContext,
	l: Words
): SheetSpec[] {
	const t = l.t;
	const heading = sheetHeading(context, l);
	const byUnit = withFirstColumn(
		{ label: t('common.year'), kind: 'year' },
		run.result.years.map((y) => ({
			value: y.year,
			table: unitsTable(unitRows(run.result, units, y.year), t)
		}))
	);
	return [
		{
			name: t('exports.sheet.yearly'),
			...heading,
			table: csvAsDataTable(yearlyResultsTable(run, l.lang))
		},
		{ name: t('exports.sheet.units'), ...heading, table: byUnit },
		{
			name: t('exports.sheet.dimensions'),
			...heading,
			table: dimensionsTable(dimensionRows(run.result), DIMENSIONS, DIMENSION_MAXIMA, t)
		},
		{
			name: t('exports.sheet.budget'),
			...heading,
			// The agency's recorded years before the projection, as the planner's budget chart.
			table: budgetTable(
				budgetRows(
					run.result,
					context.plan ? agencyOf(context.plan) : undefined,
					context.plan ? numberInput(context.plan.inputs, 'ceilingGrowth') : 0
				),
				t
			)
		},
		{
			name: t('exports.sheet.scenario'),
			...heading,
			table: scenarioTable([context], units, l, context.date)
		}
	];
}
