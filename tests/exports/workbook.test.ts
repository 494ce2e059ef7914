/**
 * The results and comparison workbooks, written with exceljs and read back with it: a sheet
 * per table named in the page's language, the heading with agency, scenario and date, numbers
 * as numbers with formats, a frozen bold header, and the illustrative-data disclaimer only
 * when the staff data are illustrative.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineNumbers, projectionView } from '../../src/lib/charts/viewModels';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import { compareSheets, type ComparedScenario } from '../../src/lib/exports/compareWorkbook';
import type { ExportContext } from '../../src/lib/exports/exportContext';
import { resultsSheets, type Words } from '../../src/lib/exports/resultsWorkbook';
import { HEADER_ROW, sheetNames, workbookBytes } from '../../src/lib/exports/workbook';
import { createFormatter } from '../../src/lib/i18n/format';
import type { Lang } from '../../src/lib/i18n/lang';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/messages';
import { BONTANG_UNITS } from '../../src/lib/scenario/bontang';
import { runScenario, type ScenarioRun } from '../../src/lib/scenario/runScenario';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/scenario';

const words = (lang: Lang): Words => ({
	lang,
	t: (key: MessageKey, params?: MessageParams) => translate(lang, key, params),
	text: (value) => value[lang],
	fmt: createFormatter(lang)
});
const DAY = new Date(2026, 11, 7, 12, 0, 0);
const DISCLAIMER = 'Data pegawai ilustratif (roster sintetis), bukan data BPKAD';

const scenario: Scenario = {
	...defaultScenario(),
	name: 'Skenario A',
	inputs: { trainingBudgetShare: 2.5, rulebook: DEFAULT_RULEBOOK.id }
};
let run: ScenarioRun;
beforeAll(() => {
	run = runScenario(scenario, { draws: 0 });
});

const contextOf = (illustrative: boolean): ExportContext => ({
	agency: 'Dinas Pendidikan & Kebudayaan',
	scenario: 'Skenario A',
	date: DAY,
	illustrative,
	plan: scenario
});

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes as unknown as ArrayBuffer);
	return book;
}

/** Column number of a header label in a sheet. */
function columnOf(sheet: ExcelJS.Worksheet, label: string): number {
	const values = sheet.getRow(HEADER_ROW).values as unknown[];
	const k = values.indexOf(label);
	expect(k, `"${label}" in ${JSON.stringify(values)}`).toBeGreaterThan(0);
	return k;
}

