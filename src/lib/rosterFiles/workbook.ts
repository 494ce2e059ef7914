/**
 * Opens an Excel workbook (.xlsx) and gives its sheets as rows of cell texts. First by the fast
 * reader (`xlsxFast.ts`: fflate and a hand-written scan, the same texts without an object per
 * cell); a workbook it cannot vouch for is read by exceljs. Both are loaded here, by dynamic
 * imports, only when a workbook is read: a CSV import never fetches them.
 * Works in Node (CLI, tests) and in a Web Worker (the browser import).
 */
import { cellText } from './cellText';
import type { FastSheet } from './xlsxFast';

export interface SheetInfo {
	name: string;
	/** Rows with at least one value. */
	rows: number;
	/** Hidden in Excel: listed, but not read unless chosen. */
	hidden: boolean;
}

/** One row of a sheet: Excel's row number and the cell texts from column A on. */
export interface SheetRow {
	row: number;
	cells: string[];
}

export interface OpenWorkbook {
	sheets: SheetInfo[];
	/** The rows with content of sheet `index` (0-based, in the workbook's order). */
	rows(index: number): SheetRow[];
	/** Its first `count` rows with content (for finding a header). */
	head(index: number, count: number): SheetRow[];
}

export type OpenedWorkbook = { ok: true; book: OpenWorkbook } | { ok: false; reason: string };

/**
 * Parts of a sheet the roster never reads. Skipping them saves time on big files, and
 * skipping merged ranges keeps a merged title from being copied into every cell it spans
 * (exceljs gives each merged cell the master's value).
 */
const IGNORED_NODES = [
	'mergeCells',
	'dataValidations',
	'conditionalFormatting',
	'hyperlinks',
	'drawing',
	'picture',
	'extLst',
	'pageSetup',
	'pageMargins',
	'headerFooter',
	'printOptions',
	'rowBreaks',
	'sheetProtection',
	'tableParts',
	'autoFilter'
];

type ExcelJsModule = typeof import('exceljs');

async function loadExcelJs(): Promise<ExcelJsModule> {
	const mod = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
	// CommonJS in Node, the browser bundle's default export in Vite.
	return mod.default ?? mod;
}

export interface OpenWorkbookOptions {
	/**
	 * `auto` (default): the fast reader, exceljs for what it leaves. `exceljs`: exceljs only
	 * (the reference the fast reader is tested against).
	 */
	reader?: 'auto' | 'exceljs';
}

/** Reads the workbook; a file that is not one (or is damaged) gives the reader's reason. */
export async function openWorkbook(
	bytes: Uint8Array,
	options: OpenWorkbookOptions = {}
): Promise<OpenedWorkbook> {
	if (options.reader !== 'exceljs') {
		const { readXlsxFast } = await import('./xlsxFast');
		const sheets = readXlsxFast(bytes);
		if (sheets) return { ok: true, book: fastBook(sheets) };
	}
	const ExcelJS = await loadExcelJs();
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs's types ask for a Node Buffer; JSZip inside takes any byte array.
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
	} catch (error) {
		return { ok: false, reason: String((error as Error)?.message ?? error).slice(0, 200) };
	}
	const worksheets = workbook.worksheets;
	return {
		ok: true,
		book: {
			sheets: worksheets.map((ws) => ({
				name: ws.name,
				rows: ws.actualRowCount,
				hidden: ws.state !== 'visible'
			})),
			rows: (index) => sheetRows(worksheets[index], Infinity),
			head: (index, count) => sheetRows(worksheets[index], count)
		}
	};
}

/** The workbook as the fast reader gave it: every sheet's rows already read. */
function fastBook(sheets: FastSheet[]): OpenWorkbook {
	return {
		sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.length, hidden: s.hidden })),
		rows: (index) => sheets[index]?.rows.slice() ?? [],
		head: (index, count) => sheets[index]?.rows.slice(0, count) ?? []
	};
}

type Worksheet = InstanceType<ExcelJsModule['Workbook']>['worksheets'][number];

function sheetRows(ws: Worksheet | undefined, count: number): SheetRow[] {
	const out: SheetRow[] = [];
	if (!ws) return out;
	const last = ws.rowCount;
	for (let r = 1; r <= last && out.length < count; r++) {
		const row = ws.findRow(r);
		if (!row || !row.hasValues) continue;
		// `values` is 1-based (index 0 is empty) and may have holes.
		const values = row.values as unknown[];
		const cells: string[] = new Array(Math.max(0, values.length - 1));
		for (let j = 1; j < values.length; j++) cells[j - 1] = cellText(values[j]);
		out.push({ row: r, cells });
	}
	return out;
}

/**
 * The sheet read when none is chosen: the first visible one whose top rows hold a header the
 * reader knows (`looksRight`), else the first visible one with data, else the first. A cover
 * or instructions sheet in front of the data is passed over.
 */
export function defaultSheet(
	book: OpenWorkbook,
	looksRight: (head: SheetRow[]) => boolean
): number {
	const { sheets } = book;
	for (let k = 0; k < sheets.length; k++)
		if (!sheets[k].hidden && sheets[k].rows > 0 && looksRight(book.head(k, 30))) return k;
	const withData = sheets.findIndex((s) => !s.hidden && s.rows > 0);
	return withData >= 0 ? withData : 0;
}
