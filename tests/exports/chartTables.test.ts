/**
 * A chart's table view and its CSV come from one table: each CSV cell reads exactly like the
 * table cell on screen, but as a number Excel understands (no grouping, ASCII minus, empty
 * for a missing value).
 */
import { dsvFormat } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	budgetTable,
	cellText,
	projectionTable,
	tableToCsv,
	unitsTable,
	type DataTable
} from '../../src/lib/exports/chartTables';
import { budgetRows, projectionView, unitRows } from '../../src/lib/charts/viewModels';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import { toCsv } from '../../src/lib/exports/csv';
import { createFormatter } from '../../src/lib/i18n/format';
import type { Lang } from '../../src/lib/i18n/lang';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/messages';
import { BONTANG_UNITS } from '../../src/lib/scenario/bontang';
import { runScenario, type ScenarioRun } from '../../src/lib/scenario/runScenario';
import { defaultScenario } from '../../src/lib/scenario/scenario';

const LANGS: Lang[] = ['id', 'en'];
const tr = (lang: Lang) => (key: MessageKey, params?: MessageParams) =>
	translate(lang, key, params);

let run: ScenarioRun;
beforeAll(() => {
	run = runScenario(defaultScenario(), { draws: 0 });
});

/** The table as the page shows it, and the CSV's cells turned back into that text. */
function screenAndCsv(table: DataTable, lang: Lang) {
	const fmt = createFormatter(lang);
	const screen = table.rows.map((row) =>
		row.map((cell, k) => cellText(table.columns[k], cell, fmt))
	);
	const csv = tableToCsv(table);
	const separator = lang === 'id' ? ';' : ',';
	const thousands = lang === 'id' ? '.' : ',';
	const text = toCsv(csv.header, csv.rows, lang, { digits: csv.digits });
	const [header, ...rows] = dsvFormat(separator).parseRows(text.slice(1));
	const asOnScreen = rows.map((row) =>
		row.map((cell, k) => {
			const column = table.columns[k];
			if (column.kind !== 'number') return cell;
			if (cell === '') return '—';
			// The screen groups thousands and writes a real minus sign; the file does neither.
			const [whole, fraction] = cell.replace('-', '−').split(lang === 'id' ? ',' : '.');
			const grouped = whole.replace(/\B(?=(\d{3})+$)/g, thousands);
			const decimal = lang === 'id' ? ',' : '.';
			return `${grouped}${fraction === undefined ? '' : decimal + fraction}${column.suffix ?? ''}`;
		})
	);
	return { screen, header, asOnScreen };
}

describe('chart tables: the CSV has the table view’s numbers', () => {
	it.each(LANGS)('projection (%s)', (lang) => {
		const view = projectionView(run, DEFAULT_RULEBOOK);
		const table = projectionTable(view, [], tr(lang));
		const { screen, header, asOnScreen } = screenAndCsv(table, lang);
		expect(header).toEqual(table.columns.map((c) => c.label));
		expect(asOnScreen).toEqual(screen);
		// The observed start year, then one row per projected year.
		expect(table.rows).toHaveLength(view.rows.length + 1);
		const medians = table.rows.slice(1).map((r) => r[2]);
		expect(medians).toEqual(view.rows.map((r) => r.p50));
	});

	it.each(LANGS)('budget, with empty asked and spent in the recorded years (%s)', (lang) => {
		const rows = budgetRows(run.result);
		const table = budgetTable(rows, tr(lang));
		const { screen, asOnScreen } = screenAndCsv(table, lang);
		expect(asOnScreen).toEqual(screen);
		const recorded = table.rows.filter((_, k) => rows[k].phase === 'history');
		expect(recorded.length).toBeGreaterThan(0);
		for (const row of recorded) expect(row.slice(5)).toEqual([null, null]);
	});

	it.each(LANGS)('units, percentages shown with " %" and exported as numbers (%s)', (lang) => {
		const table = unitsTable(unitRows(run.result, BONTANG_UNITS, 2026), tr(lang));
		const { screen, asOnScreen } = screenAndCsv(table, lang);
		expect(asOnScreen).toEqual(screen);
		expect(screen[0][1]).toMatch(/ %$/);
	});

	it('headers follow the language', () => {
		const view = projectionView(run, DEFAULT_RULEBOOK);
		expect(projectionTable(view, [], tr('id')).columns[2].label).toBe('Median (indeks)');
		expect(projectionTable(view, [], tr('en')).columns[2].label).toBe('Median (index)');
	});

	it('adds a column per compared scenario, empty where it has no such year', () => {
		const view = projectionView(run, DEFAULT_RULEBOOK);
		const other = { label: 'B', rows: view.rows.slice(1) };
		const before = structuredClone({ view, other });
		const table = projectionTable(view, [other], tr('en'));
		expect(table.columns.map((c) => c.label)).toContain('B (median, index)');
		expect(table.rows[1][5]).toBeNull();
		expect(table.rows[2][5]).toBe(view.rows[1].p50);
		expect({ view, other }).toEqual(before);
	});
});
