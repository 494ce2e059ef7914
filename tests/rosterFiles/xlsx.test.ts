/**
 * Roster workbooks: the same roster and the same messages as the CSV file, cells read by their
 * type, errors at Excel's cell ("B7"), several sheets, and what is refused.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseRosterCsv, rosterTemplateCsv } from '../../src/lib/rosterFiles/csv';
import { formatRosterIssue } from '../../src/lib/rosterFiles/messages';
import { readRosterFile } from '../../src/lib/rosterFiles/readRosterFile';
import { cellText } from '../../src/lib/rosterFiles/cellText';

const HEADER = [
	'id',
	'unit_kerja',
	'jenis_jabatan',
	'pendidikan',
	'diklat_kepemimpinan',
	'diklat_fungsional',
	'seminar_2_tahun',
	'jp_teknis_setahun',
	'predikat_skp',
	'hukuman_disiplin'
];

/** A sheet per entry: rows of cell values as Excel holds them (numbers, booleans, formulas …). */
async function workbook(sheets: Record<string, unknown[][]>, hidden: string[] = []) {
	const wb = new ExcelJS.Workbook();
	for (const [name, rows] of Object.entries(sheets)) {
		const ws = wb.addWorksheet(name, { state: hidden.includes(name) ? 'hidden' : 'visible' });
		rows.forEach((cells, k) => {
			if (cells.length > 0) ws.getRow(k + 1).values = cells as ExcelJS.CellValue[];
		});
	}
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const GOOD: unknown[][] = [
	HEADER,
	['P001', 'Sekretariat', 'struktural', 'S2', 'ya', 'tidak', true, 24, 'Sangat Baik', 'tidak_ada'],
	[
		'P002',
		{ richText: [{ text: 'Bidang ' }, { font: { bold: true }, text: 'Anggaran' }] },
		'fungsional',
		'S-1',
		false,
		'ya',
		'tidak',
		{ formula: '10+12.5', result: 22.5 },
		{ formula: 'IF(1,"baik")', result: 'baik' },
		'tidak ada'
	],
	['P003', 'Bidang Anggaran', 'pelaksana', 'SMA', 0, 0, 1, 8, 62, 'ringan']
];

const AS_CSV = [
	'id;unit_kerja;jenis_jabatan;pendidikan;diklat_kepemimpinan;diklat_fungsional;seminar_2_tahun;jp_teknis_setahun;predikat_skp;hukuman_disiplin',
	'P001;Sekretariat;struktural;S2;ya;tidak;true;24;Sangat Baik;tidak_ada',
	'P002;Bidang Anggaran;fungsional;S-1;false;ya;tidak;22,5;baik;tidak ada',
	'P003;Bidang Anggaran;pelaksana;SMA;0;0;1;8;62;ringan'
].join('\n');

describe('cellText', () => {
	it.each([
		[null, ''],
		[undefined, ''],
		['  Baik ', '  Baik '],
		[22.5, '22.5'],
		[-0, '0'],
		[2021, '2021'],
		[true, 'true'],
		[false, 'false'],
		[new Date(Date.UTC(2021, 0, 31)), '2021-01-31'],
		[{ richText: [{ text: 'Sangat ' }, { text: 'Baik' }] }, 'Sangat Baik'],
		[{ formula: 'A1*2', result: 40 }, '40'],
		[{ sharedFormula: 'B2', result: 'ya' }, 'ya'],
		[{ formula: 'A1*2' }, ''],
		[{ formula: 'NA()', result: { error: '#N/A' } }, '#N/A'],
		[{ text: 'Bidang Pajak', hyperlink: 'https://example.org' }, 'Bidang Pajak'],
		[{ error: '#DIV/0!' }, '#DIV/0!'],
		[Number.NaN, '']
	])('%o → %o', (value, text) => {
		expect(cellText(value)).toBe(text);
	});
});

describe('a roster workbook', () => {
	it('gives the roster the same cells give as CSV', async () => {
		const read = await readRosterFile(await workbook({ Pegawai: GOOD }));
		expect(read.file).toMatchObject({ format: 'xlsx', layout: 'roster', sheet: 0 });
		const csv = parseRosterCsv(AS_CSV);
		expect(csv.ok).toBe(true);
		expect(read.result).toEqual(csv);
	});

	it('reads the template written as a workbook exactly as the template CSV', async () => {
		for (const lang of ['id', 'en'] as const) {
			const text = rosterTemplateCsv(lang);
			const rows = text
				.trim()
				.split('\n')
				.map((line) => line.split(','));
			const read = await readRosterFile(await workbook({ Sheet1: rows }));
			expect(read.result).toEqual(parseRosterCsv(text));
		}
	});

	it('names a bad cell as Excel shows it ("B7"), rows counted with blank rows and a title', async () => {
		const rows: unknown[][] = [[], [], HEADER, ...GOOD.slice(1)];
		rows[5] = [
			'P003',
			'',
			'pelaksana',
			'SMA',
			'mungkin',
			0,
			1,
			'delapan',
			62,
			'ringan',
			'',
			'lebih'
		];
		const read = await readRosterFile(await workbook({ Pegawai: rows }));
		expect(read.result.ok).toBe(false);
		if (read.result.ok) return;
		const en = read.result.errors.map((e) => formatRosterIssue(e, 'en'));
		expect(en).toEqual([
			'Cell L6: there is content "lebih" beyond the 10 titled columns. Give that column a title if its content is meant, or delete it.',
			'Cell B6 (column unit_kerja): the cell is empty but required. Allowed: the name of a unit.',
			'Cell E6 (column diklat_kepemimpinan): value "mungkin" is not recognised. Allowed: yes, no (also ya/tidak, true/false, 1/0, y/n).',
			'Cell H6 (column jp_teknis_setahun): value "delapan" is not a number. Allowed: a number 0 or more, e.g. 20 or 22.5.'
		]);
		// The same sentence as for CSV after the place: one shared set of messages.
		const csv = parseRosterCsv(
			AS_CSV.replace(
				'P003;Bidang Anggaran;pelaksana;SMA;0',
				'P003;Bidang Anggaran;pelaksana;SMA;mungkin'
			)
		);
		expect(csv.ok).toBe(false);
		if (csv.ok) return;
		const tail = (s: string) => s.slice(s.indexOf(': ') + 2);
		expect(tail(formatRosterIssue(csv.errors[0], 'id'))).toBe(
			tail(formatRosterIssue(read.result.errors[2], 'id'))
		);
		expect(formatRosterIssue(read.result.errors[2], 'id')).toMatch(
			/^Sel E6 \(kolom diklat_kepemimpinan\): nilai "mungkin" tidak dikenal/
		);
	});

	it('a bad file changes nothing: every error, no roster', async () => {
		const rows = [
			HEADER,
			...GOOD.slice(1),
			['P001', 'Sekretariat', 'struktural', 'S2', 'ya', 'tidak', 'ya', 1, 'baik', 'tidak_ada']
		];
		const read = await readRosterFile(await workbook({ Pegawai: rows }));
		expect(read.result).toMatchObject({
			ok: false,
			errors: [{ code: 'duplicate_id', cell: 'A5', firstRow: 2 }]
		});
		expect('roster' in read.result).toBe(false);
	});
});

describe('several sheets', () => {
	const sheets = {
		Petunjuk: [['Isi lembar Pegawai']],
		Kosong: [],
		Pegawai: GOOD,
		Lama: GOOD.slice(0, 2)
	};

	it('reads the first sheet with a roster header by default and says which', async () => {
		const read = await readRosterFile(await workbook(sheets));
		expect(read.file?.sheet).toBe(2);
		expect(read.file?.sheets?.map((s) => [s.name, s.rows])).toEqual([
			['Petunjuk', 1],
			['Kosong', 0],
			['Pegawai', 4],
			['Lama', 2]
		]);
		expect(read.result.ok && read.result.roster.people).toHaveLength(3);
		expect(formatRosterIssue(read.result.notices[0], 'en')).toBe(
			'Read the sheet "Pegawai" (this workbook has 4 sheets). Choose another sheet above if the data are on another one.'
		);
	});

	it('reads a chosen sheet by index or name; an unknown one is an error listing the sheets', async () => {
		const bytes = await workbook(sheets);
		const byIndex = await readRosterFile(bytes, { sheet: 3 });
		expect(byIndex.result.ok && byIndex.result.roster.people.map((p) => p.id)).toEqual(['P001']);
		const byName = await readRosterFile(bytes, { sheet: 'lama' });
		expect(byName.file?.sheet).toBe(3);
		const missing = await readRosterFile(bytes, { sheet: 'Data' });
		expect(missing.result.ok).toBe(false);
		if (missing.result.ok) return;
		expect(formatRosterIssue(missing.result.errors[0], 'en')).toBe(
			'There is no sheet "Data" in this workbook. Its sheets: Petunjuk, Kosong, Pegawai, Lama.'
		);
		const first = await readRosterFile(bytes, { sheet: 0 });
		expect(!first.result.ok && first.result.errors[0].code).toBe('missing_column');
	});

	it('passes over a hidden sheet unless it is chosen; a workbook with no data is empty', async () => {
		const bytes = await workbook({ Lama: GOOD.slice(0, 2), Pegawai: GOOD }, ['Lama']);
		expect((await readRosterFile(bytes)).file?.sheet).toBe(1);
		const empty = await readRosterFile(await workbook({ Sheet1: [] }));
		expect(empty.result).toMatchObject({ ok: false, errors: [{ code: 'empty_file' }] });
	});
});

describe('files refused', () => {
	it('an old .xls workbook, with what to do', async () => {
		const read = await readRosterFile(
			Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
		);
		expect(read.result.ok).toBe(false);
		if (read.result.ok) return;
		expect(formatRosterIssue(read.result.errors[0], 'en')).toMatch(
			/old Excel workbook \(\.xls.*Save As → Excel Workbook \(\.xlsx\) or CSV UTF-8/
		);
		expect(formatRosterIssue(read.result.errors[0], 'id')).toMatch(
			/Simpan Sebagai → Buku Kerja Excel \(\.xlsx\)/
		);
	});

	it('a zip that is no workbook (or a damaged one)', async () => {
		const read = await readRosterFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
		expect(read.result).toMatchObject({ ok: false, errors: [{ code: 'unreadable_workbook' }] });
	});
});
