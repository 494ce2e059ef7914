/**
 * CSV for Excel, as the planner's users open it: UTF-8 with a byte-order mark (without it Excel
 * reads UTF-8 as the system code page and mangles "≥" and "–"), CRLF line endings, and the
 * separator and decimal mark of the page's language. Excel in an Indonesian locale splits on
 * `;` and reads `71,59` as a number; in an English locale it splits on `,` and reads `71.59`.
 *
 * Pure TypeScript: no DOM, no Node APIs.
 */
import { dsvFormat } from 'd3-dsv';
import type { Lang } from '../i18n/lang';

export type CsvCell = string | number | null;

/** A table ready for `toCsv`: its header, its rows and, optionally, each column's decimals. */
export interface CsvTable {
	header: string[];
	rows: CsvCell[][];
	/** As `CsvOptions.digits`. */
	digits?: Array<number | undefined>;
}

export interface CsvOptions {
	/**
	 * Fixed decimals per column (by position), e.g. `[0, 2, 2]`; `undefined` for a column writes
	 * the number in full. Rounding is `toFixed`'s, as in the app's d3 number formats, so a
	 * cell reads exactly like the table on screen.
	 */
	digits?: ReadonlyArray<number | undefined>;
	/**
	 * Lines written before the header as comments, `# ` first (what the file is: agency,
	 * scenario, date). Line breaks in them become spaces. `readCsvComments` splits them off.
	 */
	comments?: readonly string[];
}

/** Field separator and decimal mark per language. */
export const CSV_DIALECT: Record<Lang, { separator: string; decimal: string }> = {
	id: { separator: ';', decimal: ',' },
	en: { separator: ',', decimal: '.' }
};

const BOM = '\uFEFF';
/** What starts a comment line before the header. */
const COMMENT = '# ';
const EOL = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, that some
 * spreadsheets strip before doing so): text starting with one gets a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A table as CSV text for Excel. Numbers are written without thousands separators, in the
 * language's decimal format, so Excel reads them as numbers; non-finite numbers and `null`
 * are empty cells. Text (the header included) is quoted where needed and neutralised against
 * formula injection: `=SUM(A1)` becomes `'=SUM(A1)`. A negative *number* stays a number.
 *
 * @example toCsv(['Tahun', 'Indeks'], [[2026, 72.49]], 'id') // '\uFEFFTahun;Indeks\r\n2026;72,49\r\n'
 */
export function toCsv(
	header: readonly string[],
	rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
	lang: Lang,
	options: CsvOptions = {}
): string {
	const { separator, decimal } = CSV_DIALECT[lang];
	const dsv = dsvFormat(separator);
	const width = header.length;
	const lines = [
		...(options.comments ?? []).map((line) => `${COMMENT}${line.replace(/[\r\n]+/g, ' ')}`),
		dsv.formatRow(header.map(neutraliseText))
	];
	rows.forEach((row, r) => {
		if (row.length !== width) {
			throw new Error(
				`CSV row ${r + 1} has ${row.length} cells but the header has ${width}: give every row one cell per column (null for an empty one).`
			);
		}
		lines.push(
			dsv.formatRow(
				row.map((cell, c) =>
					typeof cell === 'number'
						? formatCsvNumber(cell, decimal, options.digits?.[c])
						: cell === null
							? ''
							: neutraliseText(cell)
				)
			)
		);
	});
	return BOM + lines.join(EOL) + EOL;
}

/**
 * A CSV made by `toCsv` split into its comment lines (without `# `) and the rest, the
 * header first; the byte-order mark is dropped.
 */
export function readCsvComments(text: string): { comments: string[]; body: string } {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const comments: string[] = [];
	while (lines.length > 0 && lines[0].startsWith('#')) {
		comments.push(lines.shift()!.replace(/^#\s?/, ''));
	}
	return { comments, body: lines.join('\r\n') };
}

/** Text that cannot start a formula: a leading apostrophe before `=`, `+`, `-`, `@`, tab or CR. */
export function neutraliseText(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A number as Excel reads it in the language: ASCII minus, no grouping, the language's decimal
 * mark, never exponent notation; empty for NaN and ±Infinity.
 */
export function formatCsvNumber(x: number, decimal: string, digits?: number): string {
	if (!Number.isFinite(x)) return '';
	let text = digits === undefined ? plainNumber(x) : x.toFixed(digits);
	// A value that rounds to zero has no sign ("-0,00" would read as an odd negative zero).
	if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
	return decimal === '.' ? text : text.replace('.', decimal);
}

/** The shortest text that reads back as `x`, written out in full instead of as `1e-7`. */
function plainNumber(x: number): string {
	const text = String(x);
	if (!/e/i.test(text)) return text;
	return x.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