describe('the results workbook', () => {
	it('has a sheet per table, in Indonesian, headed with the context and the disclaimer', async () => {
		const sheets = resultsSheets(run, BONTANG_UNITS, contextOf(true), words('id'));
		const book = await readBack(await workbookBytes(sheets, { title: 'x', created: DAY }));
		expect(book.worksheets.map((s) => s.name)).toEqual([
			'Hasil tahunan',
			'Per unit kerja',
			'Per dimensi',
			'Anggaran',
			'Skenario'
		]);
		for (const sheet of book.worksheets) {
			expect(sheet.getCell(1, 1).value).toBe(
				'Dinas Pendidikan & Kebudayaan — Skenario A · 2026-12-07'
			);
			expect(sheet.getCell(2, 1).value).toBe(DISCLAIMER);
			expect(sheet.getRow(HEADER_ROW).getCell(1).font?.bold).toBe(true);
			expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
		}

		const yearly = book.getWorksheet('Hasil tahunan')!;
		const median = columnOf(yearly, 'Indeks median (P50)');
		const first = yearly.getRow(HEADER_ROW + 1);
		expect(first.getCell(1).value).toBe(run.result.years[0].year);
		expect(first.getCell(median).value).toBeCloseTo(run.result.years[0].index!.p50, 9);
		expect(first.getCell(median).numFmt).toBe('#,##0.00');
		expect(yearly.getColumn(median).width).toBeGreaterThanOrEqual(8);

		const units = book.getWorksheet('Per unit kerja')!;
		expect(units.actualRowCount).toBe(
			HEADER_ROW - 1 + run.result.years.length * BONTANG_UNITS.length
		);
		expect(units.getRow(HEADER_ROW + 1).getCell(2).value).toBe(BONTANG_UNITS[0].name);

		const plan = book.getWorksheet('Skenario')!;
		const rows = Array.from(plan.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
		const find = (item: string) => rows.find((r) => r[1] === item);
		expect(find('Instansi')?.[2]).toBe('Dinas Pendidikan & Kebudayaan');
		expect(find('Benih acak')?.[2]).toBe(scenario.seed);
		expect(find('Versi model')?.[2]).toBe(scenario.modelVersion);
		expect(find('Aturan penilaian')?.[2]).toBe(DEFAULT_RULEBOOK.label.id);
		expect(find('Data pegawai')?.[2]).toMatch(/^Ilustratif/);
		const share = rows.find(
			(r) => r[0] === 'Pilihan kebijakan' && typeof r[2] === 'number' && r[2] === 2.5
		);
		expect(share, 'the budget share lever as the number 2.5').toBeTruthy();
		expect(share?.[3]).toBe('persen');
		expect(rows.some((r) => r[0] === 'Asumsi' && typeof r[4] === 'string' && r[4].length > 0)).toBe(
			true
		);
	});

	it('has no disclaimer for the agency’s own data, and English sheet names', async () => {
		const sheets = resultsSheets(run, BONTANG_UNITS, contextOf(false), words('en'));
		const book = await readBack(await workbookBytes(sheets, { title: 'x', created: DAY }));
		expect(book.worksheets.map((s) => s.name)).toEqual([
			'Yearly results',
			'By work unit',
			'By dimension',
			'Budget',
			'Scenario'
		]);
		for (const sheet of book.worksheets) {
			expect(sheet.getCell(2, 1).value ?? null).toBeNull();
			const text = JSON.stringify(sheet.getSheetValues());
			expect(text).not.toMatch(/illustrative|ilustratif/i);
		}
	});

	it('does not change the run it is given', () => {
		const before = JSON.stringify(run);
		resultsSheets(run, BONTANG_UNITS, contextOf(true), words('id'));
		expect(JSON.stringify(run)).toBe(before);
	});
});

describe('the comparison workbook', () => {
	it('holds every scenario, with their levers side by side', async () => {
		const other: Scenario = { ...scenario, name: 'Skenario B', inputs: { trainingBudgetShare: 4 } };
		const compared: ComparedScenario[] = [scenario, other].map((s) => {
			const r = runScenario(s, { draws: 0 });
			return {
				context: { ...contextOf(s === other ? false : true), scenario: s.name!, plan: s },
				view: projectionView(r, DEFAULT_RULEBOOK),
				headline: headlineNumbers(r),
				baselineHeadline: headlineNumbers({ ...r, result: r.baseline })
			};
		});
		const page = { ...contextOf(true), scenario: 'Skenario A · Skenario B' };
		const book = await readBack(
			await workbookBytes(compareSheets(compared, BONTANG_UNITS, page, words('id')), {
				title: 'x',
				created: DAY
			})
		);
		expect(book.worksheets.map((s) => s.name)).toEqual(['Proyeksi', 'Angka utama', 'Skenario']);
		const projection = book.getWorksheet('Proyeksi')!;
		const names = new Set(
			projection
				.getColumn(1)
				.values.slice(HEADER_ROW + 1)
				.filter((v) => v !== undefined)
		);
		expect([...names]).toEqual(['Skenario A', 'Skenario B']);
		const headline = book.getWorksheet('Angka utama')!;
		expect(headline.getCell(HEADER_ROW + 1, 1).value).toBe('Skenario A');
		expect(headline.getCell(HEADER_ROW + 2, 1).value).toBe('Skenario B');
		const levers = book.getWorksheet('Skenario')!;
		expect(levers.getRow(HEADER_ROW).values).toEqual(
			expect.arrayContaining(['Skenario A', 'Skenario B'])
		);
		const shares = Array.from(levers.getSheetValues()).find(
			(r) => Array.isArray(r) && r[3] === 2.5 && r[4] === 4
		);
		expect(shares, 'the budget shares side by side').toBeTruthy();
		expect(levers.getCell(2, 1).value).toBe(DISCLAIMER);
	});
});

describe('sheet names', () => {
	it('are what Excel accepts, each once', () => {
		expect(sheetNames(['A/B: c?', 'x'.repeat(40), 'x'.repeat(40), ''])).toEqual([
			'A B c',
			'x'.repeat(31),
			`${'x'.repeat(27)} (2)`,
			'Sheet'
		]);
	});
});
