/**
 * Context in everything that leaves the app: file names carry the agency, the scenario and the
 * date as slugs; CSV files open with `# ` lines naming them (and the disclaimer for the
 * illustrative roster), which `readCsvComments` splits off again.
 */
import { describe, expect, it } from 'vitest';
import { readCsvComments, toCsv } from '../../src/lib/exports/csv';
import {
	contextLines,
	exportFileName,
	isoDate,
	slug,
	type ExportContext
} from '../../src/lib/exports/exportContext';
import type { Lang } from '../../src/lib/i18n/lang';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/messages';

const tr = (lang: Lang) => (key: MessageKey, params?: MessageParams) =>
	translate(lang, key, params);
// Noon, local time: the same calendar day in every time zone the tests run in.
const DAY = new Date(2026, 11, 7, 12, 0, 0);
const context = (over: Partial<ExportContext> = {}): ExportContext => ({
	agency: 'BPKAD Kota Bontang',
	scenario: 'Status quo',
	date: DAY,
	illustrative: true,
	...over
});

describe('slug', () => {
	it.each([
		['Dinas Pendidikan & Kebudayaan', 'dinas-pendidikan-kebudayaan'],
		['Café – Bidang', 'cafe-bidang'],
		['  BPKAD Kota Bontang — status quo ', 'bpkad-kota-bontang-status-quo'],
		['Skenario A (2027)', 'skenario-a-2027'],
		['', ''],
		['— ! —', ''],
		[
			'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kutai Kartanegara',
			'dinas-pekerjaan-umum-dan-penataan-ruang-kabupaten-kutai-kartanegara'
		]
	])('%j → %j', (text, expected) => {
		expect(slug(text)).toBe(expected);
	});

	it('is bounded and never ends in a dash', () => {
		const long = slug('Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kutai Kartanegara', 40);
		expect(long.length).toBeLessThanOrEqual(40);
		expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});
});

describe('exportFileName', () => {
	it.each([
		[context(), 'csv', undefined, 'ipasn-bpkad-kota-bontang-status-quo-2026-12-07.csv'],
		[
			context({ scenario: 'BPKAD Kota Bontang — status quo' }),
			'csv',
			'unit-2027',
			'ipasn-bpkad-kota-bontang-status-quo-unit-2027-2026-12-07.csv'
		],
		[
			context({ agency: 'Dinas Pendidikan & Kebudayaan', scenario: 'Café – Bidang' }),
			'xlsx',
			undefined,
			'ipasn-dinas-pendidikan-kebudayaan-cafe-bidang-2026-12-07.xlsx'
		],
		[
			context({ scenario: '' }),
			'png',
			'proyeksi',
			'ipasn-bpkad-kota-bontang-proyeksi-2026-12-07.png'
		],
		[context({ scenario: '   ' }), '.json', undefined, 'ipasn-bpkad-kota-bontang-2026-12-07.json']
	])('%#: %s', (ctx, ext, part, expected) => {
		expect(exportFileName(ctx, ext, part)).toBe(expected);
	});

	it('bounds every part, so a name stays short', () => {
		const name = exportFileName(
			context({ agency: 'A'.repeat(300), scenario: 'B'.repeat(300) }),
			'csv',
			'C'.repeat(300)
		);
		expect(name).toBe(`ipasn-${'a'.repeat(40)}-${'b'.repeat(40)}-${'c'.repeat(30)}-2026-12-07.csv`);
	});

	it('without a context names only the table and today', () => {
		expect(exportFileName(null, 'svg', 'anggaran')).toBe(
			`ipasn-anggaran-${isoDate(new Date())}.svg`
		);
	});

	it('does not change the context it is given', () => {
		const ctx = context();
		const copy = structuredClone(ctx);
		exportFileName(ctx, 'csv', 'x');
		expect(ctx).toEqual(copy);
	});
});

describe('CSV context lines', () => {
	it('names agency, scenario, date and model; the disclaimer only for illustrative data', () => {
		expect(contextLines(context(), tr('id'))).toEqual([
			'Instansi: BPKAD Kota Bontang',
			'Skenario: Status quo',
			'Tanggal: 2026-12-07',
			expect.stringMatching(/^Versi model: \d+\.\d+\.\d+$/),
			'Data pegawai ilustratif (roster sintetis), bukan data BPKAD'
		]);
		const own = contextLines(context({ illustrative: false }), tr('en'));
		expect(own[0]).toBe('Agency: BPKAD Kota Bontang');
		expect(own.join('\n')).not.toMatch(/illustrative/i);
	});

	it('heads the CSV and reads back off it', () => {
		const comments = contextLines(context({ scenario: 'A; "B"\nC' }), tr('id'));
		const text = toCsv(['Tahun', 'Indeks'], [[2027, 72.5]], 'id', { digits: [0, 2], comments });
		expect(text.startsWith('\uFEFF# Instansi: BPKAD Kota Bontang\r\n')).toBe(true);
		const read = readCsvComments(text);
		expect(read.comments[1]).toBe('Skenario: A; "B" C');
		expect(read.comments).toHaveLength(5);
		expect(read.body).toBe('Tahun;Indeks\r\n2027;72,50\r\n');
	});

	it('leaves a CSV without comments as it is', () => {
		const text = toCsv(['Year'], [[2027]], 'en');
		expect(readCsvComments(text)).toEqual({ comments: [], body: 'Year\r\n2027\r\n' });
	});
});
