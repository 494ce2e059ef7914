/**
 * Excel and BKN files on /data in a real browser: an .xlsx roster made with exceljs becomes
 * the baseline (the same as scoring that roster), a workbook with several sheets offers a
 * choice of sheet, a bad cell is named as Excel shows it and changes nothing, BKN's PIP ASN
 * workbook imports with its index equal to the file's mean and its assumed rows listed with
 * a corrected-CSV download, and the workbook reader is fetched only when a workbook is chosen
 * (the fast reader; exceljs, its fallback, not at all for a plain workbook).
 */
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { DEFAULT_RULEBOOK } from '../../src/lib/engine/rulebooks';
import { scoreRoster } from '../../src/lib/engine/scoring';
import { parseRosterCsv, rosterTemplateCsv } from '../../src/lib/rosterFiles/csv';
import { rosterFingerprint } from '../../src/lib/scenario/rosterFingerprint';
import { pipRows, pipWorkbook, type PipPerson } from '../rosterFiles/pipFixtures';
import { useApp } from './harness';

const test = useApp();

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TEMPLATE = rosterTemplateCsv('id', { excel: true });
const TEMPLATE_ROWS = TEMPLATE.trim()
	.split('\r\n')
	.slice(1)
	.map((line) => line.split(';'));
const EXPECTED = (() => {
	const parsed = parseRosterCsv(TEMPLATE);
	if (!parsed.ok) throw new Error('the template must be valid');
	return {
		fingerprint: rosterFingerprint(parsed.roster),
		index: scoreRoster(parsed.roster, DEFAULT_RULEBOOK).agency.index
	};
})();

/** The template's rows on sheet "Pegawai" (numbers as numbers), after an instructions sheet. */
async function rosterWorkbook(bad = false): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.addWorksheet('Petunjuk').addRow(['Isi data pegawai di lembar Pegawai']);
	const ws = wb.addWorksheet('Pegawai');
	ws.addRow(['DATA PEGAWAI DINAS CONTOH']);
	ws.addRow([]);
	for (const cells of TEMPLATE_ROWS)
		ws.addRow(cells.map((c) => (/^\d+(,\d+)?$/.test(c) ? Number(c.replace(',', '.')) : c)));
	if (bad) ws.getCell('H5').value = 'dua puluh';
	return Buffer.from(await wb.xlsx.writeBuffer());
}

async function openData(page: Page, baseURL: string, lang = 'en'): Promise<void> {
	await page.goto(`${baseURL}/data?lang=${lang}`);
	await page.waitForSelector('[data-testid="baseline"]');
}

async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
	await page.setInputFiles('[data-testid="roster-file"]', { name, mimeType: XLSX_MIME, buffer });
}

