/**
 * The command line takes the browser's roster files: an Excel workbook (first sheet with a
 * roster, or `--sheet` by name or number from 1), BKN's PIP ASN file as .xlsx or CSV (its
 * index is the file's mean exactly; assumed rows listed on stderr), and refuses an old .xls
 * and a bad cell with Excel's reference. Child processes, all started in beforeAll.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreJson } from '../../src/lib/cli/output';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import { scoreRoster } from '../../src/lib/engine/scoring';
import { rosterTemplateCsv, parseRosterCsv } from '../../src/lib/rosterFiles/csv';
import { pipRows, pipWorkbook, type PipPerson } from '../rosterFiles/pipFixtures';
import { runAll, type Run } from './runCli';

const TEMPLATE = rosterTemplateCsv('id', { excel: true });
const TEMPLATE_ROWS = TEMPLATE.trim()
	.split('\r\n')
	.slice(1)
	.map((line) => line.split(';'));

const base = {
	unit: 'u',
	education: 'S1' as const,
	leadershipTraining: false,
	functionalTraining: false,
	seminarLast2Years: false,
	technicalJpLastYear: 0,
	skpRating: 'baik' as const,
	punishment: 'none' as const
};
const PEOPLE: PipPerson[] = [
	{
		person: { ...base, id: 'a', postType: 'structural', leadershipTraining: true },
		post: 'Kepala Seksi Umum',
		unitName: 'Dinas A'
	},
	{
		person: {
			...base,
			id: 'b',
			postType: 'pelaksana',
			technicalJpLastYear: 20,
			seminarLast2Years: true
		},
		post: 'Pengelola Data',
		unitName: 'Dinas A'
	},
	{
		person: {
			...base,
			id: 'c',
			postType: 'functional',
			education: 'S2',
			skpRating: 'sangat_baik',
			punishment: 'sedang'
		},
		post: 'Pranata Komputer Ahli Muda',
		unitName: 'Badan B'
	}
];
const PIP = pipRows(PEOPLE);
const PIP_MEAN = PIP.scores.reduce((a, s) => a + s.total, 0) / PIP.scores.length;

let dir: string;
let runs: Record<string, Run>;

async function rosterWorkbook(): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	wb.addWorksheet('Petunjuk').addRow(['Isi lembar berikut']);
	const ws = wb.addWorksheet('Pegawai');
	for (const cells of TEMPLATE_ROWS)
		ws.addRow(cells.map((c) => (/^\d+(,\d+)?$/.test(c) ? Number(c.replace(',', '.')) : c)));
	const bad = wb.addWorksheet('Salah');
	bad.addRow(TEMPLATE_ROWS[0]);
	bad.addRow([
		'P9',
		'Sekretariat',
		'struktural',
		'S2',
		'ya',
		'tidak',
		'ya',
		'dua puluh',
		'baik',
		'tidak_ada'
	]);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ipasn-workbooks-'));
	const path = (name: string) => join(dir, name);
	writeFileSync(path('pegawai.xlsx'), await rosterWorkbook());
	writeFileSync(path('pip.xlsx'), await pipWorkbook(PIP, ['Sampul']));
	const last = PIP.rows[PIP.rows.length - 1].row;
	const csv = Array.from(
		{ length: last },
		(_, k) => PIP.rows.find((r) => r.row === k + 1)?.cells.join(';') ?? ''
	);
	writeFileSync(path('pip.csv'), csv.join('\r\n'));
	writeFileSync(
		path('lama.xls'),
		Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
	);
	runs = await runAll({
		xlsx: ['score', path('pegawai.xlsx'), '--json'],
		byNumber: ['score', path('pegawai.xlsx'), '--sheet', '2', '--json'],
		badSheet: ['score', path('pegawai.xlsx'), '--sheet', 'Salah'],
		noSheet: ['score', path('pegawai.xlsx'), '--sheet', 'Data'],
		pipXlsx: ['score', path('pip.xlsx'), '--json'],
		pipCsv: ['score', path('pip.csv'), '--json'],
		pipProject: ['project', '--roster', path('pip.xlsx'), '--json'],
		xls: ['score', path('lama.xls')]
	});
}, 60_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const asPrinted = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('workbooks on the command line', () => {
	it('scores an .xlsx roster like the same rows as CSV, from the first sheet with a roster', () => {
		const parsed = parseRosterCsv(TEMPLATE);
		if (!parsed.ok) throw new Error('template');
		const expected = asPrinted(scoreJson(scoreRoster(parsed.roster, DEFAULT_RULEBOOK)));
		expect(runs.xlsx.status).toBe(0);
		expect(JSON.parse(runs.xlsx.stdout)).toEqual(expected);
		expect(runs.xlsx.stderr).toContain(
			'note: Read the sheet "Pegawai" (this workbook has 3 sheets).'
		);
		expect(JSON.parse(runs.byNumber.stdout)).toEqual(expected);
	});

	it('a bad cell names it as Excel does; an unknown sheet lists the sheets; exit 2', () => {
		expect(runs.badSheet.status).toBe(2);
		expect(runs.badSheet.stderr).toContain(
			'Cell H2 (column jp_teknis_setahun): value "dua puluh" is not a number.'
		);
		expect(runs.noSheet.status).toBe(2);
		expect(runs.noSheet.stderr).toContain(
			'There is no sheet "Data" in this workbook. Its sheets: Petunjuk, Pegawai, Salah.'
		);
	});

	it('scores BKN’s PIP ASN file (xlsx or CSV) to each person’s total and the file’s mean', () => {
		for (const run of [runs.pipXlsx, runs.pipCsv]) {
			expect(run.status).toBe(0);
			const printed = JSON.parse(run.stdout);
			expect(printed.agency.index).toBe(PIP_MEAN);
			expect(printed.people.map((p: { total: number }) => p.total)).toEqual(
				PIP.scores.map((s) => s.total)
			);
			expect(run.stderr).toMatch(/Recognised as BKN's IP ASN result file/);
			// The Kepala Seksi with 15: leadership or technical training, listed.
			expect(run.stderr).toMatch(
				/note: cell G7 \(Kepala Seksi Umum, competency 15\): assumed structural: leadership training; also possible structural: technical training/
			);
		}
		expect(runs.pipProject.status).toBe(0);
	});

	it('refuses an old .xls with what to do', () => {
		expect(runs.xls.status).toBe(2);
		expect(runs.xls.stderr).toMatch(
			/old Excel workbook \(\.xls, Excel 97–2003\).*Excel Workbook \(\.xlsx\) or CSV UTF-8/
		);
	});
});
