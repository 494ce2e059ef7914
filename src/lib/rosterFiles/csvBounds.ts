/**
 * Limits a roster CSV is checked against before it is parsed, so a small upload cannot cost a
 * lot of work: an 8 KB gzip body can decode to a header of 4 million columns, which took 1.7 s
 * of CPU to split and match before it was refused. One pass over the characters, no cell
 * splitting: every line's length, and the number of lines with content; the header's columns
 * are counted once its length is known to be small. Pure TypeScript (no Node APIs, no DOM).
 */
import { MAX_ROSTER_ROWS, type RosterIssue } from './issues';

/** A header may have at most this many titled columns (the roster format has 14). */
export const MAX_CSV_COLUMNS = 200;
/** A line may have at most this many characters (a roster row is about 80). */
export const MAX_CSV_LINE_CHARS = 10_000;

/** Characters that are not content: whitespace, the delimiters and the quote. */
function isFiller(code: number): boolean {
	return code <= 32 || code === 44 /* , */ || code === 59 /* ; */ || code === 34; /* " */
}

/**
 * The first limit `text` passes (a line too long, or more data rows than `MAX_ROSTER_ROWS`),
 * or null. Lines are counted as they appear; a line break inside a quoted cell (never written
 * by the roster's own writer) counts as one more line.
 */
export function csvBoundsIssue(text: string): RosterIssue | null {
	let row = 1;
	let lineStart = 0;
	let lineHasContent = false;
	let contentLines = 0;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 10;
		if (code !== 10 && code !== 13) {
			if (!lineHasContent && !isFiller(code)) lineHasContent = true;
			continue;
		}
		const length = i - lineStart;
		if (length > MAX_CSV_LINE_CHARS) {
			return {
				severity: 'error',
				code: 'line_too_long',
				row,
				count: length,
				limit: MAX_CSV_LINE_CHARS
			};
		}
		if (lineHasContent) contentLines++;
		if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
		row++;
		lineStart = i + 1;
		lineHasContent = false;
	}
	// The first line with content is the header.
	const dataRows = contentLines - 1;
	if (dataRows > MAX_ROSTER_ROWS) {
		return { severity: 'error', code: 'too_many_rows', count: dataRows, limit: MAX_ROSTER_ROWS };
	}
	return null;
}

/**
 * The header's columns up to its last titled one (trailing empty cells, as Excel writes them,
 * do not count), or an issue when there are more than `MAX_CSV_COLUMNS`.
 */
export function headerWidthIssue(cells: readonly string[], row: number): RosterIssue | null {
	let width = cells.length;
	while (width > 0 && cells[width - 1].trim() === '') width--;
	return width > MAX_CSV_COLUMNS
		? { severity: 'error', code: 'header_too_wide', row, count: width, limit: MAX_CSV_COLUMNS }
		: null;
}
