/**
 * A workbook cell as the text the roster columns parse, the same text a person would type into
 * a CSV file: numbers in JavaScript's shortest form with a decimal point (22.5, 2021),
 * booleans as true/false, dates as yyyy-mm-dd, rich text as its plain text, a formula as its
 * last calculated result, a hyperlink as its text, an error as Excel shows it (#N/A).
 *
 * Typed by shape, not by exceljs's classes, so the module costs nothing until a workbook is
 * read. Pure TypeScript (no Node APIs, no DOM).
 */

/** What exceljs puts in `cell.value` (and in `row.values`), as far as the roster reads it. */
export type CellValue = unknown;

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

function dateText(date: Date): string {
	if (Number.isNaN(date.getTime())) return '';
	// exceljs reads a date cell as midnight UTC of that day.
	return date.toISOString().slice(0, 10);
}

export function cellText(value: CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number')
		return Number.isFinite(value) ? String(value === 0 ? 0 : value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (value instanceof Date) return dateText(value);
	if (!isRecord(value)) return '';
	// Rich text: runs of differently formatted text.
	if (Array.isArray(value.richText)) {
		let text = '';
		for (const run of value.richText)
			if (isRecord(run) && typeof run.text === 'string') text += run.text;
		return text;
	}
	// A formula (plain or shared): its cached result. A workbook never opened in Excel since
	// the formula was written has none, and the cell reads as empty.
	if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
	if ('hyperlink' in value) return cellText(value.text);
	if (typeof value.error === 'string') return value.error;
	if ('text' in value) return cellText(value.text);
	return '';
}
