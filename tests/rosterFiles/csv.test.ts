import { describe, it, expect } from 'vitest';
import { dsvFormat } from 'd3-dsv';
import { SKP_RATINGS, type Roster, type SkpRating, type Unit } from '../../src/lib/engine/roster';
import {
	MAX_ROSTER_ERRORS,
	MAX_ROSTER_ROWS,
	parseRosterCsv,
	rosterTemplateCsv,
	unitSlug,
	writeRosterCsv,
	type RosterIssue,
	type RosterIssueCode,
	type RosterParseResult
} from '../../src/lib/rosterFiles/csv';
import {
	ROSTER_COLUMNS,
	SKP_SCORE_BANDS,
	SKP_SCORE_MAX,
	skpRatingOfScore
} from '../../src/lib/rosterFiles/columns';
import { formatRosterIssue } from '../../src/lib/rosterFiles/messages';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';

/**
 * The header of a roster nobody in which has a conversion year: every column but those
 * written only when used (`writtenWhenUsed`). `*_ALL`: every column, as the template has.
 */
const CORE_COLUMNS = ROSTER_COLUMNS.filter((c) => !c.writtenWhenUsed);
const HEADER_EN = CORE_COLUMNS.map((c) => c.name);
const HEADER_ID = CORE_COLUMNS.map((c) => c.alias);
const HEADER_EN_ALL = ROSTER_COLUMNS.map((c) => c.name);
const HEADER_ID_ALL = ROSTER_COLUMNS.map((c) => c.alias);

type Cells = Record<string, string>;

const BASE: Cells = {
	id: 'P001',
	unit: 'Sekretariat',
	post_type: 'structural',
	education: 'S1',
	leadership_training: 'yes',
	functional_training: 'no',
	seminar_last_2_years: 'yes',
	technical_jp_last_year: '20',
	skp_rating: 'baik',
	punishment: 'none',
	field_matches_post: 'yes',
	years_to_retirement: '10'
};

/** A CSV with the English header and one row per entry (missing keys → BASE). */
function csvOf(rows: Cells[], delimiter = ','): string {
	const body = rows.map((r) => HEADER_EN.map((h) => r[h] ?? BASE[h]));
	return dsvFormat(delimiter).formatRows([HEADER_EN, ...body]) + '\n';
}

function expectOk(result: RosterParseResult): Extract<RosterParseResult, { ok: true }> {
	if (!result.ok) throw new Error('expected ok, got ' + JSON.stringify(result.errors));
	return result;
}

function expectErrors(result: RosterParseResult): RosterIssue[] {
	if (result.ok) throw new Error('expected errors, got ok');
	return result.errors;
}

function person(overrides: Cells) {
	return expectOk(parseRosterCsv(csvOf([{ ...BASE, ...overrides }]))).roster.people[0];
}

function columnIndexOf(canonical: string): number {
	return HEADER_EN.indexOf(canonical) + 1;
}

describe('value variants', () => {
	const cases: Array<[column: string, value: string, field: string, expected: unknown]> = [
		['post_type', 'structural', 'postType', 'structural'],
		['post_type', 'Structural', 'postType', 'structural'],
		['post_type', 'STRUKTURAL', 'postType', 'structural'],
		['post_type', 'struktural', 'postType', 'structural'],
		['post_type', 'functional', 'postType', 'functional'],
		['post_type', 'Fungsional', 'postType', 'functional'],
		['post_type', 'pelaksana', 'postType', 'pelaksana'],
		['post_type', 'PELAKSANA', 'postType', 'pelaksana'],
		['education', 'SLTP', 'education', 'SLTP'],
		['education', 'sltp', 'education', 'SLTP'],
		['education', 'SMP', 'education', 'SLTP'],
		// "SLTP and below" score the same.
		['education', 'SD', 'education', 'SLTP'],
		['education', 'sd', 'education', 'SLTP'],
		['education', 'SLTA', 'education', 'SLTA'],
		['education', 'SMA', 'education', 'SLTA'],
		['education', 'SMK', 'education', 'SLTA'],
		['education', 'smk', 'education', 'SLTA'],
		['education', 'D1', 'education', 'D1'],
		['education', 'D-I', 'education', 'D1'],
		['education', 'D2', 'education', 'D2'],
		['education', 'D-II', 'education', 'D2'],
		['education', 'D3', 'education', 'D3'],
		['education', 'D-III', 'education', 'D3'],
		['education', 'd-iii', 'education', 'D3'],
		['education', 'D III', 'education', 'D3'],
		['education', 'D-3', 'education', 'D3'],
		['education', 'D4', 'education', 'D4'],
		['education', 'D-IV', 'education', 'D4'],
		['education', 'S1', 'education', 'S1'],
		['education', 'S-1', 'education', 'S1'],
		['education', 's1', 'education', 'S1'],
		['education', 'S 1', 'education', 'S1'],
		['education', 'S2', 'education', 'S2'],
		['education', 'S-2', 'education', 'S2'],
		['education', 'S3', 'education', 'S3'],
		['education', 'S-3', 'education', 'S3'],
		['leadership_training', 'yes', 'leadershipTraining', true],
		['leadership_training', 'no', 'leadershipTraining', false],
		['leadership_training', 'Yes', 'leadershipTraining', true],
		['leadership_training', 'NO', 'leadershipTraining', false],
		['leadership_training', 'ya', 'leadershipTraining', true],
		['leadership_training', 'Ya', 'leadershipTraining', true],
		['leadership_training', 'tidak', 'leadershipTraining', false],
		['leadership_training', 'TIDAK', 'leadershipTraining', false],
		['leadership_training', 'true', 'leadershipTraining', true],
		['leadership_training', 'FALSE', 'leadershipTraining', false],
		['leadership_training', '1', 'leadershipTraining', true],
		['leadership_training', '0', 'leadershipTraining', false],
		['leadership_training', 'y', 'leadershipTraining', true],
		['leadership_training', 'N', 'leadershipTraining', false],
		['functional_training', 'Ya', 'functionalTraining', true],
		['functional_training', 'tidak', 'functionalTraining', false],
		['seminar_last_2_years', 'ya', 'seminarLast2Years', true],
		['seminar_last_2_years', 'n', 'seminarLast2Years', false],
		['technical_jp_last_year', '0', 'technicalJpLastYear', 0],
		['technical_jp_last_year', '-0', 'technicalJpLastYear', 0],
		['technical_jp_last_year', '20', 'technicalJpLastYear', 20],
		['technical_jp_last_year', '22.5', 'technicalJpLastYear', 22.5],
		['technical_jp_last_year', '22,5', 'technicalJpLastYear', 22.5],
		['technical_jp_last_year', '0,25', 'technicalJpLastYear', 0.25],
		['technical_jp_last_year', ',5', 'technicalJpLastYear', 0.5],
		['technical_jp_last_year', '  7  ', 'technicalJpLastYear', 7],
		['technical_jp_last_year', '1e2', 'technicalJpLastYear', 100],
		['skp_rating', 'sangat_baik', 'skpRating', 'sangat_baik'],
		['skp_rating', 'Sangat Baik', 'skpRating', 'sangat_baik'],
		['skp_rating', 'SANGAT BAIK', 'skpRating', 'sangat_baik'],
		['skp_rating', 'sangat  baik', 'skpRating', 'sangat_baik'],
		['skp_rating', 'Sangat_Baik', 'skpRating', 'sangat_baik'],
		['skp_rating', 'sangat-baik', 'skpRating', 'sangat_baik'],
		['skp_rating', 'Baik', 'skpRating', 'baik'],
		['skp_rating', 'cukup', 'skpRating', 'cukup'],
		['skp_rating', 'KURANG', 'skpRating', 'kurang'],
		['skp_rating', 'buruk', 'skpRating', 'buruk'],
		// The 2022 SKP words, matched rank for rank (an assumption; see SKP_2022_WORDS).
		['skp_rating', 'Butuh Perbaikan', 'skpRating', 'cukup'],
		['skp_rating', 'BUTUH PERBAIKAN', 'skpRating', 'cukup'],
		['skp_rating', 'Sangat Kurang', 'skpRating', 'buruk'],
		['skp_rating', 'Kurang', 'skpRating', 'kurang'],
		['punishment', 'none', 'punishment', 'none'],
		['punishment', 'None', 'punishment', 'none'],
		['punishment', 'tidak_ada', 'punishment', 'none'],
		['punishment', 'tidak ada', 'punishment', 'none'],
		['punishment', 'Tidak Ada', 'punishment', 'none'],
		['punishment', 'TIDAK ADA', 'punishment', 'none'],
		['punishment', 'ringan', 'punishment', 'ringan'],
		['punishment', 'Sedang', 'punishment', 'sedang'],
		['punishment', 'BERAT', 'punishment', 'berat'],
		['field_matches_post', 'ya', 'fieldMatchesPost', true],
		['field_matches_post', 'no', 'fieldMatchesPost', false],
		['field_matches_post', '', 'fieldMatchesPost', undefined],
		['years_to_retirement', '0', 'yearsToRetirement', 0],
		['years_to_retirement', '12', 'yearsToRetirement', 12],
		['years_to_retirement', '12,0', 'yearsToRetirement', 12],
		['years_to_retirement', '', 'yearsToRetirement', undefined]
	];
	it.each(cases)('%s = %j → %s %j', (column, value, field, expected) => {
		const p = person({ [column]: value }) as unknown as Record<string, unknown>;
		expect(p[field]).toBe(expected);
		if (expected === undefined) expect(field in p).toBe(false);
	});
});

