/**
 * BKN's PIP ASN file for tests: people scored by the default rulebook, written as the rows of
 * the file (a title block, a header, one row per person) or as a workbook made with exceljs.
 */
import ExcelJS from 'exceljs';
import { scorePerson, type PersonScore } from '../../src/lib/engine/scoring';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import type { Person } from '../../src/lib/engine/roster';
import type { SheetRow } from '../../src/lib/rosterFiles/workbook';

export const PIP_TITLE = [
	['LAPORAN HASIL PENGUKURAN INDEKS PROFESIONALITAS ASN'],
	['PEMERINTAH KOTA CONTOH'],
	['TAHUN 2025'],
	[],
	['Dicetak dari SIASN']
];
export const PIP_HEADER = [
	'No',
	'NIP',
	'Nama',
	'Nama Jabatan',
	'Satuan Kerja',
	'Kualifikasi',
	'Kompetensi',
	'Kinerja',
	'Disiplin',
	'Total'
];

export interface PipPerson {
	person: Person;
	post: string;
	unitName: string;
}

export interface PipFile {
	rows: SheetRow[];
	scores: PersonScore[];
	/** Excel row of the header. */
	headerRow: number;
}

/** Title rows, a blank row, the header, then one row per person (cells as exceljs reads them). */
export function pipRows(people: readonly PipPerson[], title = PIP_TITLE): PipFile {
	const rows: SheetRow[] = [];
	let row = 0;
	for (const cells of title) {
		row++;
		if (cells.length > 0) rows.push({ row, cells: [...cells] });
	}
	row++;
	const headerRow = row;
	rows.push({ row, cells: [...PIP_HEADER] });
	const scores = people.map((p, k) => {
		const s = scorePerson(p.person, DEFAULT_RULEBOOK);
		row++;
		rows.push({
			row,
			cells: [
				String(k + 1),
				`19800101200501${String(1000 + k)}`,
				`Pegawai ${k + 1}`,
				p.post,
				p.unitName,
				String(s.qualification),
				String(s.competency),
				String(s.performance),
				String(s.discipline),
				String(s.total)
			]
		});
		return s;
	});
	return { rows, scores, headerRow };
}

/** The same rows in a workbook's sheet (numbers as numbers), after `before` other sheets. */
export async function pipWorkbook(file: PipFile, before: string[] = []): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	for (const name of before) wb.addWorksheet(name).addRow(['Sampul']);
	const ws = wb.addWorksheet('Hasil IP ASN');
	for (const { row, cells } of file.rows) {
		ws.getRow(row).values = cells.map((c, j) =>
			j >= 5 && row > file.headerRow ? Number(c) : j === 0 && row > file.headerRow ? Number(c) : c
		);
	}
	return new Uint8Array(await wb.xlsx.writeBuffer());
}
