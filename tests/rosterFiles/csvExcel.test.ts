/**
 * What Excel in an Indonesian locale writes, read as it comes: the `sep=;` hint line, and the
 * writer's Excel dialect (the Indonesian template) read back.
 */
import { describe, expect, it } from 'vitest';
import {
	parseRosterCsv,
	rosterTemplateCsv,
	writeRosterCsv,
	type RosterParseResult
} from '../../src/lib/rosterFiles/csv';
import { bontangRoster } from '../../src/lib/scenario/bontang';

const HEADER =
	'id;unit_kerja;jenis_jabatan;pendidikan;diklat_kepemimpinan;diklat_fungsional;seminar_2_tahun;jp_teknis_setahun;predikat_skp;hukuman_disiplin';
const ROW = 'P1;Sekretariat;pelaksana;SD;tidak;tidak;ya;22,5;Butuh Perbaikan;tidak_ada';

function ok(result: RosterParseResult) {
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result;
}

describe('the sep= line', () => {
	it.each([
		['sep=;', 'as Excel writes it'],
		['"sep=;"', 'quoted by a tool that read it as a cell'],
		['sep=;;;;;;;;;', 'followed by empty cells'],
		['SEP=;', 'in capitals'],
		['sep=,', 'naming another separator than the file uses']
	])('%s (%s) is skipped and rows count from the header', (line) => {
		const text = `\uFEFF${line}\r\n${HEADER}\r\n${ROW}\r\nP2;Sekretariat;pelaksana;SMA;tidak;tidak;ya;x;baik;tidak_ada\r\n`;
		const result = parseRosterCsv(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		// The header is row 1, as Excel shows it (the sep line is hidden there).
		expect(result.errors).toEqual([
			expect.objectContaining({ code: 'not_a_number', row: 3, value: 'x' })
		]);
	});

	it('is only a hint on the first line: a later "sep=" is data', () => {
		const result = parseRosterCsv(`${HEADER}\nsep=;\n`);
		expect(result.ok).toBe(false);
	});

	it('reads the 2022 SKP words and SD', () => {
		const { roster } = ok(parseRosterCsv(`sep=;\n${HEADER}\n${ROW}\n`));
		expect(roster.people[0]).toMatchObject({
			education: 'SLTP',
			skpRating: 'cukup',
			technicalJpLastYear: 22.5
		});
	});
});

describe('the Excel dialect of the writer', () => {
	it('writes sep=;, semicolons, decimal commas and CRLF', () => {
		const text = rosterTemplateCsv('id', { excel: true });
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('sep=;');
		expect(lines[1].startsWith('id;unit_kerja;jenis_jabatan;')).toBe(true);
		expect(text).toContain(';22,5;');
		expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
	});

	it.each(['id', 'en'] as const)('round-trips a roster (%s headers)', (headers) => {
		const roster = bontangRoster();
		const text = writeRosterCsv(roster, { headers, excel: true });
		expect(ok(parseRosterCsv(text, { units: roster.units })).roster).toStrictEqual(roster);
	});
});