describe('cell errors', () => {
	const cases: Array<[column: string, value: string, code: RosterIssueCode]> = [
		['id', '', 'missing_value'],
		['unit', '', 'missing_value'],
		['post_type', 'manager', 'invalid_value'],
		['post_type', '', 'missing_value'],
		['education', 'TK', 'invalid_value'],
		['education', 'S4', 'invalid_value'],
		['education', '', 'missing_value'],
		['leadership_training', 'maybe', 'invalid_value'],
		['functional_training', 'sudah', 'invalid_value'],
		['seminar_last_2_years', '', 'missing_value'],
		['technical_jp_last_year', 'dua puluh', 'not_a_number'],
		['technical_jp_last_year', '20 JP', 'not_a_number'],
		['technical_jp_last_year', '1.000,5', 'not_a_number'],
		['technical_jp_last_year', 'Infinity', 'not_a_number'],
		['technical_jp_last_year', '1e999', 'not_a_number'],
		['technical_jp_last_year', '0x10', 'not_a_number'],
		['technical_jp_last_year', '-3', 'negative_number'],
		['technical_jp_last_year', '-0,5', 'negative_number'],
		['technical_jp_last_year', '', 'missing_value'],
		['skp_rating', 'sangat bagus', 'invalid_value'],
		['skp_rating', '', 'missing_value'],
		['punishment', 'tidak', 'invalid_value'],
		['punishment', '', 'missing_value'],
		['field_matches_post', 'mungkin', 'invalid_value'],
		['years_to_retirement', '2,5', 'invalid_value'],
		['years_to_retirement', '-1', 'negative_number'],
		['years_to_retirement', 'x', 'not_a_number']
	];
	it.each(cases)('%s = %j → %s', (column, value, code) => {
		// Row 2 is valid; the bad value is on row 3.
		const errors = expectErrors(
			parseRosterCsv(csvOf([BASE, { ...BASE, id: 'P002', [column]: value }]))
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({
			severity: 'error',
			code,
			row: 3,
			column,
			canonical: column,
			columnIndex: columnIndexOf(column),
			value
		});
	});

	it('lists the allowed tokens of enum columns', () => {
		const [e] = expectErrors(parseRosterCsv(csvOf([{ skp_rating: 'sangat bagus' }])));
		expect(e.allowed).toEqual(['sangat_baik', 'baik', 'cukup', 'kurang', 'buruk']);
	});

	it('reports the column as written in the header, with the canonical name', () => {
		const text =
			'ID;Unit Kerja;Jenis Jabatan;Pendidikan;Diklat Kepemimpinan;Diklat Fungsional;Seminar 2 Tahun;JP Teknis Setahun;Predikat SKP;Hukuman Disiplin\nP1;Umum;struktural;S1;ya;tidak;ya;20;sangat bagus;tidak ada\n';
		const [e] = expectErrors(parseRosterCsv(text));
		expect(e).toMatchObject({
			code: 'invalid_value',
			row: 2,
			column: 'Predikat SKP',
			canonical: 'skp_rating',
			columnIndex: 9,
			value: 'sangat bagus'
		});
	});

	it('reports every error of a row and of the file', () => {
		const errors = expectErrors(
			parseRosterCsv(
				csvOf([
					{ education: 'TK', skp_rating: 'x' },
					BASE,
					{ id: 'P003', technical_jp_last_year: '-1' }
				])
			)
		);
		expect(errors.map((e) => [e.row, e.code, e.canonical])).toEqual([
			[2, 'invalid_value', 'education'],
			[2, 'invalid_value', 'skp_rating'],
			[3, 'duplicate_id', 'id'],
			[4, 'negative_number', 'technical_jp_last_year']
		]);
	});

	it('shortens very long values', () => {
		const [e] = expectErrors(parseRosterCsv(csvOf([{ skp_rating: 'x'.repeat(5000) }])));
		expect(e.value!.length).toBeLessThanOrEqual(100);
	});
});

describe('row-level and file-level errors', () => {
	it('duplicate_id names both rows', () => {
		const errors = expectErrors(parseRosterCsv(csvOf([BASE, { id: 'P002' }, { id: 'P001' }])));
		expect(errors).toEqual([
			expect.objectContaining({
				code: 'duplicate_id',
				row: 4,
				column: 'id',
				canonical: 'id',
				value: 'P001',
				firstRow: 2
			})
		]);
	});

	it('too_many_columns when a row has content beyond the header', () => {
		// An unquoted decimal comma in a comma-delimited file shifts the row by one cell.
		const text = csvOf([BASE]) + 'P002,Sekretariat,pelaksana,SLTA,no,no,no,22,5,baik,none,yes,3\n';
		const errors = expectErrors(parseRosterCsv(text));
		expect(errors[0]).toMatchObject({
			code: 'too_many_columns',
			row: 3,
			columnIndex: 13,
			value: '3',
			count: 12
		});
	});

	it('too_many_columns points at the first non-empty extra cell', () => {
		const line = HEADER_EN.map((h) => BASE[h]).join(',');
		const text =
			csvOf([BASE]).replace(/\n$/, '') + '\n' + line.replace('P001', 'P002') + ',,oops\n';
		const errors = expectErrors(parseRosterCsv(text));
		expect(errors).toEqual([
			expect.objectContaining({ code: 'too_many_columns', row: 3, columnIndex: 14, value: 'oops' })
		]);
	});

	it.each([
		['an empty string', ''],
		['a BOM only', '\ufeff'],
		['blank lines', '\r\n\r\n  \n'],
		['delimiters only', ';;;\n,,,\n']
	])('empty_file for %s', (_label, text) => {
		expect(expectErrors(parseRosterCsv(text))).toEqual([{ severity: 'error', code: 'empty_file' }]);
	});

	it('no_rows for a header without data', () => {
		const text = HEADER_EN.join(',') + '\n\n;;\n';
		expect(expectErrors(parseRosterCsv(text))).toEqual([
			{ severity: 'error', code: 'no_rows', row: 1 }
		]);
	});

	it('missing_column lists each missing required column and the accepted names', () => {
		const header = HEADER_EN.filter((h) => h !== 'skp_rating' && h !== 'punishment');
		const text = header.join(',') + '\n' + header.map((h) => BASE[h]).join(',') + '\n';
		const errors = expectErrors(parseRosterCsv(text));
		expect(errors).toEqual([
			{
				severity: 'error',
				code: 'missing_column',
				row: 1,
				canonical: 'skp_rating',
				allowed: ['skp_rating', 'predikat_skp']
			},
			{
				severity: 'error',
				code: 'missing_column',
				row: 1,
				canonical: 'punishment',
				allowed: ['punishment', 'hukuman_disiplin']
			}
		]);
	});

	it('optional columns may be missing', () => {
		const header = HEADER_EN.slice(0, 10);
		const text = header.join(',') + '\n' + header.map((h) => BASE[h]).join(',') + '\n';
		const p = expectOk(parseRosterCsv(text)).roster.people[0];
		expect('fieldMatchesPost' in p).toBe(false);
		expect('yearsToRetirement' in p).toBe(false);
	});

	it('duplicate_column when two headers mean the same column', () => {
		const text =
			[...HEADER_EN, 'Unit Kerja'].join(',') +
			'\n' +
			[...HEADER_EN.map((h) => BASE[h]), 'X'].join(',');
		const errors = expectErrors(parseRosterCsv(text));
		expect(errors).toEqual([
			{
				severity: 'error',
				code: 'duplicate_column',
				row: 1,
				column: 'Unit Kerja',
				columnIndex: 13,
				canonical: 'unit',
				firstColumn: 'unit'
			}
		]);
	});

	it('unknown_unit lists the allowed unit names', () => {
		const units: Unit[] = [
			{ id: 'sekretariat', name: 'Sekretariat' },
			{ id: 'anggaran', name: 'Bidang Anggaran' }
		];
		const errors = expectErrors(parseRosterCsv(csvOf([{ unit: 'Keuangan' }]), { units }));
		expect(errors).toEqual([
			expect.objectContaining({
				code: 'unknown_unit',
				row: 2,
				column: 'unit',
				canonical: 'unit',
				value: 'Keuangan',
				allowed: ['Sekretariat', 'Bidang Anggaran']
			})
		]);
	});

	it(`caps the list at ${MAX_ROSTER_ERRORS} errors plus more_errors`, () => {
		const rows = Array.from({ length: 300 }, (_, i) => ({ id: `P${i}`, skp_rating: 'x' }));
		const errors = expectErrors(parseRosterCsv(csvOf(rows)));
		expect(errors).toHaveLength(MAX_ROSTER_ERRORS + 1);
		expect(errors[MAX_ROSTER_ERRORS - 1]).toMatchObject({ code: 'invalid_value', row: 201 });
		expect(errors[MAX_ROSTER_ERRORS]).toEqual({
			severity: 'error',
			code: 'more_errors',
			count: 100,
			limit: MAX_ROSTER_ERRORS
		});
	});

	it(`too_many_rows above ${MAX_ROSTER_ROWS} data rows`, () => {
		const text = 'id;unit\n' + 'x\n'.repeat(MAX_ROSTER_ROWS + 1);
		const line = HEADER_EN.map((h) => BASE[h]).join(',') + '\n';
		const big = HEADER_EN.join(',') + '\n' + line.repeat(MAX_ROSTER_ROWS + 1);
		expect(expectErrors(parseRosterCsv(big))).toEqual([
			{
				severity: 'error',
				code: 'too_many_rows',
				count: MAX_ROSTER_ROWS + 1,
				limit: MAX_ROSTER_ROWS
			}
		]);
		// The row count is checked before the header is read (bounded before parsing).
		expect(expectErrors(parseRosterCsv(text))[0].code).toBe('too_many_rows');
	});
});

describe('Excel in an Indonesian locale', () => {
	// Semicolons, decimal commas, BOM, CRLF, quoted fields (with ; "" and a newline),
	// blank lines, rows of separators, trailing separators, Title Case values, stray spaces.
	const FIXTURE =
		'\ufeffNo;ID;Nama;NIP;Unit Kerja;Jenis Jabatan;Pendidikan;Diklat Kepemimpinan;Diklat Fungsional;Seminar 2 Tahun;JP Teknis Setahun;Predikat SKP;Hukuman Disiplin;Bidang Sesuai Jabatan;Tahun Menuju Pensiun;Keterangan;;\r\n' +
		'1;P-001;"Budi Santoso, S.E.";198001012005011001;Sekretariat;Struktural;S-2;Ya;Tidak;Ya;22,5;Sangat Baik;Tidak Ada;Ya;9;;;\r\n' +
		'2;P-002;"Siti ""Tuti"" Rahayu";198502022010012002; Bidang Anggaran ;Fungsional;D-IV;Tidak;Ya;Tidak;40;Baik;Ringan;Tidak;21;"catatan; dengan\r\nbaris baru";;\r\n' +
		'\r\n' +
		';;;;;;;;;;;;;;;;;\r\n' +
		'3;P-003;Andi;199001012015031003;Bidang Anggaran;Pelaksana;SMA;Tidak;Tidak;Ya;0;Cukup;Tidak Ada;;;;;\r\n' +
		'4;P-004;Dewi;199101012015032004;Sekretariat;Pelaksana;D-III;Tidak;Tidak;Tidak;7,25;Kurang;Sedang;Ya;30;;;\r\n';

	it('parses the realistic fixture', () => {
		const result = expectOk(parseRosterCsv(FIXTURE));
		expect(result.roster).toEqual({
			units: [
				{ id: 'sekretariat', name: 'Sekretariat' },
				{ id: 'bidang_anggaran', name: 'Bidang Anggaran' }
			],
			people: [
				{
					id: 'P-001',
					unit: 'sekretariat',
					postType: 'structural',
					education: 'S2',
					leadershipTraining: true,
					functionalTraining: false,
					seminarLast2Years: true,
					technicalJpLastYear: 22.5,
					skpRating: 'sangat_baik',
					punishment: 'none',
					fieldMatchesPost: true,
					yearsToRetirement: 9
				},
				{
					id: 'P-002',
					unit: 'bidang_anggaran',
					postType: 'functional',
					education: 'D4',
					leadershipTraining: false,
					functionalTraining: true,
					seminarLast2Years: false,
					technicalJpLastYear: 40,
					skpRating: 'baik',
					punishment: 'ringan',
					fieldMatchesPost: false,
					yearsToRetirement: 21
				},
				{
					id: 'P-003',
					unit: 'bidang_anggaran',
					postType: 'pelaksana',
					education: 'SLTA',
					leadershipTraining: false,
					functionalTraining: false,
					seminarLast2Years: true,
					technicalJpLastYear: 0,
					skpRating: 'cukup',
					punishment: 'none'
				},
				{
					id: 'P-004',
					unit: 'sekretariat',
					postType: 'pelaksana',
					education: 'D3',
					leadershipTraining: false,
					functionalTraining: false,
					seminarLast2Years: false,
					technicalJpLastYear: 7.25,
					skpRating: 'kurang',
					punishment: 'sedang',
					fieldMatchesPost: true,
					yearsToRetirement: 30
				}
			]
		});
		expect(result.notices).toEqual([
			{ severity: 'notice', code: 'unknown_column', row: 1, column: 'No', columnIndex: 1 },
			{ severity: 'notice', code: 'personal_data_dropped', row: 1, column: 'Nama', columnIndex: 3 },
			{ severity: 'notice', code: 'personal_data_dropped', row: 1, column: 'NIP', columnIndex: 4 },
			{ severity: 'notice', code: 'unknown_column', row: 1, column: 'Keterangan', columnIndex: 16 }
		]);
		expect(JSON.stringify(result)).not.toMatch(/Budi|Siti|198001012005011001/);
	});

	it('numbers rows as a spreadsheet does (quoted newline = one row, blank rows count)', () => {
		const broken = FIXTURE.replace('7,25;Kurang', '7,25;Kurang sekali');
		const errors = expectErrors(parseRosterCsv(broken));
		expect(errors).toEqual([
			expect.objectContaining({
				code: 'invalid_value',
				row: 7,
				column: 'Predikat SKP',
				canonical: 'skp_rating',
				columnIndex: 12,
				value: 'Kurang sekali'
			})
		]);
	});

	it('accepts lone CR line endings', () => {
		const text = FIXTURE.replace(/\r\n/g, '\r').replace('baris\rbaru', 'baris baru');
		expect(expectOk(parseRosterCsv(text)).roster.people).toHaveLength(4);
	});

	it('accepts LF line endings and tab delimiters', () => {
		const text = csvOf([BASE, { id: 'P002', technical_jp_last_year: '22,5' }], '\t');
		const result = expectOk(parseRosterCsv(text));
		expect(result.roster.people[1].technicalJpLastYear).toBe(22.5);
	});

	it('accepts a quoted decimal comma in a comma-delimited file', () => {
		const text = csvOf([{ technical_jp_last_year: '22,5' }]);
		expect(text).toContain('"22,5"');
		expect(expectOk(parseRosterCsv(text)).roster.people[0].technicalJpLastYear).toBe(22.5);
	});

	it('picks the delimiter that recognises the most columns', () => {
		// Header cells contain commas inside semicolon-separated names: ; wins.
		const header = HEADER_EN.join(';') + ';"catatan, lain"';
		const text = header + '\n' + HEADER_EN.map((h) => BASE[h]).join(';') + ';"a, b"\n';
		expect(expectOk(parseRosterCsv(text)).roster.people).toHaveLength(1);
	});
});

describe('headers', () => {
	it('accepts the Indonesian aliases', () => {
		const text = HEADER_ID.join(',') + '\n' + HEADER_EN.map((h) => BASE[h]).join(',') + '\n';
		expect(expectOk(parseRosterCsv(text)).roster.people[0]).toMatchObject({
			id: 'P001',
			yearsToRetirement: 10
		});
	});

	it('matches case-insensitively, trims, and takes a space for an underscore', () => {
		const header = [
			' ID ',
			'UNIT',
			'Post Type',
			'Education',
			'leadership training',
			'Diklat  Fungsional',
			'SEMINAR_2_TAHUN',
			'Technical JP Last Year',
			'Predikat SKP',
			' hukuman disiplin',
			'Bidang Sesuai Jabatan',
			'tahun menuju pensiun'
		];
		const text = header.join(',') + '\n' + HEADER_EN.map((h) => BASE[h]).join(',') + '\n';
		const result = expectOk(parseRosterCsv(text));
		expect(result.notices).toEqual([]);
		expect(result.roster.people[0]).toMatchObject({ id: 'P001', yearsToRetirement: 10 });
	});

	it('ignores unknown columns with a notice', () => {
		const text =
			[...HEADER_EN, 'Catatan'].join(',') +
			'\n' +
			[...HEADER_EN.map((h) => BASE[h]), 'x'].join(',');
		const result = expectOk(parseRosterCsv(text));
		expect(result.notices).toEqual([
			{ severity: 'notice', code: 'unknown_column', row: 1, column: 'Catatan', columnIndex: 13 }
		]);
	});

	it.each([
		'name',
		'Nama',
		'NIP',
		'birth date',
		'Tanggal Lahir',
		'tgl_lahir',
		'NIK',
		'email',
		'phone',
		'Telepon',
		'HP',
		'address',
		'Alamat'
	])('drops the personal-data column %j with a notice', (name) => {
		const text =
			[name, ...HEADER_EN].join(',') +
			'\n' +
			['RAHASIA-123', ...HEADER_EN.map((h) => BASE[h])].join(',');
		const result = expectOk(parseRosterCsv(text));
		expect(result.notices).toEqual([
			{ severity: 'notice', code: 'personal_data_dropped', row: 1, column: name, columnIndex: 1 }
		]);
		expect(JSON.stringify(result)).not.toContain('RAHASIA');
	});

	it('tolerates trailing separators and notes unnamed columns holding data', () => {
		const text =
			HEADER_EN.slice(0, 2).join(',') +
			',,' +
			HEADER_EN.slice(2).join(',') +
			',,\n' +
			HEADER_EN.slice(0, 2)
				.map((h) => BASE[h])
				.join(',') +
			',lost,' +
			HEADER_EN.slice(2)
				.map((h) => BASE[h])
				.join(',') +
			',,\n';
		const result = expectOk(parseRosterCsv(text));
		expect(result.notices).toEqual([
			{ severity: 'notice', code: 'unnamed_column', row: 1, columnIndex: 3 }
		]);
	});

	it('notes ids that look like a NIP', () => {
		const result = expectOk(
			parseRosterCsv(csvOf([BASE, { id: '198001012005011001' }, { id: '3201010101010001' }]))
		);
		expect(result.notices).toEqual([
			{
				severity: 'notice',
				code: 'id_looks_like_nip',
				row: 3,
				column: 'id',
				canonical: 'id',
				count: 2
			}
		]);
	});
});

describe('units', () => {
	const UNITS: Unit[] = [
		{ id: 'sekretariat', name: 'Sekretariat' },
		{ id: 'anggaran', name: 'Bidang Anggaran' },
		{ id: 'akuntansi', name: 'Bidang Akuntansi' }
	];

	it.each([
		['Sekretariat', 'sekretariat'],
		['SEKRETARIAT', 'sekretariat'],
		['Bidang Anggaran', 'anggaran'],
		['bidang_anggaran', 'anggaran'],
		['bidang-anggaran', 'anggaran'],
		['BIDANG  ANGGARAN', 'anggaran'],
		['anggaran', 'anggaran'],
		['Akuntansi', 'akuntansi']
	])('matches %j to unit %s', (value, id) => {
		const result = expectOk(parseRosterCsv(csvOf([{ unit: value }]), { units: UNITS }));
		expect(result.roster.people[0].unit).toBe(id);
	});

	it('lists the unit names when a unit cell is empty', () => {
		const [e] = expectErrors(parseRosterCsv(csvOf([{ unit: '' }]), { units: UNITS }));
		expect(e).toMatchObject({ code: 'missing_value', row: 2, canonical: 'unit' });
		expect(formatRosterIssue(e, 'en')).toBe(
			'Row 2, column unit: the cell is empty but required. Allowed: Sekretariat, Bidang Anggaran, Bidang Akuntansi.'
		);
	});

	it('returns a copy of all given units and does not mutate the input', () => {
		const units = UNITS.map((u) => Object.freeze({ ...u }));
		Object.freeze(units);
		const before = structuredClone(units);
		const result = expectOk(parseRosterCsv(csvOf([{ unit: 'anggaran' }]), { units }));
		expect(result.roster.units).toEqual(before);
		expect(result.roster.units).not.toBe(units);
		expect(result.roster.units[0]).not.toBe(units[0]);
		result.roster.units.push({ id: 'x', name: 'X' });
		expect(units).toEqual(before);
	});

	it('prefers a unit name over another unit id', () => {
		const units: Unit[] = [
			{ id: 'a', name: 'b' },
			{ id: 'b', name: 'x' }
		];
		const result = expectOk(parseRosterCsv(csvOf([{ unit: 'b' }]), { units }));
		expect(result.roster.people[0].unit).toBe('a');
	});

	it('collects units from the file in order of first appearance when none are given', () => {
		const result = expectOk(
			parseRosterCsv(
				csvOf([
					{ id: 'P1', unit: 'Bidang Anggaran & Keuangan' },
					{ id: 'P2', unit: 'Sekretariat' },
					{ id: 'P3', unit: 'bidang anggaran & keuangan' },
					{ id: 'P4', unit: 'Bidang Pengembangan Aparatur' }
				])
			)
		);
		expect(result.roster.units).toEqual([
			{ id: 'bidang_anggaran_keuangan', name: 'Bidang Anggaran & Keuangan' },
			{ id: 'sekretariat', name: 'Sekretariat' },
			{ id: 'bidang_pengembangan_aparatur', name: 'Bidang Pengembangan Aparatur' }
		]);
		expect(result.roster.people.map((p) => p.unit)).toEqual([
			'bidang_anggaran_keuangan',
			'sekretariat',
			'bidang_anggaran_keuangan',
			'bidang_pengembangan_aparatur'
		]);
	});

	it('treats an empty units list as not given', () => {
		const result = expectOk(parseRosterCsv(csvOf([BASE]), { units: [] }));
		expect(result.roster.units).toEqual([{ id: 'sekretariat', name: 'Sekretariat' }]);
	});

	it.each([
		['Sekretariat', 'sekretariat'],
		['Bidang Anggaran & Keuangan', 'bidang_anggaran_keuangan'],
		['  UPT--Pelatihan  ', 'upt_pelatihan'],
		['Subbagian Umum (Kepegawaian)', 'subbagian_umum_kepegawaian'],
		['Bagian Perencanaan é', 'bagian_perencanaan_e'],
		['财务', 'u_8d22_52a1']
	])('slug of %j is %s', (name, slug) => {
		expect(unitSlug(name)).toBe(slug);
	});
});

const SAMPLE: Roster = {
	units: [
		{ id: 'sekretariat', name: 'Sekretariat' },
		{ id: 'anggaran', name: 'Bidang Anggaran, "Keuangan"' },
		{ id: 'kosong', name: 'Unit Tanpa Pegawai' }
	],
	people: [
		{
			id: 'P001',
			unit: 'sekretariat',
			postType: 'structural',
			education: 'S2',
			leadershipTraining: true,
			functionalTraining: false,
			seminarLast2Years: true,
			technicalJpLastYear: 22.5,
			skpRating: 'sangat_baik',
			punishment: 'none',
			fieldMatchesPost: false,
			yearsToRetirement: 0
		},
		{
			id: 'id; with "quotes"\nand a newline',
			unit: 'anggaran',
			postType: 'functional',
			education: 'D3',
			leadershipTraining: false,
			functionalTraining: true,
			seminarLast2Years: false,
			technicalJpLastYear: 0.1,
			skpRating: 'buruk',
			punishment: 'berat'
		},
		{
			id: 'P003',
			unit: 'anggaran',
			postType: 'pelaksana',
			education: 'SLTP',
			leadershipTraining: false,
			functionalTraining: false,
			seminarLast2Years: true,
			technicalJpLastYear: 1e-7,
			skpRating: 'cukup',
			punishment: 'sedang',
			yearsToRetirement: 35
		}
	]
};

describe('writer', () => {
	it.each(['en', 'id'] as const)('round-trips with %s headers', (headers) => {
		const text = writeRosterCsv(SAMPLE, { headers });
		const result = expectOk(parseRosterCsv(text, { units: SAMPLE.units }));
		expect(result.roster).toStrictEqual(SAMPLE);
		expect(result.notices).toEqual([]);
	});

	it('writes the canonical English format', () => {
		const lines = writeRosterCsv(SAMPLE).split('\n');
		expect(lines[0]).toBe(HEADER_EN.join(','));
		expect(lines[1]).toBe('P001,Sekretariat,structural,S2,yes,no,yes,22.5,sangat_baik,none,no,0');
		expect(lines[2]).toBe('"id; with ""quotes""');
		expect(lines[3]).toBe(
			'and a newline","Bidang Anggaran, ""Keuangan""",functional,D3,no,yes,no,0.1,buruk,berat,,'
		);
		expect(lines.at(-1)).toBe('');
	});

	it('writes Indonesian headers and tokens', () => {
		const lines = writeRosterCsv(SAMPLE, { headers: 'id' }).split('\n');
		expect(lines[0]).toBe(HEADER_ID.join(','));
		expect(lines[1]).toBe(
			'P001,Sekretariat,struktural,S2,ya,tidak,ya,22.5,sangat_baik,tidak_ada,tidak,0'
		);
	});

	it('round-trips without units when unit ids are slugs of their names', () => {
		const roster: Roster = {
			units: [
				{ id: 'bidang_anggaran', name: 'Bidang Anggaran' },
				{ id: 'sekretariat', name: 'Sekretariat' }
			],
			people: [
				{ ...SAMPLE.people[1], unit: 'bidang_anggaran' },
				{ ...SAMPLE.people[0], unit: 'sekretariat' }
			]
		};
		const result = expectOk(parseRosterCsv(writeRosterCsv(roster)));
		expect(result.roster).toStrictEqual(roster);
	});

	it.each(['en', 'id'] as const)(
		'template (%s) has one example per post type and parses',
		(lang) => {
			const text = rosterTemplateCsv(lang);
			expect(text.split('\n')[0]).toBe((lang === 'id' ? HEADER_ID_ALL : HEADER_EN_ALL).join(','));
			const result = expectOk(parseRosterCsv(text));
			expect(result.roster.people.map((p) => p.postType)).toEqual([
				'structural',
				'functional',
				'pelaksana'
			]);
		}
	);
});

describe('messages', () => {
	it('formats the documented example in both languages', () => {
		const text =
			HEADER_ID.join(';') +
			'\n' +
			Array.from({ length: 6 }, (_, i) =>
				HEADER_EN.map((h) => (h === 'id' ? `P${i}` : BASE[h])).join(';')
			)
				.join('\n')
				.replace(/baik;none;yes;10$/, 'sangat bagus;none;yes;10');
		const [e] = expectErrors(parseRosterCsv(text));
		expect(formatRosterIssue(e, 'id')).toBe(
			'Baris 7, kolom predikat_skp: nilai "sangat bagus" tidak dikenal. Yang diizinkan: sangat_baik, baik, cukup, kurang, buruk (juga predikat SKP 2022: Butuh Perbaikan dihitung cukup, Sangat Kurang dihitung buruk), atau nilai 0–100 (koma atau titik desimal): 91–100 sangat_baik, 76–90 baik, 61–75 cukup, 51–60 kurang, 0–50 buruk; nilai desimal di antara dua rentang masuk rentang yang lebih rendah (90,5 dihitung baik). Rentang nilai ini belum dikonfirmasi: rentang SKP era PP 46/2011 yang dipakai kebanyakan alat publik.'
		);
		expect(formatRosterIssue(e, 'en')).toBe(
			'Row 7, column predikat_skp: value "sangat bagus" is not recognised. Allowed: sangat_baik, baik, cukup, kurang, buruk (also the 2022 SKP words: Butuh Perbaikan counts as cukup, Sangat Kurang as buruk), or a score 0–100 (decimal point or comma): 91–100 sangat_baik, 76–90 baik, 61–75 cukup, 51–60 kurang, 0–50 buruk; a decimal between two bands counts in the lower one (90.5 is baik). These score bands are unconfirmed: the PP 46/2011-era SKP bands most public tools use.'
		);
	});

	const samples: Array<[string, RosterParseResult]> = [
		['empty_file', parseRosterCsv('')],
		['missing_column', parseRosterCsv('id,unit\nP1,X\n')],
		['duplicate_column', parseRosterCsv([...HEADER_EN, 'unit_kerja'].join(',') + '\n')],
		['invalid_value', parseRosterCsv(csvOf([{ post_type: 'x' }]))],
		['missing_value', parseRosterCsv(csvOf([{ punishment: '' }]))],
		['negative_number', parseRosterCsv(csvOf([{ technical_jp_last_year: '-2' }]))],
		['not_a_number', parseRosterCsv(csvOf([{ technical_jp_last_year: 'dua' }]))],
		['out_of_range', parseRosterCsv(csvOf([{ skp_rating: '101' }]))],
		['duplicate_id', parseRosterCsv(csvOf([BASE, BASE]))],
		[
			'unknown_unit',
			parseRosterCsv(csvOf([{ unit: 'X' }]), { units: [{ id: 'a', name: 'Alpha' }] })
		],
		[
			'too_many_columns',
			parseRosterCsv(csvOf([BASE]) + HEADER_EN.map(() => 'z').join(',') + ',extra\n')
		],
		['no_rows', parseRosterCsv(HEADER_EN.join(',') + '\n')],
		[
			'more_errors',
			parseRosterCsv(
				csvOf(Array.from({ length: 250 }, (_, i) => ({ id: `P${i}`, education: 'TK' })))
			)
		],
		[
			'notices',
			parseRosterCsv(
				'Nama,Catatan,' + csvOf([{ id: '198001012005011001' }]).replace('\n', '\nBudi,x,')
			)
		]
	];

	it.each(samples)(
		'every issue of the %s sample reads as a sentence in id and en',
		(_l, result) => {
			const issues = [...(result.ok ? [] : result.errors), ...result.notices];
			expect(issues.length).toBeGreaterThan(0);
			for (const issue of issues) {
				for (const lang of ['id', 'en'] as const) {
					const message = formatRosterIssue(issue, lang);
					expect(message).toMatch(/^[A-Z].*\.$/s);
					expect(message).not.toMatch(/undefined|NaN|\[object/);
				}
			}
		}
	);

	it.each([
		[
			{
				severity: 'error',
				code: 'missing_column',
				row: 1,
				canonical: 'skp_rating',
				allowed: ['skp_rating', 'predikat_skp']
			},
			'Baris 1: kolom wajib skp_rating tidak ditemukan. Tambahkan kolom dengan judul skp_rating atau predikat_skp.',
			'Row 1: the required column skp_rating is missing. Add a column titled skp_rating or predikat_skp.'
		],
		[
			{ severity: 'error', code: 'too_many_rows', count: 250000, limit: 200000 },
			'Berkas berisi 250.000 baris data, melebihi batas 200.000 baris. Bagi data menjadi beberapa berkas.',
			'The file has 250,000 data rows, more than the limit of 200,000. Split the data into several files.'
		],
		[
			{
				severity: 'error',
				code: 'duplicate_id',
				row: 9,
				column: 'ID',
				canonical: 'id',
				value: 'P1',
				firstRow: 4
			},
			'Baris 9, kolom ID: id "P1" sudah dipakai di baris 4. Beri setiap pegawai id yang berbeda.',
			'Row 9, column ID: id "P1" is already used in row 4. Give each person a different id.'
		],
		[
			{
				severity: 'error',
				code: 'missing_value',
				row: 3,
				column: 'jenis_jabatan',
				canonical: 'post_type',
				value: ''
			},
			'Baris 3, kolom jenis_jabatan: sel kosong, padahal wajib diisi. Yang diizinkan: struktural, fungsional, pelaksana.',
			'Row 3, column jenis_jabatan: the cell is empty but required. Allowed: structural, functional, pelaksana.'
		],
		[
			{ severity: 'notice', code: 'personal_data_dropped', row: 1, column: 'Nama', columnIndex: 2 },
			'Kolom "Nama" berisi data pribadi dan dibuang; simulator tidak memerlukannya. Sebaiknya hapus kolom itu dari berkas.',
			'Column "Nama" holds personal data and was dropped; the simulator does not need it. Consider removing it from the file.'
		],
		[
			{
				severity: 'error',
				code: 'too_many_columns',
				row: 5,
				columnIndex: 28,
				value: '5',
				count: 12
			},
			'Baris 5: ada isi "5" di kolom AB, di luar 12 kolom yang berjudul. Apit angka berkoma atau teks yang mengandung pemisah dengan tanda kutip ("..."), atau hapus isi itu.',
			'Row 5: there is content "5" in column AB, beyond the 12 titled columns. Put numbers with a decimal comma or text containing the separator in quotes ("..."), or delete that content.'
		]
	] as Array<[RosterIssue, string, string]>)('formats %j', (issue, id, en) => {
		expect(formatRosterIssue(issue, 'id')).toBe(id);
		expect(formatRosterIssue(issue, 'en')).toBe(en);
	});

	it('cuts long unit lists', () => {
		const allowed = Array.from({ length: 25 }, (_, i) => `U${i + 1}`);
		const issue: RosterIssue = {
			severity: 'error',
			code: 'unknown_unit',
			row: 2,
			column: 'unit',
			canonical: 'unit',
			value: 'X',
			allowed
		};
		expect(formatRosterIssue(issue, 'id')).toMatch(/U20, dan 5 lainnya\.$/);
		expect(formatRosterIssue(issue, 'en')).toMatch(/U20, and 5 more\.$/);
	});
});

describe('numeric SKP scores and the conversion year (issue 10)', () => {
	/** A CSV with every column (the conversion year last, empty unless given). */
	function csvAll(rows: Cells[], delimiter = ','): string {
		const body = rows.map((r) => HEADER_EN_ALL.map((h) => r[h] ?? BASE[h] ?? ''));
		return dsvFormat(delimiter).formatRows([HEADER_EN_ALL, ...body]) + '\n';
	}

	describe('an SKP score in place of the rating word', () => {
		// Every band edge, decimals between bands (they count in the lower band), decimal commas.
		const cases: Array<[score: string, rating: SkpRating]> = [
			['0', 'buruk'],
			['-0', 'buruk'],
			['50', 'buruk'],
			['50.5', 'buruk'],
			['50,5', 'buruk'],
			['50.99', 'buruk'],
			['51', 'kurang'],
			['60', 'kurang'],
			['60,5', 'kurang'],
			['61', 'cukup'],
			['75', 'cukup'],
			['75.5', 'cukup'],
			['76', 'baik'],
			['82,25', 'baik'],
			['90', 'baik'],
			['90.5', 'baik'],
			['90,5', 'baik'],
			['91', 'sangat_baik'],
			['91,0', 'sangat_baik'],
			['100', 'sangat_baik'],
			['100.0', 'sangat_baik'],
			[' 88 ', 'baik'],
			['1e2', 'sangat_baik']
		];

		it.each(cases)('skp_rating = %j → %s', (score, rating) => {
			expect(person({ skp_rating: score }).skpRating).toBe(rating);
		});

		it.each(cases)('predikat_skp = %j → %s in an Excel semicolon file', (score, rating) => {
			const text = csvOf([{ skp_rating: score }], ';').replace('skp_rating', 'predikat_skp');
			expect(expectOk(parseRosterCsv(text)).roster.people[0].skpRating).toBe(rating);
		});

		it('the bands cover 0–100 without gaps or overlaps, best first, as skpRatingOfScore reads them', () => {
			expect(SKP_SCORE_BANDS.map((b) => [b.min, b.max, b.rating])).toEqual([
				[91, 100, 'sangat_baik'],
				[76, 90, 'baik'],
				[61, 75, 'cukup'],
				[51, 60, 'kurang'],
				[0, 50, 'buruk']
			]);
			expect(SKP_SCORE_MAX).toBe(100);
			for (let i = 1; i < SKP_SCORE_BANDS.length; i++) {
				expect(SKP_SCORE_BANDS[i].max + 1).toBe(SKP_SCORE_BANDS[i - 1].min);
			}
			// Whole scores fall in the band written around them; a higher score never rates lower.
			const rank = (score: number) => SKP_RATINGS.indexOf(skpRatingOfScore(score));
			for (let tenth = 0; tenth <= 1000; tenth++) {
				const score = tenth / 10;
				if (tenth % 10 === 0) {
					const band = SKP_SCORE_BANDS.find((b) => b.min <= score && score <= b.max)!;
					expect(skpRatingOfScore(score)).toBe(band.rating);
				}
				if (tenth > 0) expect(rank(score)).toBeGreaterThanOrEqual(rank(score - 0.1));
			}
		});

		it('a roster of scores is the roster of the words', () => {
			const words = ['sangat_baik', 'baik', 'cukup', 'kurang', 'buruk'];
			const scores = ['95', '80,5', '61', '55', '12'];
			const rows = (cells: string[]) => cells.map((v, i) => ({ id: `P${i}`, skp_rating: v }));
			const fromScores = expectOk(parseRosterCsv(csvOf(rows(scores), ';'))).roster;
			expect(fromScores).toStrictEqual(expectOk(parseRosterCsv(csvOf(rows(words)))).roster);
			// Written back as words: the canonical file holds ratings, not scores.
			expect(writeRosterCsv(fromScores)).toBe(
				writeRosterCsv(expectOk(parseRosterCsv(csvOf(rows(words)))).roster)
			);
		});

		const bad: Array<[value: string, code: RosterIssueCode]> = [
			['-1', 'out_of_range'],
			['-0,5', 'out_of_range'],
			['101', 'out_of_range'],
			['100,01', 'out_of_range'],
			['1e3', 'out_of_range'],
			['abc', 'invalid_value'],
			['85%', 'invalid_value'],
			['8 5', 'invalid_value'],
			['1.000,5', 'invalid_value']
		];

		it.each(bad)('skp_rating = %j → %s, row and column named', (value, code) => {
			const errors = expectErrors(
				parseRosterCsv(csvOf([BASE, { ...BASE, id: 'P002', skp_rating: value }]))
			);
			expect(errors).toHaveLength(1);
			expect(errors[0]).toMatchObject({
				severity: 'error',
				code,
				row: 3,
				column: 'skp_rating',
				canonical: 'skp_rating',
				columnIndex: columnIndexOf('skp_rating'),
				value
			});
			const en = formatRosterIssue(errors[0], 'en');
			const id = formatRosterIssue(errors[0], 'id');
			expect(en.startsWith(`Row 3, column skp_rating: value "${value}" `)).toBe(true);
			expect(id.startsWith(`Baris 3, kolom skp_rating: nilai "${value}" `)).toBe(true);
			expect(en).toContain('Allowed: sangat_baik, baik, cukup, kurang, buruk');
			expect(en).toContain('or a score 0–100');
			expect(en).toContain('91–100 sangat_baik, 76–90 baik, 61–75 cukup, 51–60 kurang, 0–50 buruk');
			expect(en).toContain('unconfirmed');
			expect(id).toContain('Yang diizinkan: sangat_baik, baik, cukup, kurang, buruk');
			expect(id).toContain('atau nilai 0–100');
			expect(id).toContain('belum dikonfirmasi');
		});

		it('says "out of range" for a score outside 0–100, in both languages', () => {
			const [e] = expectErrors(parseRosterCsv(csvOf([{ skp_rating: '101' }])));
			expect(formatRosterIssue(e, 'en')).toMatch(
				/^Row 2, column skp_rating: value "101" is out of range\. Allowed: .*or a score 0–100/
			);
			expect(formatRosterIssue(e, 'id')).toMatch(
				/^Baris 2, kolom skp_rating: nilai "101" di luar rentang\. Yang diizinkan: .*atau nilai 0–100/
			);
		});
	});

	describe('converted_to_functional_year (tahun_penyetaraan)', () => {
		const YEAR = 'converted_to_functional_year';

		const good: Array<[value: string, year: number | undefined]> = [
			['2021', 2021],
			['2022', 2022],
			['2000', 2000],
			['2100', 2100],
			['2021,0', 2021],
			['2021.0', 2021],
			[' 2021 ', 2021],
			['', undefined]
		];
		it.each(good)('%j → %j', (value, year) => {
			const p = expectOk(parseRosterCsv(csvAll([{ [YEAR]: value }]))).roster.people[0];
			expect(p.convertedToFunctionalYear).toBe(year);
			if (year === undefined) expect('convertedToFunctionalYear' in p).toBe(false);
		});

		it('is optional: a file without the column has no conversion years', () => {
			const p = expectOk(parseRosterCsv(csvOf([BASE]))).roster.people[0];
			expect('convertedToFunctionalYear' in p).toBe(false);
		});

		it.each(['tahun_penyetaraan', 'Tahun Penyetaraan', 'Converted To Functional Year'])(
			'header %j is the conversion year',
			(header) => {
				const text = csvAll([{ [YEAR]: '2022' }], ';').replace(YEAR, header);
				const result = expectOk(parseRosterCsv(text));
				expect(result.notices).toEqual([]);
				expect(result.roster.people[0].convertedToFunctionalYear).toBe(2022);
			}
		);

		const bad: Array<[value: string, code: RosterIssueCode]> = [
			['1850', 'out_of_range'],
			['1999', 'out_of_range'],
			['2101', 'out_of_range'],
			['-2021', 'out_of_range'],
			['0', 'out_of_range'],
			['20.5', 'invalid_value'],
			['2021,5', 'invalid_value'],
			['x', 'not_a_number'],
			['2021/2022', 'not_a_number']
		];
		it.each(bad)('%j → %s, row and column named', (value, code) => {
			const errors = expectErrors(
				parseRosterCsv(csvAll([BASE, { ...BASE, id: 'P002', [YEAR]: value }]))
			);
			expect(errors).toHaveLength(1);
			expect(errors[0]).toMatchObject({
				severity: 'error',
				code,
				row: 3,
				column: YEAR,
				canonical: YEAR,
				columnIndex: HEADER_EN_ALL.indexOf(YEAR) + 1,
				value
			});
			const en = formatRosterIssue(errors[0], 'en');
			const id = formatRosterIssue(errors[0], 'id');
			expect(en.startsWith(`Row 3, column ${YEAR}: value "${value}" `)).toBe(true);
			expect(en).toContain('Allowed: a whole year 2000–2100, e.g. 2021');
			expect(id.startsWith(`Baris 3, kolom ${YEAR}: nilai "${value}" `)).toBe(true);
			expect(id).toContain('Yang diizinkan: tahun (bilangan bulat) 2000–2100, misalnya 2021');
		});
	});

	describe('the canonical CSV and the fingerprint', () => {
		/** A roster file as written before the conversion year existed, and its fingerprint then. */
		const BEFORE =
			[
				'id,unit,post_type,education,leadership_training,functional_training,seminar_last_2_years,technical_jp_last_year,skp_rating,punishment,field_matches_post,years_to_retirement',
				'P001,Sekretariat,structural,S2,yes,no,yes,22.5,sangat_baik,none,yes,9',
				'P002,Bidang Anggaran,functional,S1,no,yes,no,20,baik,none,,21',
				'P003,Bidang Anggaran,pelaksana,SLTA,no,no,yes,8,cukup,ringan,no,'
			].join('\n') + '\n';
		const FINGERPRINT_BEFORE = 'fnv1a64-06403a9108c0c0dc-3';

		it('a roster without conversion years is written and fingerprinted as before', () => {
			const roster = expectOk(parseRosterCsv(BEFORE)).roster;
			expect(writeRosterCsv(roster)).toBe(BEFORE);
			expect(rosterFingerprint(roster)).toBe(FINGERPRINT_BEFORE);
			expect(writeRosterCsv(roster, { headers: 'id' })).not.toContain('tahun_penyetaraan');
			expect(writeRosterCsv(roster, { headers: 'id', excel: true })).not.toContain(
				'tahun_penyetaraan'
			);
			// An empty conversion-year column read in changes nothing either.
			const withEmptyColumn = expectOk(
				parseRosterCsv(
					BEFORE.replace('years_to_retirement\n', 'years_to_retirement,tahun_penyetaraan\n')
				)
			).roster;
			expect(withEmptyColumn).toStrictEqual(roster);
			expect(writeRosterCsv(withEmptyColumn)).toBe(BEFORE);
			expect(rosterFingerprint(withEmptyColumn)).toBe(FINGERPRINT_BEFORE);
		});

		it('a conversion year adds the column at the end, and changes the fingerprint', () => {
			const before = expectOk(parseRosterCsv(BEFORE)).roster;
			const roster = structuredClone(before);
			roster.people[1].convertedToFunctionalYear = 2021;
			const lines = writeRosterCsv(roster).split('\n');
			expect(lines[0]).toBe(BEFORE.split('\n')[0] + ',converted_to_functional_year');
			expect(lines.slice(1, 4)).toEqual([
				'P001,Sekretariat,structural,S2,yes,no,yes,22.5,sangat_baik,none,yes,9,',
				'P002,Bidang Anggaran,functional,S1,no,yes,no,20,baik,none,,21,2021',
				'P003,Bidang Anggaran,pelaksana,SLTA,no,no,yes,8,cukup,ringan,no,,'
			]);
			expect(writeRosterCsv(roster, { headers: 'id' }).split('\n')[0]).toMatch(
				/,tahun_menuju_pensiun,tahun_penyetaraan$/
			);
			const fingerprint = rosterFingerprint(roster);
			expect(fingerprint).not.toBe(FINGERPRINT_BEFORE);
			roster.people[1].convertedToFunctionalYear = 2022;
			expect(rosterFingerprint(roster)).not.toBe(fingerprint);
		});

		it.each([
			['en', false],
			['id', false],
			['id', true]
		] as const)('round-trips conversion years (%s headers, excel %s)', (headers, excel) => {
			const roster = structuredClone(SAMPLE);
			roster.people[0].convertedToFunctionalYear = 2021;
			roster.people[2].convertedToFunctionalYear = 2100;
			const text = writeRosterCsv(roster, { headers, excel });
			const result = expectOk(parseRosterCsv(text, { units: roster.units }));
			expect(result.roster).toStrictEqual(roster);
			expect(rosterFingerprint(result.roster)).toBe(rosterFingerprint(roster));
		});

		it.each(['en', 'id'] as const)('the template (%s) shows the column with an example', (lang) => {
			const text = rosterTemplateCsv(lang);
			expect(text.split('\n')[0]).toMatch(
				lang === 'id' ? /,tahun_penyetaraan$/ : /,converted_to_functional_year$/
			);
			const people = expectOk(parseRosterCsv(text)).roster.people;
			expect(people.map((p) => p.convertedToFunctionalYear)).toEqual([undefined, 2021, undefined]);
			expect(rosterTemplateCsv(lang, { excel: true })).toContain(
				lang === 'id' ? ';tahun_penyetaraan\r\n' : ';converted_to_functional_year\r\n'
			);
		});
	});
});
