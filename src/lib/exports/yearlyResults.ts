/**
 * Every yearly output of a scenario run as one table, for a spreadsheet: the index and its
 * range, the dimensions, the budget, coverage, the target and the comparison with the
 * baseline. Pure TypeScript; `toCsv` turns it into a file.
 */
import { categoryKey } from '../charts/categories';
import type { Lang } from '../i18n/lang';
import { translate, type MessageKey } from '../i18n/messages';
import type { ScenarioRun } from '../scenario/runScenario';
import type { CsvTable } from './csv';

/** Decimals per kind of value: index points and percentages to 2, Rupiah whole. */
const INDEX = 2;
const PERCENT = 2;
const RUPIAH = 0;
/** People: means over draws, so one decimal (whole numbers in a deterministic run). */
const PEOPLE = 1;

/**
 * One row per projected year, the header in `lang`. Fractions of the engine (budget share,
 * coverage, share of staff with ≥ 20 JP) are written as percentages; Rupiah in full (not in
 * millions). The spending over the baseline is given for the year and summed since the first
 * planning year; the cost per index point is marginal (the year's extra spending ÷ the year's
 * gain) and empty unless both are positive. In a year nobody is measured (no staff) the index, its category, the
 * dimensions, the target columns and the baseline's median are empty cells (the category
 * cell says "no staff"), never 0; the staff columns still count who left and who was hired.
 */
export function yearlyResultsTable(run: ScenarioRun, lang: Lang): CsvTable {
	const t = (key: MessageKey) => translate(lang, key);
	const columns: Array<[MessageKey, number | undefined]> = [
		['exports.results.col.year', 0],
		['exports.results.col.phase', undefined],
		['exports.results.col.mean', INDEX],
		['exports.results.col.p10', INDEX],
		['exports.results.col.p50', INDEX],
		['exports.results.col.p90', INDEX],
		['exports.results.col.category', undefined],
		['exports.results.col.headcount', PEOPLE],
		['exports.results.col.measured', PEOPLE],
		['exports.results.col.retired', PEOPLE],
		['exports.results.col.otherLeavers', PEOPLE],
		['exports.results.col.hired', PEOPLE],
		['exports.results.col.qualification', INDEX],
		['exports.results.col.competency', INDEX],
		['exports.results.col.performance', INDEX],
		['exports.results.col.discipline', INDEX],
		['exports.results.col.ceiling', RUPIAH],
		['exports.results.col.share', PERCENT],
		['exports.results.col.allocated', RUPIAH],
		['exports.results.col.asked', RUPIAH],
		['exports.results.col.spent', RUPIAH],
		['exports.results.col.shortfall', RUPIAH],
		['exports.results.col.coverageAsked', PERCENT],
		['exports.results.col.coverageFunded', PERCENT],
		['exports.results.col.reached20Jp', PERCENT],
		['exports.results.col.achievement', PERCENT],
		['exports.results.col.gap', INDEX],
		['exports.results.col.baseline', INDEX],
		['exports.results.col.extraSpent', RUPIAH],
		['exports.results.col.cumulativeExtraSpent', RUPIAH],
		['exports.results.col.costPerPoint', RUPIAH]
	];
	const { result, baseline, comparison } = run;
	const rows = result.years.map((y, k) => {
		const base = baseline.years[k];
		const compared = comparison[k];
		if (base?.year !== y.year || compared?.year !== y.year) {
			throw new Error(
				`The run's baseline and comparison must cover the scenario's years: ${y.year} is missing. Pass a ScenarioRun made by runScenario().`
			);
		}
		// Nobody measured: the engine's dimensions are placeholders, not scores.
		const scored = y.index !== null;
		const points = (x: number) => (scored ? x : null);
		return [
			y.year,
			t(`charts.budget.phase.${y.phase}` as MessageKey),
			y.index?.mean ?? null,
			y.index?.p10 ?? null,
			y.index?.p50 ?? null,
			y.index?.p90 ?? null,
			y.category === null ? t('common.noStaff') : t(categoryKey(y.category)),
			y.staff.headcount,
			y.staff.measured,
			y.staff.retired,
			y.staff.otherLeavers,
			y.staff.hired,
			points(y.dimensions.qualification),
			points(y.dimensions.competency),
			points(y.dimensions.performance),
			points(y.dimensions.discipline),
			y.budget.ceiling,
			y.budget.share * 100,
			y.budget.allocated,
			y.budget.asked,
			y.budget.spent,
			y.budget.shortfall,
			y.coverage.asked * 100,
			y.coverage.funded * 100,
			y.reached20Jp * 100,
			y.achievement,
			y.gapToTarget,
			base.index?.p50 ?? null,
			compared.extraSpent,
			compared.cumulativeExtraSpent,
			compared.costPerPoint
		];
	});
	return { header: columns.map(([key]) => t(key)), rows, digits: columns.map(([, d]) => d) };
}
