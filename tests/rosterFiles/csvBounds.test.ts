import { describe, expect, it } from 'vitest';
import {
	MAX_CSV_COLUMNS,
	MAX_CSV_LINE_CHARS,
	MAX_ROSTER_PEOPLE,
	MAX_ROSTER_ROWS,
	parseRosterCsv,
	rosterTemplateCsv
} from '../../src/lib/rosterFiles/csv';
import { csvBoundsIssue, headerWidthIssue } from '../../src/lib/rosterFiles/csvBounds';
import { formatRosterIssue } from '../../src/lib/rosterFiles/messages';
import {
	looksLikeNip,
	nipLikePositions,
	withRowNumberIds
} from '../../src/lib/rosterFiles/personalIds';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';

describe('roster CSV bounds, checked before parsing', () => {
	it('the documented limits', () => {
		expect(MAX_CSV_COLUMNS).toBe(200);
		expect(MAX_CSV_LINE_CHARS).toBe(10_000);
		expect(MAX_ROSTER_PEOPLE).toBe(100_000);
		expect(MAX_ROSTER_ROWS).toBe(MAX_ROSTER_PEOPLE);
	});

	it('a header of 4 million columns is refused on its length, before any cell is split', () => {
		const text = ','.repeat(4_000_000) + '\nx\n';
		expect(parseRosterCsv(text)).toEqual({
			ok: false,
			errors: [
				{ severity: 'error', code: 'line_too_long', row: 1, count: 4_000_000, limit: 10_000 }
			],
			notices: []
		});
	});

	it('any line past the limit is named by its row, whatever its line ending', () => {
		const long = 'x'.repeat(MAX_CSV_LINE_CHARS + 1);
		expect(csvBoundsIssue(`a\r\nb\r${long}\n`)).toMatchObject({ code: 'line_too_long', row: 3 });
		expect(csvBoundsIssue('x'.repeat(MAX_CSV_LINE_CHARS))).toBeNull();
	});

	it('rows: blank lines do not count, more data rows than the cap do', () => {
		const header = 'id,unit\n';
		expect(csvBoundsIssue(header + 'a,b\n\n;;\n'.repeat(10))).toBeNull();
		const over = header + 'a\n'.repeat(MAX_ROSTER_ROWS + 1);
		expect(csvBoundsIssue(over)).toEqual({
			severity: 'error',
			code: 'too_many_rows',
			count: MAX_ROSTER_ROWS + 1,
			limit: MAX_ROSTER_ROWS
		});
		expect(csvBoundsIssue(header + 'a\n'.repeat(MAX_ROSTER_ROWS))).toBeNull();
	});

	it('the header: at most 200 titled columns; trailing empty cells (Excel) do not count', () => {
		const titled = (n: number) => Array.from({ length: n }, (_, k) => `c${k}`);
		expect(headerWidthIssue([...titled(200), '', ' '], 1)).toBeNull();
		expect(headerWidthIssue(titled(201), 3)).toEqual({
			severity: 'error',
			code: 'header_too_wide',
			row: 3,
			count: 201,
			limit: 200
		});
		const wide = '\n' + titled(250).join(';') + '\n1\n';
		expect(parseRosterCsv(wide)).toMatchObject({
			ok: false,
			errors: [{ code: 'header_too_wide', row: 2, count: 250 }]
		});
	});

	it('the template and its Excel dialect still parse', () => {
		expect(parseRosterCsv(rosterTemplateCsv('id', { excel: true })).ok).toBe(true);
		expect(parseRosterCsv(rosterTemplateCsv('en')).ok).toBe(true);
	});

	it('the new refusals are sentences in both languages', () => {
		const line = {
			severity: 'error',
			code: 'line_too_long',
			row: 4,
			count: 12_345,
			limit: 10_000
		} as const;
		expect(formatRosterIssue(line, 'en')).toMatch(/Row 4 has 12,345 characters.*10,000/);
		expect(formatRosterIssue(line, 'id')).toMatch(/Baris 4: 12\.345 karakter.*10\.000/);
		const wide = {
			severity: 'error',
			code: 'header_too_wide',
			row: 1,
			count: 300,
			limit: 200
		} as const;
		expect(formatRosterIssue(wide, 'en')).toMatch(/300 columns.*200/);
		expect(formatRosterIssue(wide, 'id')).toMatch(/300 kolom.*200/);
	});
});

describe('NIP-like ids', () => {
	it.each([
		['198001012005011001', true],
		['6474010101900001', true],
		['19800101200501100', false],
		['1980010120050110011', false],
		['P000001', false],
		['19800101 200501 1 001', false]
	])('%s → %s', (id, nip) => {
		expect(looksLikeNip(id)).toBe(nip);
	});

	it('row numbers replace every id, keep everything else, and change the fingerprint', () => {
		const parsed = parseRosterCsv(rosterTemplateCsv('en'));
		if (!parsed.ok) throw new Error('template');
		const roster = {
			...parsed.roster,
			people: parsed.roster.people.map((p, k) => ({
				...p,
				id: k === 1 ? 'P2' : `19800101200501100${k}`
			}))
		};
		expect(nipLikePositions(roster)).toEqual([0, 2]);
		const snapshot = JSON.stringify(roster);
		const numbered = withRowNumberIds(roster);
		expect(JSON.stringify(roster)).toBe(snapshot);
		expect(numbered.people.map((p) => p.id)).toEqual(['1', '2', '3']);
		const blankIds = (r: typeof roster) => r.people.map((p) => ({ ...p, id: '' }));
		expect(blankIds(numbered)).toEqual(blankIds(roster));
		expect(numbered.units).toEqual(roster.units);
		expect(nipLikePositions(numbered)).toEqual([]);
		expect(rosterFingerprint(numbered)).not.toBe(rosterFingerprint(roster));
	});
});