test('an .xlsx roster imports; its baseline is the roster’s score; its reader loads only then', async ({
	page,
	baseURL
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await openData(page, baseURL, 'en');
	// A CSV import never fetches the workbook reader.
	await page.setInputFiles('[data-testid="roster-file"]', {
		name: 'template.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(TEMPLATE, 'utf8')
	});
	await page.waitForSelector(
		`[data-testid="baseline-box"][data-fingerprint="${EXPECTED.fingerprint}"]`
	);
	const before = scripts.length;
	const exceljsAtStart = await chunksWithExcelJs(page, scripts);
	assert.deepEqual(
		exceljsAtStart,
		[],
		'no chunk with exceljs is loaded before a workbook is chosen'
	);
	assert.deepEqual(
		await chunksWithFastReader(page, scripts),
		[],
		'no chunk with the fast workbook reader is loaded before a workbook is chosen'
	);
	await page.locator('[data-testid="people-details"]').waitFor();

	// The same roster in a workbook, so the fingerprint is the same; the sheet choice shows
	// that the workbook was read.
	await choose(page, 'pegawai.xlsx', await rosterWorkbook());
	await page.waitForSelector('[data-testid="sheet-select"]');
	assert.match(
		await page.locator('[data-testid="import-result"] [role="status"]').innerText(),
		/pegawai\.xlsx read: 3 people, 2 units/
	);
	const box = page.locator('[data-testid="baseline-box"]');
	assert.equal(await box.getAttribute('data-fingerprint'), EXPECTED.fingerprint);
	// The page writes the index with 4 decimals; the same fingerprint means the same roster.
	assert.equal(
		await page.locator('[data-testid="baseline"]').getAttribute('data-index'),
		EXPECTED.index.toFixed(4)
	);
	assert.ok(
		(await chunksWithFastReader(page, scripts.slice(before))).length > 0,
		'the fast workbook reader was fetched'
	);
	assert.deepEqual(
		await chunksWithExcelJs(page, scripts.slice(before)),
		[],
		'exceljs (the fallback) is not needed for a workbook the fast reader reads'
	);
	// Two sheets: the one with the roster was read, and the other can be chosen.
	const select = page.locator('[data-testid="sheet-select"]');
	assert.equal(await select.inputValue(), '1');
	assert.deepEqual(await select.locator('option').allInnerTexts(), [
		'Petunjuk (1 rows)',
		'Pegawai (5 rows)'
	]);
	await select.selectOption('0');
	await page.waitForSelector('[data-testid="import-result"][data-outcome="rejected"]');
	// A refused sheet changes nothing: the roster stays.
	assert.equal(await box.getAttribute('data-fingerprint'), EXPECTED.fingerprint);
	await select.selectOption('1');
	await page.waitForSelector('[data-testid="import-result"][data-outcome="ok"]');
});

/** Script URLs among `urls` whose source has exceljs in it (its chunk, by content). */
async function chunksWithExcelJs(page: Page, urls: string[]): Promise<string[]> {
	const found: string[] = [];
	for (const url of urls) {
		const text = await page.evaluate((u) => fetch(u).then((r) => r.text()), url);
		if (/ExcelJS|exceljs/.test(text) && /sharedStrings/.test(text)) found.push(url);
	}
	return found;
}

/** Script URLs among `urls` with the fast workbook reader (`xlsxFast.ts`) in them. */
async function chunksWithFastReader(page: Page, urls: string[]): Promise<string[]> {
	const found: string[] = [];
	for (const url of urls) {
		const text = await page.evaluate((u) => fetch(u).then((r) => r.text()), url);
		if (/purl\.oclc\.org/.test(text) && /inlineStr/.test(text) && !/ExcelJS|exceljs/.test(text))
			found.push(url);
	}
	return found;
}

test('a bad cell is named as Excel shows it, in both languages, and changes nothing', async ({
	page,
	baseURL
}) => {
	for (const lang of ['en', 'id']) {
		await openData(page, baseURL, lang);
		await choose(page, 'pegawai-salah.xlsx', await rosterWorkbook(true));
		await page.waitForSelector('[data-testid="import-result"][data-outcome="rejected"]');
		const errors = await page.locator('[data-testid="import-errors"] li').allInnerTexts();
		assert.match(
			errors[0],
			lang === 'en'
				? /^Cell H5 \(column jp_teknis_setahun\): value "dua puluh" is not a number\./
				: /^Sel H5 \(kolom jp_teknis_setahun\): nilai "dua puluh" bukan angka\./
		);
		assert.equal(
			await page.getAttribute('[data-testid="baseline-box"]', 'data-fingerprint'),
			'illustrative'
		);
	}
});

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
/** Forty people of every kind, so the mean is not a round number. */
const PIP_PEOPLE: PipPerson[] = Array.from({ length: 40 }, (_, k): PipPerson => {
	const kind = k % 4;
	return kind === 0
		? {
				person: {
					...base,
					id: '',
					postType: 'structural',
					leadershipTraining: k % 8 === 0,
					seminarLast2Years: true,
					education: 'S2'
				},
				post: 'Kepala Seksi Pelayanan',
				unitName: 'Dinas Kesehatan'
			}
		: kind === 1
			? {
					person: {
						...base,
						id: '',
						postType: 'functional',
						functionalTraining: true,
						technicalJpLastYear: 24,
						skpRating: 'sangat_baik'
					},
					post: 'Perawat Ahli Pertama',
					unitName: 'Dinas Kesehatan'
				}
			: kind === 2
				? {
						person: {
							...base,
							id: '',
							postType: 'pelaksana',
							technicalJpLastYear: k % 3 === 0 ? 20 : 0,
							seminarLast2Years: true,
							education: 'SLTA',
							punishment: k % 5 === 0 ? 'ringan' : 'none'
						},
						post: 'Pengadministrasi Umum',
						unitName: 'Puskesmas Utara'
					}
				: {
						person: { ...base, id: '', postType: 'pelaksana', skpRating: 'cukup', education: 'D3' },
						post: 'Pengemudi',
						unitName: 'Puskesmas Utara'
					};
});

test('BKN’s PIP ASN workbook imports with the file’s mean as its index; assumed rows listed', async ({
	page,
	baseURL
}) => {
	const file = pipRows(PIP_PEOPLE);
	const mean = file.scores.reduce((a, s) => a + s.total, 0) / file.scores.length;
	await openData(page, baseURL, 'id');
	await choose(
		page,
		'PIP ASN Kota Contoh 2025.xlsx',
		Buffer.from(await pipWorkbook(file, ['Sampul']))
	);
	await page.waitForSelector('[data-testid="import-result"][data-outcome="ok"]');
	const baseline = page.locator('[data-testid="baseline"]');
	assert.equal(Number(await baseline.getAttribute('data-people')), 40);
	assert.equal(await baseline.getAttribute('data-index'), mean.toFixed(4));
	// Exactly: the roster the browser built and stored scores to the file's mean.
	const stored = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('ipasn-simulator', 1);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const get = db.transaction('roster').objectStore('roster').get('own');
		const record = await new Promise<{ csv: string; units: { id: string; name: string }[] }>(
			(resolve) => (get.onsuccess = () => resolve(get.result))
		);
		db.close();
		return record;
	});
	const rebuilt = parseRosterCsv(stored.csv, { units: stored.units });
	assert.ok(rebuilt.ok);
	const scored = scoreRoster(rebuilt.roster, DEFAULT_RULEBOOK);
	assert.equal(scored.agency.index, mean);
	assert.deepEqual(
		scored.people.map((p) => p.total),
		file.scores.map((s) => s.total)
	);
	const notices = await page.locator('[data-testid="import-notices"] li').allInnerTexts();
	assert.ok(
		notices.some((n) => /hasil pengukuran IP ASN dari BKN/.test(n)),
		notices.join(' | ')
	);
	assert.ok(notices.some((n) => /"Nama".*data pribadi/.test(n)));
	assert.equal(await page.getByText('Pegawai 1', { exact: true }).count(), 0, 'no names shown');

	// Kepala Seksi with 25 points (k = 0, 8, 16, 24, 32): leadership or technical training.
	const rows = page.locator('[data-testid="assumed-rows"] tbody tr');
	assert.equal(await rows.count(), 5);
	assert.match(
		await rows.first().innerText(),
		/G7\s+Kepala Seksi Pelayanan\s+25\s+struktural: diklat kepemimpinan \+ seminar\s+struktural: pelatihan teknis ≥ 20 JP \+ seminar/
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-testid="assumed-download"]').click()
	]);
	assert.match(download.suggestedFilename(), /^PIP ASN Kota Contoh 2025-data-pegawai\.csv$/);
	// The download imports back as the same roster (its note column is ignored).
	const path = await download.path();
	await page.setInputFiles('[data-testid="roster-file"]', path!);
	await page.waitForSelector('[data-testid="import-result"][data-outcome="ok"]');
	assert.equal(await baseline.getAttribute('data-index'), mean.toFixed(4));
});
