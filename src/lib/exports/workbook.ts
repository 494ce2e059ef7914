/**
 * Tables as an Excel workbook (.xlsx): one sheet per table, each under a heading that says
 * whose numbers they are (and, for the illustrative roster, a disclaimer), with a bold, frozen
 * header row, numbers as numbers with number formats, and column widths that fit.
 *
 * exceljs is loaded here, by a dynamic import, only when a workbook is written: the pages
 * that offer the download never fetch it until the button is pressed. Works in Node (tests)
 * and in the browser.
 */
import type { CsvCell, CsvTable } from './csv';
import type { DataTable, TableColumn } from './chartTables';

/** One sheet: its name (in the page's language), its heading lines and its table. */
export interface SheetSpec {
	name: string;
	/** The first line, in bold: whose numbers these are. */
	title: string;
	/** A second line in warning colour, e.g. "Data pegawai ilustratif …". */
	warning?: string;
	table: DataTable;
}

/** Row of the header in every sheet: title, warning (or blank), a blank row, then the header. */
export const HEADER_ROW = 4;

/** Excel refuses these in sheet names, and names longer than 31 characters. */
const SHEET_NAME_BAD = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

const WARNING_COLOUR = 'FFA4262C';
const HEADER_FILL = 'FFE9EEF3';
const WIDTH = { min: 8, max: 48, header: 28 };

/** A CSV table (header, rows, decimals) as a `DataTable`: decimals make a number column. */
export function csvAsDataTable(table: CsvTable): DataTable {
	return {
		columns: table.header.map((label, k): TableColumn => {
			const digits = table.digits?.[k];
			if (k === 0 && digits === 0) return { label, kind: 'year' };
			return digits === undefined ? { label, kind: 'text' } : { label, kind: 'number', digits };
		}),
		rows: table.rows
	};
}

/** A table with a first column put in front: `[value, …row]` for every row. */
export function withFirstColumn(
	column: TableColumn,
	parts: ReadonlyArray<{ value: CsvCell; table: DataTable }>
): DataTable {
	if (parts.length === 0) return { columns: [column], rows: [] };
	return {
		columns: [column, ...parts[0].table.columns],
		rows: parts.flatMap((p) => p.table.rows.map((row) => [p.value, ...row]))
	};
}

/** The number format of a column: years plain, numbers grouped with fixed decimals. */
export function numberFormat(column: TableColumn): string {
	if (column.kind === 'year') return '0';
	if (column.kind === 'text') return 'General';
	const digits = column.digits ?? 0;
	const base = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
	return column.suffix ? `${base}"${column.suffix}"` : base;
}

/** Sheet names Excel accepts, each once: bad characters dropped, at most 31 characters. */
export function sheetNames(names: readonly string[]): string[] {
	const used = new Set<string>();
	return names.map((raw) => {
		const clean = raw.replace(SHEET_NAME_BAD, ' ').replace(/\s+/g, ' ').trim() || 'Sheet';
		let name = clean.slice(0, SHEET_NAME_MAX);
		for (let k = 2; used.has(name.toLowerCase()); k++) {
			const suffix = ` (${k})`;
			name = `${clean.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
		}
		used.add(name.toLowerCase());
		return name;
	});
}

/** About how many characters a cell shows (numbers with grouping and decimals). */
function shownLength(value: CsvCell, column: TableColumn): number {
	if (value === null) return 0;
	if (typeof value === 'string') return value.length;
	if (column.kind === 'year') return String(value).length;
	if (column.kind === 'text') return String(value).length;
	const digits = column.digits ?? 0;
	const whole = Math.abs(Math.trunc(value)).toString().length;
	return whole + Math.floor((whole - 1) / 3) + (digits ? digits + 1 : 0) + (value < 0 ? 1 : 0);
}

/** Column widths in characters: the longest cell, the header up to a wrap, within bounds. */
export function columnWidths(table: DataTable): number[] {
	return table.columns.map((column, k) => {
		const header = Math.min(column.label.length, WIDTH.header);
		const cells = table.rows.reduce((most, row) => Math.max(most, shownLength(row[k], column)), 0);
		return Math.min(WIDTH.max, Math.max(WIDTH.min, header, cells + (column.suffix ? 2 : 0)) + 2);
	});
}

type ExcelJsModule = typeof import('exceljs');

async function loadExcelJs(): Promise<ExcelJsModule> {
	const mod = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
	// CommonJS in Node, the browser bundle's default export in Vite.
	return mod.default ?? mod;
}

/** Properties of the file itself (File → Properties in Excel). */
export interface WorkbookInfo {
	title: string;
	subject?: string;
	created: Date;
}

/** The sheets as an .xlsx file. */
export async function workbookBytes(
	sheets: readonly SheetSpec[],
	info: WorkbookInfo
): Promise<Uint8Array> {
	const ExcelJS = await loadExcelJs();
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Simulator IPASN';
	workbook.title = info.title;
	if (info.subject) workbook.subject = info.subject;
	workbook.created = info.created;
	workbook.modified = info.created;
	const names = sheetNames(sheets.map((s) => s.name));
	sheets.forEach((sheet, s) => {
		const { columns, rows } = sheet.table;
		const ws = workbook.addWorksheet(names[s], {
			views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }]
		});
		const title = ws.getCell(1, 1);
		title.value = sheet.title;
		title.font = { bold: true, size: 12 };
		if (sheet.warning) {
			const warning = ws.getCell(2, 1);
			warning.value = sheet.warning;
			warning.font = { bold: true, color: { argb: WARNING_COLOUR } };
		}
		const header = ws.getRow(HEADER_ROW);
		columns.forEach((column, k) => {
			const cell = header.getCell(k + 1);
			cell.value = column.label;
			cell.font = { bold: true };
			cell.alignment = {
				wrapText: true,
				vertical: 'bottom',
				horizontal: column.kind === 'number' ? 'right' : 'left'
			};
			cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
		});
		rows.forEach((row, r) => {
			if (row.length !== columns.length) {
				throw new Error(
					`Sheet "${sheet.name}", row ${r + 1} has ${row.length} cells but ${columns.length} columns: give every row one cell per column (null for an empty one).`
				);
			}
			const line = ws.getRow(HEADER_ROW + 1 + r);
			row.forEach((value, k) => {
				if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return;
				const cell = line.getCell(k + 1);
				cell.value = value;
				if (typeof value === 'number') cell.numFmt = numberFormat(columns[k]);
			});
		});
		columnWidths(sheet.table).forEach((width, k) => {
			ws.getColumn(k + 1).width = width;
		});
	});
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}

/** MIME type of an .xlsx file. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
