/**
 * CSV for Excel: BOM, CRLF, the language's separator and decimal mark, quoting, and text that
 * cannot start a formula while numbers (negative ones too) stay numbers.
 */
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { formatCsvNumber, neutraliseText, toCsv, type CsvCell } from '../../src/lib/exports/csv';

const BOM = '\uFEFF';

/** The lines of a CSV text, without the BOM and the final line ending. */
function lines(text: string): string[] {
	expect(text.startsWith(BOM)).toBe(true);
	expect(text.endsWith('\r\n')).toBe(true);
	return text.slice(1, -2).split('\r\n');
}

describe('toCsv', () => {
	it('starts with a byte-order mark and ends every line with CRLF', () => {
		const text = toCsv(['a', 'b'], [[1, 2]], 'id');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text).toBe(`${BOM}a;b\r\n1;2\r\n`);
		// No bare LF anywhere: every \n is part of a \r\n.
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it.each([
		{ lang: 'id' as const, expected: ['Tahun;Indeks;Biaya', '2026;71,59;386050000'] },
		{ lang: 'en' as const, expected: ['Tahun,Indeks,Biaya', '2026,71.59,386050000'] }
	])('uses the separator and decimal mark of $lang, never thousands separators', (c) => {
		const text = toCsv(['Tahun', 'Indeks', 'Biaya'], [[2026, 71.59, 386_050_000]], c.lang);
		expect(lines(text)).toEqual(c.expected);
	});

	it.each([
		{
			lang: 'id' as const,
			cells: [71.5, 0.123, 1234.5],
			digits: [2, 1, 0],
			line: '71,50;0,1;1235'
		},
		{ lang: 'en' as const, cells: [71.5, 0.123, 1234.5], digits: [2, 1, 0], line: '71.50,0.1,1235' }
	])('writes fixed decimals per column when asked ($lang)', ({ lang, cells, digits, line }) => {
		expect(lines(toCsv(['a', 'b', 'c'], [cells], lang, { digits }))[1]).toBe(line);
	});

	it.each([
		{ cell: 'a;b', id: '"a;b"', en: 'a;b' },
		{ cell: 'a,b', id: 'a,b', en: '"a,b"' },
		{ cell: 'say "hi"', id: '"say ""hi"""', en: '"say ""hi"""' },
		{ cell: 'two\nlines', id: '"two\nlines"', en: '"two\nlines"' },
		{ cell: 'two\r\nlines', id: '"two\r\nlines"', en: '"two\r\nlines"' },
		{ cell: 'plain text', id: 'plain text', en: 'plain text' }
	])('quotes $cell where the language needs it', ({ cell, id, en }) => {
		expect(toCsv(['x'], [[cell]], 'id')).toBe(`${BOM}x\r\n${id}\r\n`);
		expect(toCsv(['x'], [[cell]], 'en')).toBe(`${BOM}x\r\n${en}\r\n`);
	});

	it.each([
		{ text: '=SUM(A1)', cell: "'=SUM(A1)" },
		{ text: '+1', cell: "'+1" },
		{ text: '-1', cell: "'-1" },
		{ text: '@cmd', cell: "'@cmd" },
		{ text: '\tcmd', cell: "'\tcmd" },
		{ text: '\rcmd', cell: `"'\rcmd"` },
		{ text: '=1+2;3', cell: `"'=1+2;3"` }
	])('neutralises the text $text so it cannot start a formula', ({ text, cell }) => {
		expect(lines(toCsv(['x'], [[text]], 'id'))[1]).toBe(cell);
	});

	it('neutralises the header too', () => {
		expect(lines(toCsv(['=HYPERLINK("x")'], [], 'en'))[0]).toBe(`"'=HYPERLINK(""x"")"`);
	});

	it('leaves negative numbers as numbers', () => {
		expect(lines(toCsv(['gap'], [[-3.41]], 'id'))[1]).toBe('-3,41');
		expect(lines(toCsv(['gap'], [[-3.41]], 'en'))[1]).toBe('-3.41');
		expect(lines(toCsv(['gap'], [[-3.414]], 'id', { digits: [2] }))[1]).toBe('-3,41');
	});

	it('writes null and non-finite numbers as empty cells', () => {
		const text = toCsv(['a', 'b', 'c', 'd'], [[null, NaN, Infinity, 'x']], 'id');
		expect(lines(text)[1]).toBe(';;;x');
	});

	it('reads back to the same cells with a CSV parser', () => {
		const rows: CsvCell[][] = [
			['Sangat Tinggi', 71.59, null, '=bad', 'a;b "c"\nd'],
			['Sedang', -0.5, 2026, '-2', '']
		];
		const text = toCsv(['k', 'v', 'y', 'f', 't'], rows, 'id');
		const parsed = dsvFormat(';').parseRows(text.slice(1));
		expect(parsed).toEqual([
			['k', 'v', 'y', 'f', 't'],
			['Sangat Tinggi', '71,59', '', "'=bad", 'a;b "c"\nd'],
			['Sedang', '-0,5', '2026', "'-2", '']
		]);
	});

	it('does not change its input', () => {
		const header = ['a', 'b'];
		const rows: CsvCell[][] = [['=x', 1.5]];
		const copy = structuredClone({ header, rows });
		toCsv(header, rows, 'id', { digits: [undefined, 2] });
		expect({ header, rows }).toEqual(copy);
	});

	it('tells the caller which row has the wrong number of cells', () => {
		expect(() => toCsv(['a', 'b'], [[1, 2], [3]], 'id')).toThrow(/row 2 has 1 cells.*2/);
	});
});

describe('formatCsvNumber', () => {
	it.each([
		{ x: 0.1 + 0.2, decimal: ',', digits: undefined, text: '0,30000000000000004' },
		{ x: 1e-7, decimal: ',', digits: undefined, text: '0,0000001' },
		{ x: 1e21, decimal: '.', digits: undefined, text: '1000000000000000000000' },
		{ x: -0.001, decimal: ',', digits: 2, text: '0,00' },
		{ x: -0, decimal: '.', digits: undefined, text: '0' },
		{ x: 72.495, decimal: ',', digits: 2, text: (72.495).toFixed(2).replace('.', ',') }
	])('writes $x as $text', ({ x, decimal, digits, text }) => {
		expect(formatCsvNumber(x, decimal, digits)).toBe(text);
	});
});

describe('neutraliseText', () => {
	it('leaves ordinary text alone', () => {
		for (const text of ['Sedang', '71,59', ' =x', 'a-b', '', 'Rp 1.000']) {
			expect(neutraliseText(text)).toBe(text);
		}
	});
});
